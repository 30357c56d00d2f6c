package org.bilet.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes one realistic ticket: a requester writing in their own language, a category and the team
 * it routes to, an assignee from that team, a priority and its due time, and a status that fits
 * the ticket's age (recent tickets are still being worked, old ones are mostly closed), with the
 * times of first response, resolution and closing in order and never in the future.
 */
final class TicketMaker {

    static final List<String> STATUSES = List.of("NEW", "OPEN", "WAITING", "ON_HOLD", "RESOLVED", "CLOSED");
    private static final String[] CHANNELS = {"WEB", "EMAIL", "PHONE", "CHAT", "API"};
    private static final int[] CHANNEL_WEIGHTS = {45, 30, 10, 8, 7};
    /** Status weights (in the order of STATUSES) by age: under 2 days, 2 weeks, 2 months, older. */
    private static final int[][] STATUS_WEIGHTS = {
            {45, 35, 10, 2, 8, 0}, {10, 35, 15, 5, 25, 10}, {1, 8, 5, 3, 8, 75}, {3, 15, 7, 5, 10, 960}};
    private static final long[] AGE_LIMITS_HOURS = {48, 14 * 24, 60 * 24, Long.MAX_VALUE};

    record Msg(long authorId, boolean internal, String body, LocalDateTime at) {
    }

    record Made(String subject, String description, boolean html, long requesterId, Long organizationId, Long teamId,
                Long assigneeId, long priorityId, Long categoryId, String channel, String status,
                LocalDateTime snoozedUntil, String resolution, boolean answered, LocalDateTime createdAt,
                LocalDateTime updatedAt, LocalDateTime firstResponseAt, LocalDateTime resolvedAt,
                LocalDateTime closedAt, LocalDateTime dueAt, long version, List<String> tags, List<Msg> messages,
                String clientAddress, String language) {
    }

    private final Reference ref;
    private final Corpus corpus;
    private final Instant now;
    private final Duration span;
    private final int[] priorityWeights;

    TicketMaker(Reference ref, Corpus corpus, Instant now, Duration span) {
        this.ref = ref;
        this.corpus = corpus;
        this.now = now;
        this.span = span;
        this.priorityWeights = ref.priorities().stream().mapToInt(p -> switch (p.code()) {
            case "LOW" -> 15;
            case "NORMAL" -> 55;
            case "HIGH" -> 22;
            case "URGENT" -> 8;
            default -> p.isDefault() ? 50 : 10;
        }).toArray();
    }

