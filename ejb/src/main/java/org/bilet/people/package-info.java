/**
 * Who works with Bilet: users and their roles, organizations and departments, teams of agents,
 * and personal API tokens. Passwords are stored as PBKDF2 hashes only; people who sign in with the
 * company directory have no password here, only a user that their sign-ins keep up to date.
 */
package org.bilet.people;
