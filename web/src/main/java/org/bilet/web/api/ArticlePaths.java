package org.bilet.web.api;

import org.bilet.platform.ResourceNotFoundException;

/** Ids and version numbers in the addresses of articles: anything but a positive whole number names nothing there. */
final class ArticlePaths {

    private ArticlePaths() {
    }

    static long id(String text) {
        return positive(text, "There is no article '" + Problem.shown(text) + "'; articles have numeric ids.");
    }

    static int number(String text) {
        var value = positive(text, "There is no version '" + Problem.shown(text) + "'; versions are numbered 1, 2, ….");
        if (value > Integer.MAX_VALUE) {
            throw new ResourceNotFoundException("There is no version " + text + ".");
        }
        return (int) value;
    }

    private static long positive(String text, String refusal) {
        try {
            var value = Long.parseLong(text.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // not a number: refused below like any other address that names nothing
        }
        throw new ResourceNotFoundException(refusal);
    }
}
