package org.bilet.web.desk;

import java.io.Serializable;

/**
 * What the agent is writing: a reply or an internal note. The files to go with it wait in the
 * view's {@link org.bilet.web.tickets.Uploads}, as the portal's do.
 */
public class ReplyDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String body;
    private boolean internal;

    boolean isEmpty() {
        return body == null || body.replaceAll("<[^>]*>", "").isBlank();
    }

    /** Adds HTML after what is written so far. */
    void append(String html) {
        body = isEmpty() ? html : body + html;
    }

    void clear() {
        body = null;
        internal = false;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isInternal() {
        return internal;
    }

    public void setInternal(boolean internal) {
        this.internal = internal;
    }
}
