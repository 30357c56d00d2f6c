/**
 * Display names for the keys that history and the audit log store (a team's key, a username, a
 * custom field's key): screens show names, the API keeps the keys. A screen collects the keys of a
 * whole page and asks once, one query per kind of thing, so a long history costs no query per row.
 */
package org.bilet.names;
