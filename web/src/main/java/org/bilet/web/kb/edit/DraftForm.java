package org.bilet.web.kb.edit;

import java.io.Serializable;
import org.bilet.kb.article.DraftText;
import org.bilet.kb.article.VersionInfo;

/** The text of a draft as the editor types it, with the version of the draft it was read at (for a stale save). */
public class DraftForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String body;
    private String changeNote;
    private long readAt;

    void fill(VersionInfo version) {
        title = version.title();
        body = version.body();
        changeNote = version.changeNote();
        readAt = version.version();
    }

    void clear() {
        title = null;
        body = null;
        changeNote = null;
    }

    DraftText text(String language) {
        return new DraftText(language, title, body, changeNote);
    }

    long readAt() {
        return readAt;
    }

    /** After a stale save: the next save overwrites the newer version on purpose, with the text as typed. */
    void readAgainAt(long version) {
        readAt = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }
}
