package org.bilet.demo;

import static org.bilet.tickets.TicketStatus.CLOSED;
import static org.bilet.tickets.TicketStatus.NEW;
import static org.bilet.tickets.TicketStatus.ON_HOLD;
import static org.bilet.tickets.TicketStatus.OPEN;
import static org.bilet.tickets.TicketStatus.RESOLVED;
import static org.bilet.tickets.TicketStatus.WAITING;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bilet.people.User;
import org.bilet.sla.SlaKeeper;
import org.bilet.tickets.Channel;
import org.bilet.tickets.TicketNumber;
import org.bilet.tickets.TicketStatus;

/**
 * Plans the demo tickets — which story, whose, when, through which channel and how far it has come —
 * and has {@link TicketScript} play them in the order they were opened, so numbers follow dates.
 */
final class DemoTickets {

    static final List<String> LANGUAGES = List.of("pl", "lt", "uk", "ru", "it", "en");
    static final int COUNT = 330;
    static final int HISTORY_DAYS = 120;

    /** How likely each status is for a ticket opened less than 2, 7, 21 days ago, or earlier. */
    private static final List<TicketStatus> STATUSES = List.of(NEW, OPEN, WAITING, ON_HOLD, RESOLVED, CLOSED);
    private static final int[] AGE_LIMITS = {2, 7, 21, Integer.MAX_VALUE};
    private static final int[][] STATUS_WEIGHTS = {
            {45, 30, 10, 5, 10, 0},
            {15, 25, 20, 10, 22, 8},
            {0, 8, 7, 12, 8, 65},
            {0, 1, 1, 3, 0, 95}};

    private static final List<Channel> CHANNELS = List.of(Channel.WEB, Channel.EMAIL, Channel.PHONE, Channel.CHAT, Channel.API);
    private static final int[] CHANNEL_WEIGHTS = {55, 20, 10, 10, 5};

    private final EntityManager em;
    private final SlaKeeper sla;
    private final Random random;
    private final Instant now;
    private final DemoCast cast;
    private final DemoCatalog.Result catalog;
    private final Map<String, List<Scenario>> scenarios;

    DemoTickets(EntityManager em, SlaKeeper sla, Random random, Instant now, DemoCast cast, DemoCatalog.Result catalog,
                Map<String, List<Scenario>> scenarios) {
        this.em = em;
        this.sla = sla;
        this.random = random;
        this.now = now;
        this.cast = cast;
        this.catalog = catalog;
        this.scenarios = scenarios;
    }

    /**
     * Creates the tickets with their conversation and history; returns how many. The requester of
     * the story in people.json gets exactly the story's tickets, one in each state a requester sees.
     */
    int create() {
        var story = DemoJson.read(DemoPeople.RESOURCE).getJsonObject("story");
        var storyteller = cast.user(story.getString("requester"));
        var chapters = new ArrayDeque<>(story.getJsonArray("tickets").getValuesAs(JsonObject.class));
        var plans = new ArrayList<TicketPlan>();
        for (int i = 0; i < COUNT; i++) {
            var language = LANGUAGES.get(i % LANGUAGES.size());
            if (language.equals(storyteller.locale()) && !chapters.isEmpty()) {
                var chapter = chapters.poll();
                var status = TicketStatus.valueOf(chapter.getString("status"));
                plans.add(new TicketPlan(scenario(language, chapter.getString("scenario")), storyteller, status,
                        storyOpenedAt(status, storyteller), Channel.WEB));
            } else {
                plans.add(randomPlan(language, storyteller));
            }
        }
        plans.sort(Comparator.comparing(TicketPlan::createdAt));
        var script = new TicketScript(em, sla, new DemoPicks(random, now, cast, catalog.priorities()), now, cast, catalog);
        plans.forEach(plan -> script.play(plan, nextNumber()));
        return plans.size();
    }

    private Scenario scenario(String language, String key) {
        return scenarios.get(language).stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo story names an unknown scenario " + key));
    }

    private TicketPlan randomPlan(String language, User storyteller) {
        var scenario = pick(scenarios.get(language));
        var requesters = cast.requesters().get(language).stream()
                .filter(r -> !r.user().equals(storyteller) && scenario.fits(r.gender()))
                .toList();
        if (requesters.isEmpty()) {
            throw new IllegalStateException("No demo requester fits scenario " + scenario.key());
        }
        var requester = pick(requesters).user();
        var openedAt = workingHours(now.minus(days(randomAgeInDays())), requester);
        return new TicketPlan(scenario, requester, statusAtAge(Duration.between(openedAt, now)), openedAt, pickWeighted(CHANNELS, CHANNEL_WEIGHTS));
    }

    /** Most tickets are old and finished; a good share is from the last three weeks. */
    private double randomAgeInDays() {
        double u = random.nextDouble();
        return u < 0.15 ? between(0, 2) : u < 0.35 ? between(2, 7) : u < 0.55 ? between(7, 21) : between(21, HISTORY_DAYS);
    }

    private TicketStatus statusAtAge(Duration age) {
        int bracket = 0;
        while (age.toHours() >= AGE_LIMITS[bracket] * 24L) {
            bracket++;
        }
        return pickWeighted(STATUSES, STATUS_WEIGHTS[bracket]);
    }

    private Instant storyOpenedAt(TicketStatus status, User employee) {
        var age = switch (status) {
            case NEW -> between(0, 1);
            case OPEN, RESOLVED -> between(1, 4);
            case WAITING -> between(2, 5);
            case ON_HOLD -> between(6, 12);
            case CLOSED -> between(20, HISTORY_DAYS - 10);
        };
        return workingHours(now.minus(days(age)), employee);
    }

    /** A time during the requester's working day, mostly on a weekday, never in the last few minutes. */
    private Instant workingHours(Instant day, User requester) {
        var date = day.atZone(ZoneId.of(requester.timeZone())).truncatedTo(ChronoUnit.DAYS);
        var weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (weekend && random.nextDouble() < 0.9) {
            date = date.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
        }
        var at = date.plusMinutes(8 * 60 + random.nextInt(9 * 60 + 30)).plusSeconds(random.nextInt(60)).toInstant();
        var latest = now.minus(Duration.ofMinutes(20));
        return at.isAfter(latest) ? latest.minus(Duration.ofMinutes(random.nextInt(240))) : at;
    }

    private TicketNumber nextNumber() {
        // A sequence read needs none of the pending inserts, so it must not flush them one ticket at a time.
        var next = (Number) em.createNativeQuery("select next value for ticket_number_seq")
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
        return TicketNumber.of(next.longValue());
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> T pickWeighted(List<T> items, int[] weights) {
        int roll = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < items.size(); i++) {
            roll -= weights[i];
            if (roll < 0) {
                return items.get(i);
            }
        }
        throw new IllegalStateException("weights do not match items");
    }

    private double between(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    private static Duration days(double days) {
        return Duration.ofMinutes(Math.round(days * 24 * 60));
    }
}
