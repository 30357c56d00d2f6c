package org.bilet.web.desk;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the agent is writing: a reply or an internal note, and the files to go with it. */
public class ReplyDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public record PendingFile(String name, byte[] content) implements Serializable {

        public long size() {
            return content.length;
        }
    }

    private String body;
    private boolean internal;
    private final List<PendingFile> files = new ArrayList<>();

    boolean isEmpty() {
        return body == null || body.replaceAll("<[^>]*>", "").isBlank();
    }

    /** Adds HTML after what is written so far. */
    void append(String html) {
        body = isEmpty() ? html : body + html;
    }

    void add(String name, byte[] content) {
        files.removeIf(f -> f.name().equals(name));
        files.add(new PendingFile(name, content));
    }

    void remove(String name) {
        files.removeIf(f -> f.name().equals(name));
    }

    List<PendingFile> files() {
        return List.copyOf(files);
    }

    void clear() {
        body = null;
        internal = false;
        files.clear();
    }

    public List<PendingFile> getFiles() {
        return files();
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
