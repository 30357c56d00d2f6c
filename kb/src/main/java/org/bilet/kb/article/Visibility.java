package org.bilet.kb.article;

/** Who may read an article: anyone (also without signing in), any signed-in user, or staff only. */
public enum Visibility {
    PUBLIC, EMPLOYEES, STAFF
}
