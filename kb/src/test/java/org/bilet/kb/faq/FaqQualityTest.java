package org.bilet.kb.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bilet.kb.evaluation.EvaluationSet;
import org.bilet.kb.evaluation.EvaluationSet.Labeled;
import org.bilet.kb.language.LanguageDetection;
import org.bilet.kb.language.TextLanguage;
import org.junit.jupiter.api.Test;

/**
 * The quality of the mining of recurring problems on the labeled evaluation set, through the
 * vectors and grouping the service runs, with each ticket's language detected as on create.
 * Per language: purity (of its tickets placed in a group, the share whose problem is the group's
 * most frequent one) and recall (of its tickets of a recurring problem, the share placed in their
 * problem's own group: the one holding most of that problem's tickets). Writes {@code target/faq-quality.md}; the figures in
 * docs/search-quality.md are the floor.
 */
class FaqQualityTest {

    record Figures(double purity, double recall) {
    }

    /** The figures of docs/search-quality.md, less their rounding. */
    private static final Map<TextLanguage, Figures> FLOOR = Map.of(
            TextLanguage.PL, new Figures(0.95, 0.84),
            TextLanguage.LT, new Figures(0.90, 0.79),
            TextLanguage.UK, new Figures(0.95, 0.78),
            TextLanguage.RU, new Figures(0.96, 0.79),
            TextLanguage.IT, new Figures(0.94, 0.85),
            TextLanguage.EN, new Figures(0.94, 0.85));

    @Test
    void recurring_problems_are_grouped_as_labeled() throws IOException {
        var tickets = EvaluationSet.tickets();
        var detection = new LanguageDetection();
        var mined = new ArrayList<MinedTicket>();
        for (int i = 0; i < tickets.size(); i++) {
            var ticket = tickets.get(i);
            mined.add(new MinedTicket(i, detection.detect(ticket.subject() + "\n" + ticket.description(), Optional.empty()),
                    ticket.subject(), ticket.description(), Instant.EPOCH.plusSeconds(i)));
        }
        var vectors = ProblemVectors.of(mined);
        var groups = new ProblemGroups().of(vectors);

        var figures = measure(tickets, groups);
        report(figures, groups.size());
        figures.forEach((language, measured) -> {
            assertThat(measured.purity()).as(language + " purity").isGreaterThanOrEqualTo(FLOOR.get(language).purity());
            assertThat(measured.recall()).as(language + " recall").isGreaterThanOrEqualTo(FLOOR.get(language).recall());
        });
    }

    private static Map<TextLanguage, Figures> measure(List<Labeled> tickets, List<int[]> groups) {
        var majority = new HashMap<Integer, String>();
        var groupOf = new HashMap<Integer, Integer>();
        // Each problem's own group: the one holding most of its tickets; a problem split over two
        // groups is found only in the larger.
        var mainGroup = new HashMap<String, Integer>();
        var mainCount = new HashMap<String, Long>();
        for (int g = 0; g < groups.size(); g++) {
            var counts = Arrays.stream(groups.get(g)).mapToObj(i -> tickets.get(i).problem())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            var problem = counts.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
            for (int member : groups.get(g)) {
                majority.put(member, problem);
                groupOf.put(member, g);
            }
            if (counts.get(problem) > mainCount.getOrDefault(problem, 0L)) {
                mainCount.put(problem, counts.get(problem));
                mainGroup.put(problem, g);
            }
        }
        var figures = new TreeMap<TextLanguage, Figures>();
        for (var language : TextLanguage.values()) {
            int grouped = 0;
            int pure = 0;
            int recurring = 0;
            int found = 0;
            for (int i = 0; i < tickets.size(); i++) {
                Labeled ticket = tickets.get(i);
                if (ticket.language() != language) {
                    continue;
                }
                var groupProblem = majority.get(i);
                boolean right = ticket.problem().equals(groupProblem);
                if (groupProblem != null) {
                    grouped++;
                    pure += right ? 1 : 0;
                }
                if (!ticket.oneOff()) {
                    recurring++;
                    found += right && groupOf.get(i).equals(mainGroup.get(ticket.problem())) ? 1 : 0;
                }
            }
            figures.put(language, new Figures(grouped == 0 ? 0 : pure / (double) grouped, found / (double) recurring));
        }
        return figures;
    }

    private static void report(Map<TextLanguage, Figures> figures, int groups) throws IOException {
        var table = new StringBuilder("| language | FAQ group purity | FAQ group recall |\n|---|---|---|\n");
        figures.forEach((language, f) -> table.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n",
                language.code(), f.purity(), f.recall())));
        table.append(String.format(Locale.ROOT, "%n%d groups of at least %d tickets.%n", groups, ProblemGroups.MIN_SIZE));
        System.out.println(table);
        var target = Path.of("target", "faq-quality.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, table.toString());
    }

}
