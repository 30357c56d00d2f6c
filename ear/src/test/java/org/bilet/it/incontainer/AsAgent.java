package org.bilet.it.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Calls services as the test agent ({@link TestData#AGENT}), the way a signed-in agent's request
 * would. The services read the caller by username, so the agent is made to exist first.
 */
@Stateless
@PermitAll
@RunAs("AGENT")
@RunAsPrincipal(TestData.AGENT)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsAgent {

    @EJB
    TestData testData;

    public <T> T call(Callable<T> work) throws Exception {
        testData.ensureAgent();
        return work.call();
    }
}
