package org.bilet.reports.csat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bilet.demo.DemoLoaded;

/**
 * The demo's resolved tickets were resolved in the past, without asking anyone: here their
 * requesters are asked as they would have been, and most of them answered within two days, mostly
 * content, some with a word in their own language, so that the demo's satisfaction figures,
 * dashboard and reports have something to show. The same every time (a fixed seed).
 */
@ApplicationScoped
public class DemoSurveys {

    private static final long SEED = 20_261_204L;
    /** Ratings 1 to 5, weighted as service desks commonly see them. */
    private static final int[] RATING_WEIGHTS = {4, 6, 12, 30, 48};
    private static final int ANSWERED_PERCENT = 70;
    private static final int COMMENTED_PERCENT = 30;

    /** A few words per language, from unhappy (index 0) to happy (index 2). */
    private static final Map<String, List<String>> WORDS = Map.of(
            "en", List.of("It took far too long.", "Fixed, thanks.", "Quick and friendly, thank you!"),
            "pl", List.of("Trwało to zdecydowanie za długo.", "Naprawione, dziękuję.", "Szybko i uprzejmie, dziękuję!"),
            "lt", List.of("Užtruko per ilgai.", "Sutvarkyta, ačiū.", "Greitai ir maloniai, ačiū!"),
            "uk", List.of("Це тривало надто довго.", "Виправлено, дякую.", "Швидко і привітно, дякую!"),
            "ru", List.of("Это заняло слишком много времени.", "Исправлено, спасибо.", "Быстро и вежливо, спасибо!"),
            "it", List.of("Ci è voluto troppo tempo.", "Risolto, grazie.", "Veloce e gentile, grazie!"));

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void demoLoaded(@Observes DemoLoaded loaded) {
        var random = new Random(SEED);
        var now = clock.instant();
        var resolved = em.createQuery("""
                select t.id, t.requester.id, t.resolvedAt, t.language from Ticket t
                where t.resolvedAt is not null and t.requester.systemAccount = false order by t.id""", Object[].class)
                .getResultList();
        for (var row : resolved) {
            var askedAt = (java.time.Instant) row[2];
            var survey = new Survey(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), SurveyToken.issue().hash(), askedAt);
            em.persist(survey);
            var answeredAt = askedAt.plus(Duration.ofMinutes(10 + random.nextInt(48 * 60)));
            if (random.nextInt(100) < ANSWERED_PERCENT && answeredAt.isBefore(now)) {
                int rating = rating(random);
                String comment = null;
                if (random.nextInt(100) < COMMENTED_PERCENT) {
                    var words = WORDS.getOrDefault(row[3] == null ? "en" : (String) row[3], WORDS.get("en"));
                    comment = words.get(rating <= 2 ? 0 : rating == 3 ? 1 : 2);
                }
                survey.answer(rating, comment, answeredAt);
            }
        }
    }

    private static int rating(Random random) {
        int pick = random.nextInt(100);
        for (int i = 0; i < RATING_WEIGHTS.length; i++) {
            pick -= RATING_WEIGHTS[i];
            if (pick < 0) {
                return i + 1;
            }
        }
        return 5;
    }
}
