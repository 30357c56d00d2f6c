package org.bilet.kb.faq;

import java.io.Serializable;

/** A draft article for a recurring problem: the question in its requesters' words, the answer from its resolutions. */
public record FaqDraft(String title, String body) implements Serializable {
}
