package org.bilet.web.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Content-Security-Policy of Bilet's answers, built one directive at a time.
 *
 * <p>Screens: everything from Bilet itself; scripts only from Bilet's files or carrying the
 * page's nonce, which PrimeFaces adds to the policy (and to its own scripts, moving inline event
 * handlers into them), so the script directive comes last. Styles may still be inline: PrimeFaces
 * components, Quill (the text editor) and the pages set {@code style} attributes. Images and fonts
 * also from {@code data:} addresses, which the theme's styles use. No page may be framed.
 *
 * <p>The API answers data and files, never pages: nothing runs, nothing loads, no framing.
 */
public final class ContentSecurityPolicy {

    /** For the screens, without the nonce: PrimeFaces appends {@code 'nonce-…'} to the last directive. */
    public static final String SCREENS = new ContentSecurityPolicy()
            .with("default-src", "'self'")
            .with("style-src", "'self' 'unsafe-inline'")
            .with("img-src", "'self' data:")
            .with("font-src", "'self' data:")
            .with("object-src", "'none'")
            .with("base-uri", "'self'")
            .with("form-action", "'self'")
            .with("frame-ancestors", "'none'")
            .with("script-src", "'self'")
            .toString();

    /** For answers of the API. */
    public static final String DATA = new ContentSecurityPolicy()
            .with("default-src", "'none'")
            .with("frame-ancestors", "'none'")
            .with("sandbox", "")
            .toString();

    private final Map<String, String> directives = new LinkedHashMap<>();

    private ContentSecurityPolicy() {
    }

    private ContentSecurityPolicy with(String directive, String sources) {
        directives.put(directive, sources);
        return this;
    }

    @Override
    public String toString() {
        return directives.entrySet().stream()
                .map(d -> d.getValue().isEmpty() ? d.getKey() : d.getKey() + " " + d.getValue())
                .collect(Collectors.joining("; "));
    }
}
