/**
 * Who works with Bilet: users and their roles, organizations and departments, teams of agents,
 * and personal API tokens. Passwords are stored as PBKDF2 hashes only.
 */
package org.bilet.people;
