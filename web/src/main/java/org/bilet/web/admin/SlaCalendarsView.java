package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.bilet.sla.CalendarDefinition;
import org.bilet.sla.SlaSettings;
import org.bilet.sla.WeeklyHours;
import org.bilet.web.session.Timetable;
import org.bilet.web.session.UserSession;

/**
 * /admin/sla-calendars: the business hours SLA targets count in. The form edits whole rows of
 * hours and holidays; the service checks them all at once and names each mistake by its row
 * ("hours[2].closes"), which is shown at that row's input while everything typed stays.
 */
@Named
@ViewScoped
public class SlaCalendarsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** "hours[2].closes" is the input "closes" of the third row of the repeat "hours". */
    private static final Pattern ROW_FIELD = Pattern.compile("(hours|holidays)\\[(\\d+)]\\.(day|opens|closes|name)");

    /** Europe first (most desks are there), then the rest, each alphabetically. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted(Comparator.comparing((String id) -> !id.startsWith("Europe/")).thenComparing(Comparator.naturalOrder()))
            .toList();

    @Inject
    SlaSettings settings;

    @Inject
    UserSession me;

    private List<CalendarDefinition> calendars;
    /** The key of the calendar being edited; null while the form creates one. */
    private String editing;
    private String key;
    private String name;
    private String zone;
    private List<HoursRow> hours;
    private List<HolidayRow> holidays;

    @PostConstruct
    void init() {
        load();
        startNew();
    }

    private void load() {
        calendars = settings.calendars();
    }

    public void startNew() {
        editing = null;
        key = null;
        name = null;
        zone = "Europe/Warsaw";
        hours = new ArrayList<>();
        for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.add(new HoursRow(day.name(), "08:00", "16:00"));
        }
        holidays = new ArrayList<>();
    }

    public void edit(String calendarKey) {
        calendars.stream().filter(c -> c.key().equals(calendarKey)).findFirst().ifPresent(c -> {
            editing = c.key();
            key = c.key();
            name = c.name();
            zone = c.zone();
            hours = new ArrayList<>(c.hours().stream().map(h -> new HoursRow(h.day(), h.opens(), h.closes())).toList());
            holidays = new ArrayList<>(c.holidays().stream().map(h -> new HolidayRow(LocalDate.parse(h.day()), h.name())).toList());
        });
    }

    public void addHours() {
        var last = hours.isEmpty() ? null : hours.get(hours.size() - 1);
        var next = last == null || last.getDay() == null ? DayOfWeek.MONDAY : DayOfWeek.valueOf(last.getDay()).plus(1);
        hours.add(new HoursRow(next.name(), last == null ? "08:00" : last.getOpens(), last == null ? "16:00" : last.getCloses()));
    }

    public void removeHours(int index) {
        hours.remove(index);
    }

    public void addHoliday() {
        holidays.add(new HolidayRow(null, null));
    }

    public void removeHoliday(int index) {
        holidays.remove(index);
    }

    public void save() {
        var definition = new CalendarDefinition(key, name, zone,
                hours.stream().map(h -> new CalendarDefinition.Hours(h.getDay(), h.getOpens(), h.getCloses())).toList(),
                holidays.stream().map(h -> new CalendarDefinition.Day(h.getDay() == null ? null : h.getDay().toString(), h.getName())).toList());
        var saved = AdminPage.attempt("calendar", SlaCalendarsView::clientIdOf,
                () -> editing == null ? settings.createCalendar(definition) : settings.changeCalendar(editing, definition));
        if (saved != null) {
            AdminPage.done(editing == null ? "calendars.created" : "calendars.saved", saved.name());
            load();
            edit(saved.key());
        }
    }

    public void delete() {
        var name = this.name;
        if (AdminPage.attempt("calendar", () -> settings.deleteCalendar(editing))) {
            AdminPage.done("calendars.deleted", name);
            load();
            startNew();
        }
    }

    static String clientIdOf(String field) {
        var row = ROW_FIELD.matcher(field);
        return row.matches() ? "calendar:" + row.group(1) + ":" + row.group(2) + ":" + row.group(3) : null;
    }

    /** "Mon–Fri 08:00–16:00", an entry per run of days with the same hours. */
    public List<String> hoursOf(CalendarDefinition calendar) {
        return Timetable.of(calendar.hours().stream().map(h -> new WeeklyHours(DayOfWeek.valueOf(h.day()),
                LocalTime.parse(h.opens()), LocalTime.parse(h.closes()))).toList(), me.getLocale());
    }

    public String dayName(String day) {
        return DayOfWeek.valueOf(day).getDisplayName(TextStyle.FULL_STANDALONE, me.getLocale());
    }

    public List<String> getDays() {
        return List.of(DayOfWeek.values()).stream().map(DayOfWeek::name).toList();
    }

    public List<String> getZones() {
        return ZONES;
    }

    public List<CalendarDefinition> getCalendars() {
        return calendars;
    }

    public String getEditing() {
        return editing;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public List<HoursRow> getHours() {
        return hours;
    }

    public List<HolidayRow> getHolidays() {
        return holidays;
    }

    /** One row of the timetable as typed: "MONDAY", "08:00", "16:00". */
    public static class HoursRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private String day;
        private String opens;
        private String closes;

        HoursRow(String day, String opens, String closes) {
            this.day = day;
            this.opens = opens;
            this.closes = closes;
        }

        public String getDay() {
            return day;
        }

        public void setDay(String day) {
            this.day = day;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes;
        }
    }

    /** One holiday as typed. */
    public static class HolidayRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private LocalDate day;
        private String name;

        HolidayRow(LocalDate day, String name) {
            this.day = day;
            this.name = name;
        }

        public LocalDate getDay() {
            return day;
        }

        public void setDay(LocalDate day) {
            this.day = day;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
