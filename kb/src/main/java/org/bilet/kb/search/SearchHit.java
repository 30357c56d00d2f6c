package org.bilet.kb.search;

import java.io.Serializable;

/**
 * One result: a ticket (by number) or an article (by id), its title, a snippet of what the reader
 * may see, the relevance score, and where the searched words are in the title and the snippet.
 */
public record SearchHit(String type, String number, Long id, String title, String snippet, float score, Highlights highlights) implements Serializable {

    static SearchHit ticket(String number, String title, String snippet, float score, Highlights highlights) {
        return new SearchHit("ticket", number, null, title, snippet, score, highlights);
    }

    static SearchHit article(long id, String title, String snippet, float score, Highlights highlights) {
        return new SearchHit("article", null, id, title, snippet, score, highlights);
    }
}
