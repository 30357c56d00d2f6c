package org.bilet.demo;

import static org.bilet.tickets.TicketStatus.CLOSED;
import static org.bilet.tickets.TicketStatus.ON_HOLD;
import static org.bilet.tickets.TicketStatus.RESOLVED;
import static org.bilet.tickets.TicketStatus.WAITING;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.bilet.catalog.Category;
import org.bilet.people.Role;
import org.bilet.people.User;
import org.bilet.sla.SlaKeeper;
import org.bilet.tickets.Actor;
import org.bilet.tickets.Channel;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketNumber;
import org.bilet.tickets.TicketRepository;
import org.bilet.tickets.TicketStatus;

/**
 * Plays one planned ticket through the ticket's own methods: opened, triaged, as much of the
 * conversation as its status implies, then put on hold, resolved or closed. Every step comes a few
 * minutes to a day after the previous one, squeezed where needed so that all of it happened before now.
 */
final class TicketScript {

    private record Step(Duration gap, Consumer<Instant> action) {
    }

    private final EntityManager em;
    private final Instant now;
    private final DemoCatalog.Result catalog;
    private final DemoPicks picks;
    private final User manager;

    private final SlaKeeper sla;
    private final List<Step> steps = new ArrayList<>();
    private TicketPlan plan;
    private Ticket ticket;
    private User assignee;

    TicketScript(EntityManager em, SlaKeeper sla, DemoPicks picks, Instant now, DemoCast cast, DemoCatalog.Result catalog) {
        this.em = em;
        this.sla = sla;
        this.picks = picks;
        this.now = now;
        this.catalog = catalog;
        this.manager = cast.users().values().stream().filter(u -> u.hasRole(Role.MANAGER)).findFirst().orElseThrow();
    }

    void play(TicketPlan plan, TicketNumber number) {
        this.plan = plan;
        steps.clear();
        var scenario = plan.scenario();
        var category = catalog.category(scenario.category());
        if (category.routedTeam() == null) {
            throw new IllegalStateException("The demo category " + category.key() + " routes to no team");
        }
        assignee = picks.assignee(category.routedTeam());
        var phone = plan.channel() == Channel.PHONE;
        var classifiedOnOpening = phone || (plan.channel() == Channel.WEB && picks.chance(0.7));
        if (plan.status() != TicketStatus.NEW || picks.chance(0.4)) {
            steps.add(new Step(phone ? picks.minutes(1, 5) : picks.minutes(5, 150), at -> triage(category, at)));
        }
        var conversation = scenario.conversation();
        int played = linesPlayed(conversation);
        for (int i = 0; i < played; i++) {
            addLine(conversation, i, played);
        }
        addEnding();

        open(number, category, classifiedOnOpening);
        run();
        if (ticket.status() != plan.status()) {
            throw new IllegalStateException("The demo ticket " + number + " (" + scenario.key() + ") ended "
                    + ticket.status() + " instead of " + plan.status());
        }
        // The demo is the past: its history is written as it was, without publishing it as news;
        // its SLA follows that history as it would have then.
        var messages = ticket.takeNewMessages();
        var history = ticket.takeNewEvents();
        messages.forEach(em::persist);
        history.forEach(em::persist);
        sla.replay(ticket, TicketRepository.changesOf(ticket, history, messages), now);
    }

    private void open(TicketNumber number, Category category, boolean classify) {
        var scenario = plan.scenario();
        var opener = plan.channel() == Channel.PHONE
                ? new Actor(assignee, Channel.PHONE, null, plan.createdAt())
                : requester(plan.channel(), plan.createdAt());
        var priority = picks.initialPriority(catalog.priority(scenario.priority()));
        ticket = new Ticket(number, scenario.subject(), scenario.description(), plan.requester(), priority, plan.channel(), opener);
        if (classify) {
            classify(category, opener);
        }
        em.persist(ticket);
    }

    private void triage(Category category, Instant at) {
        var by = staff(picks.chance(0.7) ? assignee : manager, at);
        if (ticket.category() == null) {
            classify(category, by);
        }
        if (picks.chance(0.12)) {
            ticket.changePriority(picks.neighbour(ticket.priority()), by);
        }
        var tags = new TreeSet<>(plan.scenario().tags());
        if (picks.chance(0.08)) {
            tags.add("recurring");
        }
        ticket.retag(tags, by);
        ticket.assignTo(assignee, by);
    }

    /** What the requester picks on the web form, or the agent sets when the ticket came otherwise. */
    private void classify(Category category, Actor by) {
        ticket.fileUnder(category, by);
        for (var key : plan.scenario().fields()) {
            var raw = picks.customValue(key, category, ticket.priority(), plan.createdAt());
            ticket.putCustomValue(key, catalog.fields().get(key).normalize(raw), by);
        }
    }

    /** How much of the conversation has happened, given how far the ticket has come. */
    private int linesPlayed(List<Scenario.Line> conversation) {
        int size = conversation.size();
        return switch (plan.status()) {
            case NEW -> 0;
            case OPEN -> 1 + picks.below(Math.max(1, size - 1));
            case ON_HOLD -> holdPoint(conversation);
            case WAITING -> question(conversation) + 1;
            case RESOLVED, CLOSED -> size;
        };
    }

