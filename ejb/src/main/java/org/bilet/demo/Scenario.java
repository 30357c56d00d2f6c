package org.bilet.demo;

import java.util.List;

/**
 * One realistic service-desk story in one language: what the requester reports, the conversation
 * that follows, why it may be put on hold, and how it is resolved. Reused for several tickets.
 *
 * @param gender "f" or "m" when the requester's text is grammatically gendered, else null
 */
record Scenario(String language, String key, String category, String priority, List<String> tags,
                List<String> fields, String gender, String subject, String description,
                List<Line> conversation, String hold, String resolution) {

    enum Speaker { AGENT, REQUESTER, NOTE }

    /** A public reply by the agent or the requester, or an internal note by the agent. */
    record Line(Speaker speaker, String text) {
    }

    boolean fits(String requesterGender) {
        return gender == null || gender.equals(requesterGender);
    }
}
