package org.bilet.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.TooLargeException;

/**
 * One uploaded CSV file, read whole: UTF-8 (a byte-order mark is skipped), comma-separated,
 * fields quoted with double quotes (quoted fields may span lines), the first line the header.
 * What makes the whole file unusable (empty, not text, not CSV, a row longer than {@link #MAX_ROW}
 * characters, over {@link #MAX_BYTES}) is refused at once, naming the file; what is wrong with
 * one row is left to {@link RowReader}.
 */
public final class CsvTable {

    /** The largest file an import takes. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** The longest row, in characters: a message body has 65,000 at most, and a row carries one. */
    public static final int MAX_ROW = 200_000;

    public record Row(long line, Map<String, String> values) {
    }

    private final String file;
    private final List<String> headers;
    private final List<Row> rows;

    private CsvTable(String file, List<String> headers, List<Row> rows) {
        this.file = file;
        this.headers = headers;
        this.rows = rows;
    }

    public static CsvTable read(String file, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new TooLargeException("The file " + file + " has more than " + MAX_BYTES / (1024 * 1024)
                    + " MB; split it into smaller files.");
        }
        var text = decode(file, content);
        if (text.isBlank()) {
            throw InvalidInputException.of(file, "The file " + file + " is empty; it needs a header line and rows.");
        }
        if (text.indexOf('\0') >= 0) {
            throw InvalidInputException.of(file, "The file " + file + " is not a CSV file: it holds binary data.");
        }
        var format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get();
        long[] nextLine = {1};
        try (var parser = format.parse(new StringReader(text))) {
            List<String> headers = null;
            var rows = new ArrayList<Row>();
            for (CSVRecord record : parser) {
                long line = nextLine[0];
                nextLine[0] = parser.getCurrentLineNumber() + 1;
                int length = 0;
                for (var value : record) {
                    length += value.length();
                }
                if (length > MAX_ROW) {
                    throw InvalidInputException.of(file, "Line " + line + " of " + file + " has more than " + MAX_ROW
                            + " characters; no help desk exports rows that long, so this is not an export.");
                }
                if (headers == null) {
                    headers = header(file, record);
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                var values = new LinkedHashMap<String, String>();
                for (int i = 0; i < headers.size(); i++) {
                    values.put(headers.get(i), i < record.size() ? record.get(i) : null);
                }
                if (record.size() > headers.size()) {
                    values.put(null, "");
                }
                rows.add(new Row(line, values));
            }
            return new CsvTable(file, headers, rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // The parser's own text names its internals; the caller needs the place and the likely cause.
            throw InvalidInputException.of(file, "Line " + nextLine[0] + " of " + file + " is not valid CSV: a quoted field"
                    + " is not closed, or a quote stands inside a field that is not quoted.");
        }
    }

    private static List<String> header(String file, CSVRecord record) {
        var headers = new ArrayList<String>();
        for (var name : record) {
            var stripped = name.strip();
            if (headers.stream().anyMatch(h -> key(h).equals(key(stripped)) && !stripped.isEmpty())) {
                throw InvalidInputException.of(file, "The header of " + file + " names the column '" + stripped + "' twice.");
            }
            headers.add(stripped);
        }
        return headers;
    }

    private static String decode(String file, byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(file, "The file " + file + " is not UTF-8 text; export it as UTF-8 CSV.");
        }
    }

    /** How headers are compared: case, spaces, dashes and underscores do not count. */
    static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }

    /** The column of the file that holds the field for the source, if the header has one. */
    public Optional<String> column(ImportSource source, Field field) {
        for (var alias : source.headers(field)) {
            for (var header : headers) {
                if (key(header).equals(key(alias))) {
                    return Optional.of(header);
                }
            }
        }
        return Optional.empty();
    }

    /** Refuses the file when its header lacks a column the import needs, naming each that is missing. */
    public void requireColumns(ImportSource source, List<Field> fields) {
        var missing = fields.stream().filter(Field::required).filter(f -> column(source, f).isEmpty())
                .map(f -> "'" + source.headers(f).get(0) + "' (" + f.term() + ")").toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of(file, "The header of " + file + " lacks the column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " that a " + source.title() + " export has; found: "
                    + String.join(", ", headers) + ".");
        }
    }

    public String file() {
        return file;
    }

    public List<String> headers() {
        return headers;
    }

    public List<Row> rows() {
        return rows;
    }
}
