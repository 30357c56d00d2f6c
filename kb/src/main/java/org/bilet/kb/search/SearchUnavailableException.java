package org.bilet.kb.search;

import org.bilet.platform.UnavailableException;

/** The search cluster does not answer for now (HTTP 503); ticket work goes on, its changes reach the index later. */
public class SearchUnavailableException extends UnavailableException {

    SearchUnavailableException() {
        super("Search is unavailable at the moment: the search service does not answer."
                + " Try again in a minute; tickets can still be opened and worked on.");
    }
}
