package org.bilet.kb.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Cuts words to their first letters, and leaves alone tokens with a digit: a word's forms share a
 * beginning, but an asset tag, a code or an order number means nothing cut short.
 */
final class WordPrefixFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final int length;

    WordPrefixFilter(TokenStream input, int length) {
        super(input);
        this.length = length;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() > length && isWord()) {
            term.setLength(length);
        }
        return true;
    }

    private boolean isWord() {
        for (int i = 0; i < term.length(); i++) {
            if (Character.isDigit(term.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