    /** After a line that leaves no question of the agent unanswered, where that is possible. */
    private int holdPoint(List<Scenario.Line> conversation) {
        var points = new ArrayList<Integer>();
        for (int played = 1; played < conversation.size(); played++) {
            if (!asksRequester(conversation, played - 1)) {
                points.add(played);
            }
        }
        return points.isEmpty() ? 1 : points.get(picks.below(points.size()));
    }

    private static boolean asksRequester(List<Scenario.Line> conversation, int index) {
        return conversation.get(index).speaker() == Scenario.Speaker.AGENT && index + 1 < conversation.size()
                && conversation.get(index + 1).speaker() == Scenario.Speaker.REQUESTER;
    }

    /** An agent's reply that the requester answers, or failing that any reply of the agent. */
    private int question(List<Scenario.Line> conversation) {
        var questions = new ArrayList<Integer>();
        var replies = new ArrayList<Integer>();
        for (int i = 0; i < conversation.size(); i++) {
            if (conversation.get(i).speaker() == Scenario.Speaker.AGENT) {
                replies.add(i);
                if (asksRequester(conversation, i)) {
                    questions.add(i);
                }
            }
        }
        var candidates = questions.isEmpty() ? replies : questions;
        return candidates.get(picks.below(candidates.size()));
    }

    private void addLine(List<Scenario.Line> conversation, int index, int played) {
        var line = conversation.get(index);
        switch (line.speaker()) {
            case AGENT -> {
                var gap = index == 0 ? picks.minutes(10, 240) : picks.minutes(20, 1440);
                steps.add(new Step(gap, at -> post(line.text(), false, staff(assignee, at))));
                if (index + 1 < played && conversation.get(index + 1).speaker() == Scenario.Speaker.REQUESTER) {
                    // The agent asked something: the ticket waits until the requester's answer reopens it.
                    steps.add(new Step(picks.minutes(1, 3), at -> ticket.moveTo(WAITING, null, null, staff(assignee, at))));
                }
            }
            case REQUESTER -> steps.add(new Step(picks.minutes(15, 2160),
                    at -> post(line.text(), false, requester(replyChannel(), at))));
            case NOTE -> steps.add(new Step(picks.minutes(5, 120), at -> post(line.text(), true, staff(assignee, at))));
        }
    }

    private void addEnding() {
        var scenario = plan.scenario();
        switch (plan.status()) {
            case WAITING -> steps.add(new Step(picks.minutes(1, 3), at -> ticket.moveTo(WAITING, null, null, staff(assignee, at))));
            case ON_HOLD -> {
                steps.add(new Step(picks.minutes(5, 90), at -> post(scenario.hold(), true, staff(assignee, at))));
                steps.add(new Step(picks.minutes(1, 3),
                        at -> ticket.moveTo(ON_HOLD, null, picks.snoozeUntil(at), staff(assignee, at))));
            }
            case RESOLVED, CLOSED -> {
                steps.add(new Step(picks.minutes(30, 1440),
                        at -> ticket.moveTo(RESOLVED, scenario.resolution(), null, staff(assignee, at))));
                if (plan.status() == CLOSED) {
                    // Half the requesters confirm; the rest are closed by the agent after a few quiet days.
                    var confirmed = picks.chance(0.5);
                    steps.add(new Step(confirmed ? picks.minutes(60, 2880) : picks.minutes(3 * 1440, 6 * 1440),
                            at -> ticket.moveTo(CLOSED, null, null, confirmed ? requester(Channel.WEB, at) : staff(assignee, at))));
                }
            }
            default -> {
            }
        }
    }

    private void run() {
        var latest = now.minus(Duration.ofMinutes(2));
        long total = steps.stream().mapToLong(step -> step.gap().toSeconds()).sum();
        long room = Duration.between(plan.createdAt(), latest).toSeconds();
        double scale = total > room ? (double) room / total : 1.0;
        var at = plan.createdAt();
        for (var step : steps) {
            at = at.plusSeconds(Math.max(1, Math.round(step.gap().toSeconds() * scale)));
            step.action().accept(at);
        }
    }

    private void post(String text, boolean internal, Actor by) {
        ticket.post(text, internal, by);
    }

    private Actor requester(Channel channel, Instant at) {
        var user = plan.requester();
        var address = channel == Channel.EMAIL || channel == Channel.PHONE ? null : DemoPicks.address(user);
        return new Actor(user, channel, address, at);
    }

    private Actor staff(User user, Instant at) {
        return new Actor(user, Channel.WEB, DemoPicks.address(user), at);
    }

    /** Replies go back the way the ticket came in; a call or a mail is answered by mail. */
    private Channel replyChannel() {
        return plan.channel() == Channel.EMAIL || plan.channel() == Channel.PHONE ? Channel.EMAIL : Channel.WEB;
    }
}
