package org.bilet.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which agent gets a ticket, decided from facts the database supplied: the available agents (by
 * id, ascending), whose turn was last, each agent's weighted load and who is skilled. Pure, so
 * the rules are unit-tested without a container.
 */
public final class AgentChoice {

    private AgentChoice() {
    }

    /**
     * The agents in turn order: those after the last one chosen, then from the start again. Ties
     * in load are broken in this order too, so equal agents take turns.
     */
    static List<Long> inTurn(List<Long> available, Long lastChosen) {
        var sorted = available.stream().sorted().toList();
        if (lastChosen == null) {
            return sorted;
        }
        var turn = new ArrayList<Long>();
        sorted.stream().filter(id -> id > lastChosen).forEach(turn::add);
        sorted.stream().filter(id -> id <= lastChosen).forEach(turn::add);
        return turn;
    }

    /** The next available agent after the last one chosen. */
    public static Optional<Long> roundRobin(List<Long> available, Long lastChosen) {
        return inTurn(available, lastChosen).stream().findFirst();
    }

    /** The agent with the least weighted load (absent: none); equal loads take turns. */
    public static Optional<Long> leastLoaded(List<Long> available, Long lastChosen, Map<Long, Long> load) {
        return inTurn(available, lastChosen).stream()
                .min(Comparator.comparingLong(id -> load.getOrDefault(id, 0L)));
    }

    /** Least-loaded among the skilled agents who are available; among all of them when none is. */
    public static Optional<Long> skillBased(List<Long> available, Set<Long> skilled, Long lastChosen, Map<Long, Long> load) {
        var skilledAndThere = available.stream().filter(skilled::contains).toList();
        return leastLoaded(skilledAndThere.isEmpty() ? available : skilledAndThere, lastChosen, load);
    }

    /**
     * The weight of one open ticket in an agent's load: its priority's rank (LOW 1, NORMAL 2, HIGH 3,
     * URGENT 4 on the default scale), at least 1, so more urgent work weighs more. The load query
     * sums the same expression in the database.
     */
    public static long weightOf(int priorityRank) {
        return Math.max(1, priorityRank);
    }
}
