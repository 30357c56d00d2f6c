package org.bilet.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;

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
        return arguments.length == 0 ? pattern : Texts.format(pattern, locale, arguments);
    }

    /** A confirmation in the page's growl. */
    static void done(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** A failure in the page's growl, in words already put together. */
    static void failed(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Runs the call; on a refusal shows it in the form (see {@link Refusals}) and returns false. */
    static boolean attempt(String formId, Runnable call) {
        return refusals(formId).attempt(call);
    }

    /** The call's result, or null after showing its refusal in the form. */
    static <T> T attempt(String formId, Supplier<T> call) {
        return refusals(formId).attempt(call);
    }

    /**
     * The call's result, or null after showing its refusal; {@code clientIdOf} places fields the
     * form has no component of that id for, such as rows of a list ("hours[2].closes").
     */
    static <T> T attempt(String formId, Function<String, String> clientIdOf, Supplier<T> call) {
        return refusals(formId).fields(clientIdOf).attempt(call);
    }

    /** A field's refusal at the component with the field's id in the form, the others above the page. */
    private static Refusals refusals(String formId) {
        return Refusals.inForm(formId).above(REFUSAL);
    }
}
