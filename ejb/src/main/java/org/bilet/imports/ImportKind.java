package org.bilet.imports;

/** What an import brings: people, or tickets with (optionally) a second file of their messages. */
public enum ImportKind {
    USERS, TICKETS
}
