package org.bilet.sla;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditTrail;
import org.bilet.audit.ChangeSummary;
import org.bilet.catalog.CatalogLookup;
import org.bilet.people.PeopleLookup;
import org.bilet.people.Roles;
import org.bilet.platform.ConflictException;
import org.bilet.platform.Counted;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Problems;
import org.bilet.translations.Translations;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.tickets.Channel;

/**
 * Administration of SLA calendars and policies. A definition is checked whole, and every mistake is
 * reported with where it is ("hours[2].closes"), before anything changes; each change is audited.
 * A changed policy applies to tickets from their next opening or re-prioritisation; a changed
 * calendar counts from the next move of each clock.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SlaSettings {

    /** A policy's name, and each of its translations, at most this long. */
    private static final int MAX_NAME = 100;

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final int MAX_TARGET_MINUTES = 366 * 24 * 60;

    @Inject
    EntityManager em;

    @Inject
    CatalogLookup catalog;

    @Inject
    PeopleLookup people;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SlaPoliciesChanged> policiesChanged;

    // ---- calendars

    public List<CalendarDefinition> calendars() {
        return em.createNamedQuery(SlaCalendar.ALL, SlaCalendar.class).getResultStream().map(CalendarDefinition::of).toList();
    }

    public CalendarDefinition calendar(String key) {
        return CalendarDefinition.of(existingCalendar(key));
    }

    public CalendarDefinition createCalendar(CalendarDefinition definition) {
        var problems = new Problems();
        var checked = check(definition, problems);
        if (findCalendar(definition.key()).isPresent()) {
            problems.add("key", "There is already a calendar with the key '" + definition.key() + "'.");
        }
        problems.throwIfAny();
        var calendar = new SlaCalendar(definition.key(), checked.name(), checked.zone(), checked.hours(), checked.holidays());
        em.persist(calendar);
        audit.record(AuditKind.SLA_CALENDAR_CREATED, calendar.key(), ChangeSummary.of().value("name", calendar.name())
                .value("zone", calendar.zone()).value("hours", describe(calendar)).value("holidays", calendar.holidays().size()));
        return CalendarDefinition.of(calendar);
    }

    public CalendarDefinition changeCalendar(String key, CalendarDefinition definition) {
        var calendar = existingCalendar(key);
        var problems = new Problems();
        var checked = check(definition == null ? null : withKey(definition, key), problems);
        problems.throwIfAny();
        var before = CalendarDefinition.of(calendar);
        var beforeHours = describe(calendar);
        calendar.redefine(checked.name(), checked.zone(), checked.hours(), checked.holidays());
        var summary = ChangeSummary.of().change("name", before.name(), calendar.name())
                .change("zone", before.zone(), calendar.zone().getId())
                .change("hours", beforeHours, describe(calendar))
                .change("holidays", before.holidays().size(), calendar.holidays().size());
        if (!summary.isEmpty() || !before.holidays().equals(CalendarDefinition.of(calendar).holidays())) {
            audit.record(AuditKind.SLA_CALENDAR_CHANGED, key, summary.isEmpty() ? summary.note("holidays changed") : summary);
        }
        return CalendarDefinition.of(calendar);
    }

    public void deleteCalendar(String key) {
        var calendar = existingCalendar(key);
        var users = em.createQuery("select p.name from SlaPolicy p where p.calendar = :c", String.class)
                .setParameter("c", calendar).getResultList();
        if (!users.isEmpty()) {
            throw new ConflictException("The calendar " + calendar.name() + " is used by the policies "
                    + String.join(", ", users) + "; give them another calendar first.");
        }
        em.remove(calendar);
        audit.record(AuditKind.SLA_CALENDAR_DELETED, key, ChangeSummary.of().value("name", calendar.name()).note("deleted"));
    }

    private record CheckedCalendar(String name, ZoneId zone, List<WeeklyHours> hours, List<Holiday> holidays) {
    }

    private CheckedCalendar check(CalendarDefinition d, Problems problems) {
        if (d == null) {
            throw InvalidInputException.of("calendar", "Send the calendar as a JSON object with key, name, zone, hours and holidays.");
        }
        checkKey(d.key(), problems);
        var name = checkName(d.name(), problems);
        ZoneId zone = null;
        if (d.zone() == null || d.zone().isBlank()) {
            problems.add("zone", "Give the calendar's time zone, such as Europe/Warsaw.");
        } else {
            try {
                zone = ZoneId.of(d.zone().strip());
            } catch (DateTimeException e) {
                problems.add("zone", "'" + d.zone() + "' is not a time zone; use a name such as Europe/Warsaw or Europe/Vilnius.");
            }
        }
        var hours = new ArrayList<WeeklyHours>();
        if (d.hours() == null || d.hours().isEmpty()) {
            problems.add("hours", "Give the business hours of at least one day, such as MONDAY 08:00-16:00 (00:00-00:00 is all day).");
        } else {
            for (int i = 0; i < d.hours().size(); i++) {
                var h = d.hours().get(i);
                var at = "hours[" + i + "]";
                if (h == null) {
                    problems.add(at, "Give the day, opening and closing time.");
                    continue;
                }
                var day = parse(at + ".day", h.day(), s -> DayOfWeek.valueOf(s.toUpperCase(Locale.ROOT)),
                        "a day of the week such as MONDAY", problems);
                var opens = parse(at + ".opens", h.opens(), LocalTime::parse, "a time such as 08:00", problems);
                var closes = parse(at + ".closes", h.closes(), LocalTime::parse, "a time such as 16:00 (00:00 is midnight)", problems);
                if (day != null && opens != null && closes != null) {
                    try {
                        new BusinessHours(opens, closes);
                        hours.add(new WeeklyHours(day, opens, closes));
                    } catch (IllegalArgumentException e) {
                        problems.add(at + ".closes", "The hours must open before they close: " + opens + "-" + closes + " is empty or reversed.");
                    }
                }
            }
        }
        var holidays = new ArrayList<Holiday>();
        var seen = new HashMap<LocalDate, String>();
        var listed = d.holidays() == null ? List.<CalendarDefinition.Day>of() : d.holidays();
        for (int i = 0; i < listed.size(); i++) {
            var h = listed.get(i);
            var at = "holidays[" + i + "]";
            if (h == null) {
                problems.add(at, "Give the holiday's date and name.");
                continue;
            }
            var day = parse(at + ".day", h.day(), SlaSettings::date, "a date such as 2026-05-03", problems);
            var holidayName = h.name() == null || h.name().isBlank() ? null : h.name().strip();
            if (holidayName == null || holidayName.length() > 100) {
                problems.add(at + ".name", "Name the holiday in up to 100 characters, such as Constitution Day.");
            }
            if (day != null && seen.containsKey(day)) {
                problems.add(at + ".day", day + " is already in the list as " + seen.get(day) + "; a date is a holiday once.");
            } else if (day != null && holidayName != null) {
                seen.put(day, holidayName);
                holidays.add(new Holiday(day, holidayName));
            }
        }
        if (zone != null && problems.isEmpty()) {
            try {
                new SlaCalendar(d.key(), name, zone, hours, holidays);
            } catch (IllegalArgumentException e) {
                problems.add("hours", e.getMessage());
            }
        }
        return new CheckedCalendar(name, zone, hours, holidays);
    }

    private static String describe(SlaCalendar calendar) {
        return String.join(", ", calendar.hours().stream()
                .map(h -> h.day().name().substring(0, 3) + " " + h.opens() + "-" + h.closes()).toList());
    }

    private static CalendarDefinition withKey(CalendarDefinition d, String key) {
        return new CalendarDefinition(key, d.name(), d.zone(), d.hours(), d.holidays());
    }

    private Optional<SlaCalendar> findCalendar(String key) {
        return key == null ? Optional.empty() : em.createNamedQuery(SlaCalendar.BY_KEY, SlaCalendar.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    private SlaCalendar existingCalendar(String key) {
        return findCalendar(key).orElseThrow(() -> new ResourceNotFoundException("There is no SLA calendar '" + key + "'."));
    }

    // ---- policies

    /** In the order they are tried, the fallback last. */
    public List<PolicyDefinition> policies() {
        return em.createNamedQuery(SlaPolicy.ALL, SlaPolicy.class).getResultStream().map(PolicyDefinition::of).toList();
    }

    public PolicyDefinition policy(String key) {
        return PolicyDefinition.of(existingPolicy(key));
    }

    public PolicyDefinition createPolicy(PolicyDefinition definition) {
        var problems = new Problems();
        var checked = check(definition, problems);
        if (findPolicy(definition.key()).isPresent()) {
            problems.add("key", "There is already a policy with the key '" + definition.key() + "'.");
        }
        problems.throwIfAny();
        var policy = new SlaPolicy(definition.key());
        apply(policy, checked);
        em.persist(policy);
        policiesChanged.fire(new SlaPoliciesChanged());
        audit.record(AuditKind.SLA_POLICY_CREATED, policy.key(), summaryOf(PolicyDefinition.of(policy)));
        return PolicyDefinition.of(policy);
    }

    public PolicyDefinition changePolicy(String key, PolicyDefinition definition) {
        var policy = existingPolicy(key);
        var problems = new Problems();
        var checked = check(definition == null ? null : withKey(definition, key), problems);
        problems.throwIfAny();
        var before = PolicyDefinition.of(policy);
        apply(policy, checked);
        policiesChanged.fire(new SlaPoliciesChanged());
        var after = PolicyDefinition.of(policy);
        if (!before.equals(after)) {
            audit.record(AuditKind.SLA_POLICY_CHANGED, key, ChangeSummary.of().change("definition", before.toString(), after.toString()));
        }
        return after;
    }

    public void deletePolicy(String key) {
        var policy = existingPolicy(key);
        long tickets = em.createQuery("select count(t) from Ticket t where t.sla.policy = :p", Long.class)
                .setParameter("p", policy).getSingleResult();
        if (tickets > 0) {
            throw new ConflictException("The policy " + policy.name() + " is what " + Counted.of(tickets, "ticket", "tickets")
                    + " promised under and cannot be deleted; change its conditions instead so that it applies to no new ticket.");
        }
        em.remove(policy);
        policiesChanged.fire(new SlaPoliciesChanged());
        audit.record(AuditKind.SLA_POLICY_DELETED, key, ChangeSummary.of().value("name", policy.name()).note("deleted"));
    }

    /** {@code translations} null: leave them as they are. */
    private record CheckedPolicy(String name, int position, boolean fallback, SlaCalendar calendar,
                                 SlaPolicy.Conditions conditions, SlaPolicy.Targets targets, Translations translations) {
    }

    private CheckedPolicy check(PolicyDefinition d, Problems problems) {
        if (d == null) {
            throw InvalidInputException.of("policy", "Send the policy as a JSON object with key, name, calendar and targets.");
        }
        checkKey(d.key(), problems);
        var name = checkName(d.name(), problems);
        int position = d.position() == null ? 100 : d.position();
        if (position < 0 || position > 10_000) {
            problems.add("position", "The position orders the policies: a number from 0 to 10000.");
        }
        SlaCalendar calendar = null;
        if (d.calendar() == null || d.calendar().isBlank()) {
            problems.add("calendar", "Choose the calendar whose business hours the targets count in.");
        } else {
            calendar = problems.find("calendar", "calendar", d.calendar(), this::findCalendar);
        }
        var conditions = new SlaPolicy.Conditions(
                problems.find("priority", "priority", blankToNull(d.priority()), catalog::priority),
                problems.find("category", "category", blankToNull(d.category()), catalog::category),
                problems.find("team", "team", blankToNull(d.team()), people::team),
                problems.find("organization", "organization", blankToNull(d.organization()), people::organization),
                d.channel() == null || d.channel().isBlank() ? null
                        : parse("channel", d.channel(), s -> Channel.valueOf(s.toUpperCase(Locale.ROOT)),
                        "one of WEB, EMAIL, PHONE, CHAT, API", problems));
        boolean fallback = Boolean.TRUE.equals(d.fallback());
        boolean anyCondition = d.priority() != null || d.category() != null || d.team() != null
                || d.organization() != null || d.channel() != null;
        if (fallback && anyCondition) {
            problems.add("fallback", "The fallback policy applies to every ticket no other policy takes; leave its conditions empty.");
        }
        checkTarget("firstResponseMinutes", d.firstResponseMinutes(), problems);
        checkTarget("nextResponseMinutes", d.nextResponseMinutes(), problems);
        checkTarget("resolutionMinutes", d.resolutionMinutes(), problems);
        if (d.firstResponseMinutes() == null && d.nextResponseMinutes() == null && d.resolutionMinutes() == null) {
            problems.add("resolutionMinutes", "A policy promises something: give at least one target.");
        }
        int warning = d.warningPercent() == null ? SlaPolicy.DEFAULT_WARNING_PERCENT : d.warningPercent();
        if (warning < 1 || warning > 100) {
            problems.add("warningPercent", "Warn at a share of the target from 1 to 100 percent (80 by default).");
        }
        int autoClose = d.autoCloseDays() == null ? SlaPolicy.DEFAULT_AUTO_CLOSE_DAYS : d.autoCloseDays();
        if (autoClose < 1 || autoClose > 365) {
            problems.add("autoCloseDays", "Close resolved tickets after 1 to 365 days without the requester's answer (7 by default).");
        }
        var translations = d.translations() == null ? null : Translations.check("translations", d.translations(), MAX_NAME, problems);
        return new CheckedPolicy(name, position, fallback, calendar, conditions,
                new SlaPolicy.Targets(d.firstResponseMinutes(), d.nextResponseMinutes(), d.resolutionMinutes(), warning, autoClose),
                translations);
    }

    /** Making a policy the fallback takes the role from the one that had it, so there is never two. */
    private void apply(SlaPolicy policy, CheckedPolicy c) {
        if (c.fallback()) {
            em.createNamedQuery(SlaPolicy.ALL, SlaPolicy.class).getResultStream()
                    .filter(p -> p.isFallback() && !p.equals(policy))
                    .forEach(p -> {
                        p.redefine(p.name(), p.position(), false, p.calendar(), p.conditions(), p.targets());
                        audit.record(AuditKind.SLA_POLICY_CHANGED, p.key(), ChangeSummary.of().change("fallback", true, false));
                    });
        }
        policy.redefine(c.name(), c.position(), c.fallback(), c.calendar(), c.conditions(), c.targets());
        if (c.translations() != null) {
            policy.translate(c.translations());
        }
    }

    private static ChangeSummary summaryOf(PolicyDefinition d) {
        var summary = ChangeSummary.of().value("name", d.name());
        if (d.translations() != null && !d.translations().isEmpty()) {
            summary.value("translations", d.translations());
        }
        return summary.value("calendar", d.calendar())
                .value("first response", d.firstResponseMinutes()).value("next response", d.nextResponseMinutes())
                .value("resolution", d.resolutionMinutes());
    }

    private static PolicyDefinition withKey(PolicyDefinition d, String key) {
        return new PolicyDefinition(key, d.name(), d.position(), d.fallback(), d.calendar(), d.priority(), d.category(),
                d.team(), d.organization(), d.channel(), d.firstResponseMinutes(), d.nextResponseMinutes(),
                d.resolutionMinutes(), d.warningPercent(), d.autoCloseDays(), d.translations());
    }

    private Optional<SlaPolicy> findPolicy(String key) {
        return key == null ? Optional.empty() : em.createNamedQuery(SlaPolicy.BY_KEY, SlaPolicy.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    private SlaPolicy existingPolicy(String key) {
        return findPolicy(key).orElseThrow(() -> new ResourceNotFoundException("There is no SLA policy '" + key + "'."));
    }


    // ---- shared checks

    private static void checkKey(String key, Problems problems) {
        if (key == null || !KEY.matcher(key).matches()) {
            problems.add("key", "The key is 1 to 40 lowercase letters, digits and dashes, such as 'warsaw-office'.");
        }
    }

    private static String checkName(String name, Problems problems) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            problems.add("name", "Give a name of 1 to 100 characters.");
            return null;
        }
        return name.strip();
    }

    private static void checkTarget(String field, Integer minutes, Problems problems) {
        if (minutes != null && (minutes < 1 || minutes > MAX_TARGET_MINUTES)) {
            problems.add(field, "A target is from 1 minute to a year (" + MAX_TARGET_MINUTES + " minutes), or empty for no such promise.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The value the text gives, or null with a problem saying what was expected. */
    /** A date as the API writes them, in the years a date column holds (1000 to 9999). */
    private static LocalDate date(String text) {
        var day = LocalDate.parse(text);
        if (day.getYear() < 1000 || day.getYear() > 9999) {
            throw new DateTimeException("Outside the years 1000 to 9999: " + day);
        }
        return day;
    }

    private static <T> T parse(String field, String text, Function<String, T> parser, String expected, Problems problems) {
        if (text == null || text.isBlank()) {
            problems.add(field, "Give " + expected + ".");
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (RuntimeException e) {
            problems.add(field, "'" + text + "' is not " + expected + ".");
            return null;
        }
    }
}
