package org.bilet.kb.faq;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.bilet.kb.language.TextLanguage;
import org.bilet.kb.search.ArticleSearch;
import org.bilet.people.Roles;
import org.bilet.platform.ConflictException;

/**
 * Finds the recurring problems among the tickets of the last days and offers the largest and
 * fastest-growing as FAQ suggestions. One computation at a time; it reads outside any long
 * transaction (the tickets stream in one read) and replaces the open suggestions in one.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.SYSTEM})
public class FaqMining {

    /** The days of tickets mined, whatever their status. */
    static final int WINDOW_DAYS = 90;
    /** Suggestions kept per computation, best ranked first. */
    static final int KEPT = 100;
    /** The language of a draft when none of its tickets' languages is known. */
    private static final String DEFAULT_LANGUAGE = "en";
    /** Published articles compared with each problem to tell whether it already has its article. */
    private static final int COVERING_CANDIDATES = 3;
    /** Terms that name a problem, to know it again later. */
    private static final int SIGNATURE_TERMS = 12;

    private static final Logger LOG = Logger.getLogger(FaqMining.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @EJB
    FaqTickets tickets;

    @EJB
    FaqSuggestions suggestions;

    @EJB
    ArticleSearch articles;

    @Inject
    Clock clock;

    /** Computes the suggestions anew; answers when they were computed. */
    public Instant refresh() {
        if (!running.compareAndSet(false, true)) {
            throw new ConflictException("FAQ suggestions are being computed right now; try again in a minute.");
        }
        try {
            var now = clock.instant();
            var since = now.minus(Duration.ofDays(WINDOW_DAYS));
            long started = System.nanoTime();
            var window = tickets.window(since);
            var groups = new ProblemGroups().of(window.vectors());
            var problems = describe(window, groups, since, now);
            suggestions.replaceOpen(problems, now);
            LOG.info(() -> String.format("FAQ suggestions: %d tickets since %s, %d recurring problems, %d offered, in %d ms",
                    window.size(), since, groups.size(), problems.size(), (System.nanoTime() - started) / 1_000_000));
            return now;
        } finally {
            running.set(false);
        }
    }

    private List<MinedProblem> describe(MiningWindow window, List<int[]> groups, Instant since, Instant now) {
        record Ranked(int[] members, double trend, double ranking) {
        }
        var recentFrom = now.minus(Duration.between(since, now).dividedBy(4));
        var ranked = groups.stream().map(members -> {
            long recent = Arrays.stream(members).filter(m -> !window.created(m).isBefore(recentFrom)).count();
            double trend = 4.0 * recent / members.length;
            return new Ranked(members, trend, members.length * Math.sqrt(Math.max(0.25, trend)));
        }).sorted(Comparator.comparingDouble(Ranked::ranking).reversed()).limit(2L * KEPT).toList();

        var typical = new ArrayList<List<Long>>();
        var languages = new ArrayList<String>();
        for (var group : ranked) {
            var language = mainLanguage(window, group.members());
            languages.add(language);
            typical.add(Arrays.stream(group.members())
                    .filter(m -> window.language(m).map(TextLanguage::code).orElse("").equals(language))
                    .limit(FaqDrafts.ANSWERS * 2L).mapToObj(window::id).toList());
        }
        var told = tickets.told(typical.stream().flatMap(List::stream).toList());
        var problems = new ArrayList<MinedProblem>();
        for (int g = 0; g < ranked.size(); g++) {
            var group = ranked.get(g);
            var typicalTicket = told.get(typical.get(g).get(0));
            if (coveredByArticle(window, group.members(), typicalTicket, TextLanguage.ofCode(languages.get(g)))) {
                continue;
            }
            var draft = FaqDrafts.of(languages.get(g), typical.get(g).stream().map(told::get).toList());
            var ids = Arrays.stream(group.members()).mapToObj(window::id).toList();
            var groupLanguages = Arrays.stream(group.members()).mapToObj(window::language).flatMap(Optional::stream)
                    .map(TextLanguage::code).distinct().sorted().toList();
            problems.add(new MinedProblem(draft.title(), ids, Math.round(group.trend() * 100) / 100.0, group.ranking(), groupLanguages,
                    window.signature(group.members(), SIGNATURE_TERMS), languages.get(g).isEmpty() ? DEFAULT_LANGUAGE : languages.get(g), draft));
        }
        return problems;
    }

    /** Whether a published article already answers the group's problem: alike its tickets as they are alike each other. */
    private boolean coveredByArticle(MiningWindow window, int[] members, FaqTickets.Told typical, Optional<TextLanguage> language) {
        return articles.publishedLike(typical.subject() + "\n" + typical.description(), language, COVERING_CANDIDATES).stream()
                .anyMatch(article -> window.likeness(members, TextLanguage.ofCode(article.language()), article.title(), article.body())
                        >= ProblemGroups.THRESHOLD);
    }

    /** The language most of a group's tickets are in (its first ticket's when tied); "" when none is known. */
    private static String mainLanguage(MiningWindow window, int[] members) {
        Map<String, Long> counts = Arrays.stream(members).mapToObj(window::language).flatMap(Optional::stream)
                .map(TextLanguage::code).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        var first = window.language(members[0]).map(TextLanguage::code).orElse("");
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).thenComparing(e -> e.getKey().equals(first)))
                .map(Map.Entry::getKey).orElse("");
    }
}
