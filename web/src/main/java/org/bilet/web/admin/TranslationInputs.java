package org.bilet.web.admin;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an administrator types into a translations editor (language to text), kept by the view
 * across a refusal; and where a refusal naming one language ("translations.pl") is shown.
 */
public final class TranslationInputs implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String prefix;
    private final Map<String, String> texts = new HashMap<>();

    public TranslationInputs(String prefix) {
        this.prefix = prefix;
    }

    /** Starts from what is stored; empty for a new item. */
    public void load(Map<String, String> stored) {
        texts.clear();
        if (stored != null) {
            texts.putAll(stored);
        }
    }

    /** What to send: every language typed, blanks included, so that clearing an input removes its translation. */
    public Map<String, String> sent() {
        var sent = new LinkedHashMap<String, String>();
        texts.forEach((language, text) -> sent.put(language, text == null ? "" : text));
        return sent;
    }

    /** The map the inputs are bound to. */
    public Map<String, String> texts() {
        return texts;
    }

    /** The client id of the input a refused field names, or null when it names no language of this editor. */
    public String clientId(String formId, String field) {
        var start = prefix + ".";
        return field.startsWith(start) && field.indexOf('.', start.length()) < 0
                ? formId + ":" + prefix + "_" + field.substring(start.length()) : null;
    }
}
