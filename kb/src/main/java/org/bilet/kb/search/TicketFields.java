package org.bilet.kb.search;

import java.util.ArrayList;
import java.util.List;
import org.bilet.kb.language.TextLanguage;

/**
 * The names of a ticket's fields in the index. Text goes into three groups: the subject, everything
 * the requester may read (subject, description, public replies, resolution) and the internal notes,
 * which only staff search. Each group has a field per language, analyzed in it and filled only
 * when the ticket is written in it, and two fields that know no language (folded, prefix); and a
 * field of the concepts its texts name ({@link Concepts}), found in the ticket's language, which
 * joins tickets across languages. Word queries never look in it.
 */
final class TicketFields {

    static final String NUMBER = "number";
    static final String STATUS = "status";
    static final String PRIORITY = "priority";
    static final String CATEGORY = "category";
    static final String TEAM = "team";
    static final String ASSIGNEE = "assignee";
    static final String REQUESTER = "requester";
    static final String ORGANIZATION = "organization";
    static final String LANGUAGE = "language";
    static final String TAGS = "tags";
    static final String CREATED = "created";
    static final String UPDATED = "updated";

    static final String SUBJECT = "subject";
    static final String PUBLIC_TEXT = "text";
    static final String NOTES = "notes";
    static final List<String> GROUPS = List.of(SUBJECT, PUBLIC_TEXT, NOTES);

    private TicketFields() {
    }

    /** A group's field analyzed in the given language, e.g. "text_pl". */
    static String text(String group, TextLanguage language) {
        return group + "_" + language.code();
    }

    /** A group's field analyzed by a language-free analyzer of {@link TextAnalysis}, e.g. "text_prefix". */
    static String text(String group, String analyzer) {
        return group + "_" + analyzer;
    }

    /** A group's concept field, e.g. "text_concept". */
    static String concepts(String group) {
        return text(group, TextAnalysis.CONCEPT);
    }

    /** Every word field of a group: one per language, then the folded and prefix ones (not the concept field). */
    static List<String> group(String group) {
        var names = new ArrayList<String>();
        for (var language : TextLanguage.values()) {
            names.add(text(group, language));
        }
        names.add(text(group, TextAnalysis.FOLDED));
        names.add(text(group, TextAnalysis.PREFIX));
        return names;
    }
}
