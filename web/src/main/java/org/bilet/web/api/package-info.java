/**
 * The REST API under /api: JSON-B records in and out, never entities; every error an RFC 9457
 * problem with a human detail. Resources stay thin and call the ejb services.
 */
package org.bilet.web.api;
