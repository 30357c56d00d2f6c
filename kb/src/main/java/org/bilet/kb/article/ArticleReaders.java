package org.bilet.kb.article;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.bilet.people.Role;
import org.bilet.people.User;

/**
 * Who may read which articles, the one rule: PUBLIC ones anyone, also without signing in;
 * EMPLOYEES ones anyone signed in; STAFF ones staff only. Editors and administrators also see what
 * is not yet published. Services ask {@link #mayRead}, queries take {@link #visibilities()}, and
 * the index filters by the same set.
 */
public final class ArticleReaders {

    private final Optional<User> reader;
    private final Set<Visibility> visibilities;

    private ArticleReaders(Optional<User> reader) {
        this.reader = reader;
        if (reader.isEmpty()) {
            visibilities = EnumSet.of(Visibility.PUBLIC);
        } else if (reader.get().isStaff() || reader.get().isSystemAccount()) {
            visibilities = EnumSet.allOf(Visibility.class);
        } else {
            visibilities = EnumSet.of(Visibility.PUBLIC, Visibility.EMPLOYEES);
        }
    }

    /** The rule for this reader; empty: nobody signed in. */
    public static ArticleReaders of(Optional<User> reader) {
        return new ArticleReaders(reader);
    }

    public boolean mayRead(Article article) {
        return visibilities.contains(article.visibility());
    }

    /** The visibilities this reader may read, for queries and index filters. */
    public Set<Visibility> visibilities() {
        return EnumSet.copyOf(visibilities);
    }

    public boolean signedIn() {
        return reader.isPresent();
    }

    /** Editors and administrators: they see every version, not only what is published. */
    public boolean edits() {
        return reader.map(u -> u.hasRole(Role.EDITOR) || u.hasRole(Role.ADMIN)).orElse(false);
    }

    /** The reader's own language, if they have one. */
    public Optional<String> language() {
        return reader.map(User::locale);
    }
}
