/**
 * The editors' screens of the knowledge base under {@code /kb/edit}: the list of articles, the
 * editor with the review's moves, the comparison of two versions and the FAQ suggestions. Thin
 * views over the services of {@code org.bilet.kb.article} and {@code org.bilet.kb.faq}; the rules
 * (who approves, who publishes) stay in those services, the screens only offer what they allow.
 */
package org.bilet.web.kb.edit;
