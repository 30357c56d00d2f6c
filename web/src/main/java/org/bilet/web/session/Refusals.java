package org.bilet.web.session;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bilet.kb.search.SearchUnavailableException;
import org.bilet.platform.BiletException;
import org.bilet.platform.InvalidInputException;

/**
 * How every screen runs a service call and shows its refusal. A field the service names is shown
 * at its input: where the caller maps it, else at {@code formId:field} when the form has a
 * component with that id, else above the form. Bean Validation refusals (however deeply the EJB
 * container wrapped them) are shown the same way under the last property or parameter name; a
 * refused role in the reader's language; any other refusal with the service's explanation, unless
 * the caller reacts to it itself (a stale version: reload and say so). Anything else is not a
 * refusal and is rethrown. An unanswering search cluster is told in the reader's language. A refusal marks validation failed, so PrimeFaces keeps a dialog open
 * and nothing the person typed is cleared.
 *
 * <p>Built for one call: {@code Refusals.inForm("reply").on(StaleVersionException.class, e -> …).attempt(() -> …)}.
 */
public final class Refusals {

    private final String formId;
    private final Map<String, String> fieldIds = new LinkedHashMap<>();
    private Function<String, String> fieldLookup = field -> null;
    private String above;
    private final List<Reaction<?>> reactions = new ArrayList<>();

    private record Reaction<E extends BiletException>(Class<E> type, Consumer<? super E> action) {

        boolean handles(BiletException e) {
            if (!type.isInstance(e)) {
                return false;
            }
            action.accept(type.cast(e));
            return true;
        }
    }

    private Refusals(String formId) {
        this.formId = formId;
    }

    /** Refusals of a call made from the form with this id; a field shows at {@code formId:field} if there is one. */
    public static Refusals inForm(String formId) {
        return new Refusals(formId);
    }

    /** The service's {@code field} is shown at the component with this client id. */
    public Refusals field(String field, String clientId) {
        fieldIds.put(field, clientId);
        return this;
    }

    /** The client id for a service's field name, or null when the page has no input for it. */
    public Refusals fields(Function<String, String> clientIdOf) {
        fieldLookup = clientIdOf;
        return this;
    }

    /** Where refusals naming no field on the page go: a client id or a messages key; by default the page's global messages. */
    public Refusals above(String clientIdOrKey) {
        above = clientIdOrKey;
        return this;
    }

    /** The caller's own answer to refusals of this type (checked in the order given, before the usual showing). */
    public <E extends BiletException> Refusals on(Class<E> type, Consumer<? super E> reaction) {
        reactions.add(new Reaction<>(type, reaction));
        return this;
    }

    /** Runs the call; false after a refusal. */
    public boolean attempt(Runnable call) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** The call's result, or null after a refusal. */
    public <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            show(e);
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    private void show(RuntimeException thrown) {
        var cause = unwrap(thrown);
        if (cause instanceof EJBAccessException) {
            refuse(null, Texts.text("refused.role"));
        } else if (cause instanceof BiletException refusal) {
            showRefusal(refusal);
        } else if (cause instanceof ConstraintViolationException violations) {
            violations.getConstraintViolations().forEach(v -> refuse(fieldOf(v), v.getMessage()));
        } else {
            throw thrown;
        }
    }

    private void showRefusal(BiletException refusal) {
        for (var reaction : reactions) {
            if (reaction.handles(refusal)) {
                return;
            }
        }
        if (refusal instanceof InvalidInputException invalid) {
            invalid.errors().forEach(error -> refuse(error.field(), error.message()));
        } else if (refusal instanceof SearchUnavailableException) {
            refuse(null, Texts.text("refused.searchUnavailable"));
        } else {
            refuse(null, refusal.getMessage());
        }
    }

    private void refuse(String field, String message) {
        var faces = FacesContext.getCurrentInstance();
        var clientId = field == null ? null : clientIdOf(faces, field);
        // The refused input is outlined as invalid, as a required field left empty is.
        if (clientId != null && faces.getViewRoot().findComponent(clientId) instanceof UIInput input) {
            input.setValid(false);
        }
        faces.addMessage(clientId == null ? above : clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private String clientIdOf(FacesContext faces, String field) {
        var mapped = fieldIds.containsKey(field) ? fieldIds.get(field) : fieldLookup.apply(field);
        if (mapped != null || formId == null) {
            return mapped;
        }
        var conventional = formId + faces.getNamingContainerSeparatorChar() + field;
        return faces.getViewRoot().findComponent(conventional) != null ? conventional : null;
    }

    /**
     * What was thrown, out of the {@link EJBException}s around it: the EJB container wraps what is
     * not an application exception, once per bean it passes through. A refused role is itself an
     * EJBException and is kept.
     */
    static Throwable unwrap(Throwable thrown) {
        var cause = thrown;
        while (cause instanceof EJBException wrapper && !(cause instanceof EJBAccessException) && wrapper.getCause() != null) {
            cause = wrapper.getCause();
        }
        return cause;
    }

    /** "open.request.subject" is about "subject", "reopen.reason" about "reason": the service's own field names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        return fieldOf(violation.getPropertyPath());
    }

    static String fieldOf(Iterable<? extends Path.Node> path) {
        String last = null;
        for (var node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                last = node.getName();
            }
        }
        return last;
    }
}
