/**
 * Knowledge: articles with versions and translations, search over tickets and articles, similar
 * tickets, and FAQ suggestions mined from recurring problems. Depends on the ticketing core only.
 */
package org.bilet.kb;
