package org.bilet.kb.search;

/**
 * One result: a ticket (by number) or an article (by id), its title, a snippet of what the reader
 * may see and the relevance score.
 */
public record SearchHit(String type, String number, Long id, String title, String snippet, float score) {

    static SearchHit ticket(String number, String title, String snippet, float score) {
        return new SearchHit("ticket", number, null, title, snippet, score);
    }

    static SearchHit article(long id, String title, String snippet, float score) {
        return new SearchHit("article", null, id, title, snippet, score);
    }
}