    /** Ticket {@code index} of {@code total}: creation times grow with the index over the span. */
    Made make(long index, long total, RandomGenerator random) {
        var day = now.minus(span).plusMillis((long) (span.toMillis() * ((double) index / total)));
        // Office hours mostly, with a tail of early and late reports.
        int hour = random.nextInt(100) < 85 ? 8 + random.nextInt(10) : random.nextInt(24);
        var created = day.truncatedTo(java.time.temporal.ChronoUnit.DAYS).plusSeconds(hour * 3600L + random.nextInt(3600));
        if (created.isAfter(now)) {
            created = now.minusSeconds(1 + random.nextInt(600));
        }
        // Some requesters report more than the others.
        int requesters = ref.requesters().size();
        var requester = ref.requesters().get(random.nextInt(100) < 20 ? skewed(requesters, random) : random.nextInt(requesters));
        var text = corpus.ticket(Corpus.languageOf(requester.locale(), random), random);
        var priority = ref.priorities().get(weighted(priorityWeights, random));
        var category = random.nextInt(100) < 90 && !ref.categories().isEmpty()
                ? ref.categories().get(random.nextInt(ref.categories().size())) : null;

        long ageHours = Duration.between(created, now).toHours();
        int bucket = 0;
        while (ageHours >= AGE_LIMITS_HOURS[bucket]) {
            bucket++;
        }
        var status = STATUSES.get(weighted(STATUS_WEIGHTS[bucket], random));
        boolean worked = !status.equals("NEW");

        Long teamId = category != null ? category.teamId() : null;
        if (teamId == null && worked) {
            teamId = ref.teams().get(random.nextInt(ref.teams().size())).id();
        }
        Long assigneeId = worked || random.nextInt(100) < 10 ? assignee(teamId, random) : null;

        var due = created.plus(Duration.ofHours(priority.resolutionHours()));
        var latest = now.minusSeconds(1);
        Instant firstResponse = null;
        Instant resolved = null;
        Instant closed = null;
        Instant updated = created;
        var messages = new ArrayList<Msg>();
        boolean answered = false;
        if (worked && random.nextInt(100) < 35) {
            long window = Math.max(60, Math.min(priority.resolutionHours() * 1800L, 86_400L));
            firstResponse = min(created.plusSeconds(60 + random.nextLong(window)), latest);
            long author = assigneeId != null ? assigneeId : ref.staff().get(random.nextInt(ref.staff().size())).id();
            messages.add(new Msg(author, false, corpus.phrase(text.language(), "reply", random), utc(firstResponse)));
            answered = true;
            updated = firstResponse;
            if (random.nextInt(100) < 40) {
                var followUp = min(firstResponse.plusSeconds(300 + random.nextInt(20 * 3600)), latest);
                messages.add(new Msg(requester.id(), false, corpus.phrase(text.language(), "followup", random), utc(followUp)));
                answered = false;
                updated = followUp;
            }
        }
        if (status.equals("RESOLVED") || status.equals("CLOSED")) {
            long target = priority.resolutionHours() * 3600L;
            resolved = min(max(updated, created.plusSeconds(600 + random.nextLong(target + target / 2))), latest);
            updated = resolved;
            if (status.equals("CLOSED")) {
                closed = min(resolved.plusSeconds(random.nextInt(5 * 86_400)), latest);
                updated = closed;
            }
        } else if (worked && !updated.isAfter(created)) {
            updated = min(created.plusSeconds(60 + random.nextLong(Math.max(60, Duration.between(created, now).toSeconds()))), latest);
        }
        var snoozed = status.equals("ON_HOLD") && random.nextBoolean() ? now.plus(Duration.ofHours(24 + random.nextInt(14 * 24))) : null;
        if (status.equals("WAITING") || status.equals("RESOLVED")) {
            answered = true;
        }
        var resolution = resolved != null ? corpus.phrase(text.language(), "resolution", random) : null;
        var tags = random.nextInt(100) < 70 ? text.tags() : List.<String>of();
        var channel = CHANNELS[weighted(CHANNEL_WEIGHTS, random)];
        var address = channel.equals("WEB") || channel.equals("API") ? "198.51.100." + (1 + random.nextInt(254)) : null;
        long version = worked ? 1 + random.nextInt(4) + messages.size() : 0;
        return new Made(text.subject(), text.description(), text.html(), requester.id(), requester.organizationId(), teamId,
                assigneeId, priority.id(), category == null ? null : category.id(), channel, status,
                snoozed == null ? null : utc(snoozed), resolution, answered, utc(created), utc(updated),
                firstResponse == null ? null : utc(firstResponse), resolved == null ? null : utc(resolved),
                closed == null ? null : utc(closed), utc(due), version, tags, messages, address, text.language());
    }

    private Long assignee(Long teamId, RandomGenerator random) {
        if (teamId != null) {
            for (var team : ref.teams()) {
                if (team.id() == teamId && !team.memberIds().isEmpty()) {
                    return team.memberIds().get(random.nextInt(team.memberIds().size()));
                }
            }
        }
        return ref.staff().get(random.nextInt(ref.staff().size())).id();
    }

    /** An index in [0, size) where low indexes come up more often (about a Zipf law). */
    static int skewed(int size, RandomGenerator random) {
        return (int) Math.min(size - 1, Math.floor(Math.pow(size + 1, random.nextDouble())) - 1);
    }

    static int weighted(int[] weights, RandomGenerator random) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
