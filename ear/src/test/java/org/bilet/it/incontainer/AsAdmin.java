package org.bilet.it.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as {@code admin}, the administrator an installation starts with, as a signed-in administrator would. */
@Stateless
@PermitAll
@RunAs("ADMIN")
@RunAsPrincipal("admin")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
