/**
 * Who is calling: HTTP Basic against the user table (PBKDF2 hashes) and personal API tokens as
 * Bearer credentials, both through Jakarta Security identity stores.
 */
package org.bilet.web.security;
