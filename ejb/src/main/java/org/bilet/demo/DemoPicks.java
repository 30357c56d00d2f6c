package org.bilet.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.bilet.catalog.Category;
import org.bilet.catalog.Priority;
import org.bilet.people.Role;
import org.bilet.people.Team;
import org.bilet.people.User;

/** The small random choices of a demo ticket: who works it, how urgent it is, its field values. */
final class DemoPicks {

    private final Random random;
    private final Instant now;
    private final DemoCast cast;
    private final List<Priority> priorities;

    DemoPicks(Random random, Instant now, DemoCast cast, List<Priority> priorities) {
        this.random = random;
        this.now = now;
        this.cast = cast;
        this.priorities = priorities;
    }

    /** Mostly one of the team's agents; now and then the manager steps in. */
    User assignee(Team team) {
        var members = cast.members().get(team.key());
        var agents = members.stream().filter(u -> !u.hasRole(Role.MANAGER)).toList();
        var pool = agents.isEmpty() || random.nextDouble() < 0.1 ? members : agents;
        return pool.get(random.nextInt(pool.size()));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** The scenario's priority, or one step off as requesters judge differently. */
    Priority initialPriority(Priority usual) {
        double u = random.nextDouble();
        return u < 0.2 ? shifted(usual, -1) : u < 0.28 ? shifted(usual, 1) : usual;
    }

    /** The priority an agent corrects to: one step up or down. */
    Priority neighbour(Priority priority) {
        int index = priorities.indexOf(priority);
        int last = priorities.size() - 1;
        return priorities.get(index == 0 ? 1 : index == last ? last - 1 : index + (random.nextBoolean() ? 1 : -1));
    }

    private Priority shifted(Priority priority, int by) {
        return priorities.get(Math.max(0, Math.min(priorities.size() - 1, priorities.indexOf(priority) + by)));
    }

    String customValue(String key, Category category, Priority priority, Instant openedAt) {
        return switch (key) {
            case "asset-tag" -> assetPrefix(category) + "-" + (100000 + random.nextInt(900000));
            case "affected-users" -> Integer.toString(1 + random.nextInt(30));
            case "needed-by" -> LocalDate.ofInstant(openedAt, ZoneOffset.UTC).plusDays(3 + random.nextInt(8)).toString();
            case "impact" -> impact(priority);
            default -> throw new IllegalStateException("The demo has no values for the custom field " + key);
        };
    }

    private static String assetPrefix(Category category) {
        return switch (category.key()) {
            case "hardware.laptop" -> "NB";
            case "hardware.printer" -> "PR";
            case "hardware.phone" -> "MP";
            case "hardware.scanner" -> "SC";
            default -> "IT";
        };
    }

    private String impact(Priority priority) {
        double u = random.nextDouble();
        return switch (priority.code()) {
            case "URGENT" -> "high";
            case "HIGH" -> u < 0.7 ? "high" : "medium";
            case "LOW" -> "low";
            default -> u < 0.6 ? "medium" : "low";
        };
    }

    /** Mostly snoozed into the coming days; some not at all, some snoozes already ran out. */
    Instant snoozeUntil(Instant at) {
        double u = random.nextDouble();
        if (u < 0.2) {
            return null;
        }
        var lapsed = at.plus(Duration.ofHours(24 + random.nextInt(48)));
        if (u < 0.35 && lapsed.isBefore(now)) {
            return lapsed;
        }
        return now.plus(Duration.ofHours(24 + random.nextInt(13 * 24))).truncatedTo(ChronoUnit.HOURS);
    }

    Duration minutes(int from, int to) {
        return Duration.ofMinutes(from + random.nextInt(to - from + 1)).plusSeconds(random.nextInt(60));
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    /** A stable office address per person: staff on the IT network, everyone else on the office LAN. */
    static String address(User user) {
        int hash = Math.floorMod(user.username().hashCode(), 200 * 200);
        return (user.isStaff() ? "10.10." : "10.20.") + (hash / 200) + "." + (hash % 200 + 20);
    }
}
