/**
 * FAQ suggestions: recurring problems found among the tickets of a window ({@link org.bilet.kb.faq.FaqMining},
 * the grouping in {@link org.bilet.kb.faq.ProblemGroups}), each with a draft article, offered to
 * editors ({@link org.bilet.kb.faq.FaqSuggestions}), who accept them into the knowledge base or
 * dismiss them. Recomputed nightly ({@link org.bilet.kb.faq.FaqSchedule}) and on demand.
 */
package org.bilet.kb.faq;
