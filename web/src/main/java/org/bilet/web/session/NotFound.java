package org.bilet.web.session;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Answers the page's request with the not-found page instead of rendering the view. */
public final class NotFound {

    private NotFound() {
    }

    public static void respond() throws IOException {
        var faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "Not found");
        faces.responseComplete();
    }
}
