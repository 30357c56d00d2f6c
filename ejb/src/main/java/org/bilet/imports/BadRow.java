package org.bilet.imports;

import java.io.Serializable;
import java.util.Objects;

/**
 * A row that was not imported and why, in the terms of the file the caller sent: the file, the
 * line where the row starts (the header is line 1), the column as the file names it (null when the
 * row as a whole is at fault) and what is wrong.
 */
public record BadRow(String file, long line, String column, String message) implements Serializable {

    public BadRow {
        Objects.requireNonNull(file);
        Objects.requireNonNull(message);
    }
}
