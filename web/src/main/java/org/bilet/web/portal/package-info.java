/**
 * The employee portal: the tickets a person reported, the form to report a new one, and one ticket
 * with its public conversation, where the requester replies, confirms a resolution or reopens it.
 * Views hold records from the ticket services and nothing else; files wait in {@link
 * org.bilet.web.tickets.Uploads} until the form they belong to is sent.
 */
package org.bilet.web.portal;
