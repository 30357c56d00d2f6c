/**
 * Canned responses: answers that administrators prepare and agents insert into replies, with
 * placeholders such as {@code {requester.firstName}} filled for the ticket at hand. Bodies are
 * HTML that went through the same sanitizer as ticket texts; filled-in values are escaped.
 */
package org.bilet.replies;
