package org.bilet.web.portal;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import org.bilet.web.session.Texts;

/**
 * A service's Bean Validation refusal, which the EJB container may hand over wrapped. The pages
 * check the same rules first in the reader's language, so this shows the service's own words only
 * for what slipped through.
 */
final class Refusals {

    private Refusals() {
    }

    static void show(ConstraintViolationException e) {
        e.getConstraintViolations().forEach(violation -> Texts.errorText(null, violation.getMessage()));
    }

    static void showOrRethrow(EJBException e) {
        if (e.getCause() instanceof ConstraintViolationException violations) {
            show(violations);
        } else {
            throw e;
        }
    }
}
