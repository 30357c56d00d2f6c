package org.bilet.it.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.bilet.people.Roles;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs work the way Bilet's own timers and intake will: as the SYSTEM role, under Bilet's account. */
@Stateless
@PermitAll
@RunAs(Roles.SYSTEM)
@RunAsPrincipal("@bilet")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsBilet {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
