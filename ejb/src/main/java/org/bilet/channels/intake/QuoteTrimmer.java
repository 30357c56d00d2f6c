package org.bilet.channels.intake;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Cuts what an answer quotes of earlier mail, and the signature, from what is stored as the reply:
 * the quote's header line as mail clients write it in the six languages Bilet speaks (and German,
 * common in mail from suppliers), Outlook's header block and separators, a trailing run of
 * "&gt;"-quoted lines, and the "-- " signature line. The whole mail stays attached as it came, so
 * a cut too far loses nothing; a cut that would leave nothing keeps everything.
 */
final class QuoteTrimmer {

    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "^\\s*-{2,}\\s*(Original Message|Forwarded message|Ursprüngliche Nachricht|Wiadomość oryginalna|Oryginalna wiadomość"
                    + "|Исходное сообщение|Пересланное сообщение|Оригінальне повідомлення|Пересланий лист|Messaggio originale"
                    + "|Messaggio inoltrato|Originalus laiškas|Persiųstas laiškas)\\s*-{2,}\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "On Mon, 3 Dec 2026 at 10:00, Anna &lt;anna@…&gt; wrote:" and its kin; may be wrapped over two lines. */
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "^\\s*(On\\s.+\\swrote:|W dniu\\s.+\\s(pisze|napisał|napisała|napisał\\(a\\)):|Dnia\\s.+\\s(pisze|napisał|napisała):"
                    + "|Il giorno\\s.+\\sha scritto:|Il\\s.+\\sha scritto:|Am\\s.+\\sschrieb\\s.+:"
                    + "|.+\\s(пишет|написал|написала|написал\\(а\\)|пише|написав|написала|rašė|parašė):)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^\\s*\\*?(From|Od|От|Від|Da|Nuo|Von)\\s*:\\*?\\s.+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OUTLOOK_SENT = Pattern.compile(
            "^\\s*\\*?(Sent|Date|Wysłano|Data|Отправлено|Дата|Надіслано|Inviato|Išsiųsta|Data|Gesendet|Datum)\\s*:\\*?\\s.+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OUTLOOK_RULE = Pattern.compile("^\\s*_{20,}\\s*$");
    private static final Pattern SIGNATURE = Pattern.compile("^-- ?$");

    private QuoteTrimmer() {
    }

    /** Plain text without the quoted history and the signature. */
    static String text(String text) {
        var lines = Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        int end = cutAt(lines);
        var kept = String.join("\n", lines.subList(0, end)).strip();
        return kept.isEmpty() ? text.strip() : kept;
    }

    /** HTML without the blocks mail clients wrap quoted history in; the sanitizer does the rest when it is stored. */
    static String html(String html) {
        var document = Jsoup.parse(html);
        document.select("blockquote[type=cite], div.gmail_quote, div.gmail_extra, div.moz-cite-prefix, div.yahoo_quoted").remove();
        for (var marker : document.select("#divRplyFwdMsg, #appendonsend, hr#stopSpelling")) {
            // Outlook: its header block and everything after it are the quoted mail.
            var sibling = marker.nextElementSibling();
            while (sibling != null) {
                var next = sibling.nextElementSibling();
                sibling.remove();
                sibling = next;
            }
            marker.remove();
        }
        var kept = document.body().html().strip();
        return document.body().text().isBlank() && document.body().select("img").isEmpty() ? html : kept;
    }

    private static int cutAt(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (SIGNATURE.matcher(line).matches() || ORIGINAL_MESSAGE.matcher(line).matches()
                    || QUOTE_HEADER.matcher(line).matches() || isOutlookHeader(lines, i)) {
                return i;
            }
            // A quote header wrapped over two lines: "On Tue, … Anna" / "<anna@x.example> wrote:".
            if (i + 1 < lines.size() && line.strip().matches("(?i)^(On|W dniu|Il giorno)\\s.+")
                    && QUOTE_HEADER.matcher(line.strip() + " " + lines.get(i + 1).strip()).matches()) {
                return i;
            }
            if (OUTLOOK_RULE.matcher(line).matches() && i + 1 < lines.size() && OUTLOOK_FROM.matcher(lines.get(i + 1)).matches()) {
                return i;
            }
        }
        return trailingQuote(lines);
    }

    /** "From: …" followed within a few lines by "Sent: …" (or Date, in the reader's language). */
    private static boolean isOutlookHeader(List<String> lines, int at) {
        if (!OUTLOOK_FROM.matcher(lines.get(at)).matches()) {
            return false;
        }
        for (int i = at + 1; i < Math.min(lines.size(), at + 5); i++) {
            if (OUTLOOK_SENT.matcher(lines.get(i)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Where a run of "&gt;" lines (and blank ones) that lasts to the end begins; the end when there is none. */
    private static int trailingQuote(List<String> lines) {
        int end = lines.size();
        int i = end - 1;
        while (i >= 0 && (lines.get(i).isBlank() || lines.get(i).startsWith(">"))) {
            i--;
        }
        int start = i + 1;
        for (int j = start; j < end; j++) {
            if (lines.get(j).startsWith(">")) {
                return start;
            }
        }
        return end;
    }
}
