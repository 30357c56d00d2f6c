package org.bilet.web.kb.edit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.bilet.web.session.UserSession;

/**
 * The editors' screens check again what {@code web.xml} decides for {@code /kb/edit/*}: only
 * editors and administrators, so a page included elsewhere or a changed constraint does not open them.
 */
@RequestScoped
public class EditorGate {

    @Inject
    UserSession me;

    /** True for editors and administrators; for anyone else answers 403, ends the response and is false. */
    public boolean require() {
        if (me.isEditor()) {
            return true;
        }
        var faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(403, "Only editors and administrators write articles.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return false;
    }
}
