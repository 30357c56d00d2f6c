/**
 * The knowledge base's reader at {@code /kb}: browsing by topic, searching with suggestions as one
 * types, and reading an article in one's language with the way to say whether it helped. Open to
 * visitors who have not signed in, for the articles that are public; the services decide what each
 * reader sees.
 */
package org.bilet.web.kb;
