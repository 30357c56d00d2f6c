/**
 * Who is calling: HTTP Basic against the user table (PBKDF2 hashes) or, when configured, against
 * the company directory (LDAP), and personal API tokens as Bearer credentials, all through Jakarta
 * Security identity stores.
 */
package org.bilet.web.security;
