package org.bilet.web.admin;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.bilet.platform.BiletException;
import org.bilet.platform.InvalidInputException;

/**
 * What every admin view does around a service call: on success a confirmation from the admin
 * bundle; on a refusal the service's explanation at the field it names (a component with that id
 * in the form), or above the form when no such field is on the page.
 */
final class AdminPage {

    /** The bundle of the admin screens, registered as {@code adminMsg}. */
    static final String BUNDLE = "org.bilet.web.i18n.admin";

    /** Messages under this key are shown by {@code <p:messages for="refusal" forType="key"/>}. */
    static final String REFUSAL = "refusal";

    private AdminPage() {
    }

    static String text(String key, Object... arguments) {
        var faces = FacesContext.getCurrentInstance();
        var locale = faces.getViewRoot().getLocale();
        var bundle = ResourceBundle.getBundle(BUNDLE, locale);
        var pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** A confirmation in the page's growl. */
    static void done(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** Runs the call; on a refusal shows it in the form and returns false. */
    static boolean attempt(String formId, Runnable call) {
        return attempt(formId, () -> {
            call.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** The call's result, or null after showing its refusal in the form. */
    static <T> T attempt(String formId, Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> refuse(formId, error.field(), error.message()));
        } catch (BiletException e) {
            refuse(formId, null, e.getMessage());
        } catch (EJBAccessException e) {
            refuse(formId, null, text("refused.role"));
        } catch (EJBException e) {
            Throwable cause = e.getCause();
            while (cause instanceof EJBException wrapped && wrapped.getCause() != null) {
                cause = wrapped.getCause();
            }
            if (!(cause instanceof ConstraintViolationException violations)) {
                throw e;
            }
            violations.getConstraintViolations().forEach(v -> refuse(formId, fieldOf(v), v.getMessage()));
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    private static void refuse(String formId, String field, String message) {
        var faces = FacesContext.getCurrentInstance();
        var clientId = field == null ? null : formId + faces.getNamingContainerSeparatorChar() + field;
        var onPage = clientId != null && faces.getViewRoot().findComponent(clientId) != null;
        faces.addMessage(onPage ? clientId : REFUSAL, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** "create.definition.key" becomes "key", "create.name" becomes "name": the service's own field names. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER)
                .reduce((first, second) -> second)
                .map(Path.Node::getName)
                .orElse(null);
    }
}
