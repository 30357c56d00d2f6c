package org.bilet.web.desk;

import java.util.ArrayList;
import java.util.List;
import org.bilet.kb.search.Highlight;

/** A text cut into the pieces a page shows plain or marked, so that marks never need markup in the text. */
public final class MarkedText {

    /** One piece of the text, marked when a searched word. */
    public record Piece(String text, boolean marked) {
    }

    private MarkedText() {
    }

    public static List<Piece> pieces(String text, List<Highlight> highlights) {
        var pieces = new ArrayList<Piece>();
        if (text == null) {
            return pieces;
        }
        int at = 0;
        for (var highlight : highlights) {
            if (highlight.start() < at || highlight.end() > text.length()) {
                continue;
            }
            if (highlight.start() > at) {
                pieces.add(new Piece(text.substring(at, highlight.start()), false));
            }
            pieces.add(new Piece(text.substring(highlight.start(), highlight.end()), true));
            at = highlight.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), false));
        }
        return pieces;
    }
}
