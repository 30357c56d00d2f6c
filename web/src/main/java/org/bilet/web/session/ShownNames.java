package org.bilet.web.session;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bilet.catalog.Catalog;
import org.bilet.catalog.CatalogNames;

/**
 * {@code #{names}}: what administrators named (priorities, categories, custom fields and their
 * choices) in the reader's language, for pages that hold codes and keys. Read once per request, on
 * first use, whatever the number of rows that ask.
 */
@Named("names")
@RequestScoped
public class ShownNames {

    @EJB
    Catalog catalog;

    @Inject
    UserSession me;

    private CatalogNames names;

    public CatalogNames get() {
        return names == null ? names = catalog.namesIn(me.getLanguage()) : names;
    }

    public String priority(String code) {
        return get().priority(code);
    }

    public String category(String key) {
        return get().category(key);
    }

    public String categoryPath(String key) {
        return get().categoryPath(key);
    }

    public String field(String key) {
        return get().field(key);
    }

    /** A custom field's help text in the reader's language; null for none. */
    public String help(String key) {
        return get().help(key);
    }

    public String choice(String fieldKey, String value) {
        return get().choice(fieldKey, value);
    }
}
