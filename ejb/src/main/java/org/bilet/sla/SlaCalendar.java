package org.bilet.sla;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A calendar administrators keep: the weekly business hours of an office in its time zone, and its
 * holidays. Its {@link #rules()} are what SLA clocks count with.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NamedQuery(name = SlaCalendar.ALL, query = "select c from SlaCalendar c order by c.name")
@NamedQuery(name = SlaCalendar.BY_KEY, query = "select c from SlaCalendar c where c.key = :key")
public class SlaCalendar {

    public static final String ALL = "SlaCalendar.all";
    public static final String BY_KEY = "SlaCalendar.byKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calendar_key")
    private String key;

    private String name;

    private String zone;

    @ElementCollection
    @CollectionTable(name = "sla_calendar_hours", joinColumns = @JoinColumn(name = "calendar_id"))
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    private List<WeeklyHours> hours = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "sla_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    private List<Holiday> holidays = new ArrayList<>();

    @Version
    private long version;

    /** Built once per loaded calendar: every move of every clock of a change counts with it. */
    @Transient
    private BusinessCalendar rules;

    /**
     * The rules built for each calendar at a version, for any transaction that loads it at that
     * version again (its hours and holidays are what the version says): a new ticket's clocks then
     * count without reading them. A change moves the version, so rules are never stale.
     */
    private static final Map<Long, Built> BUILT = new ConcurrentHashMap<>();

    private record Built(long version, BusinessCalendar rules) {
    }

    protected SlaCalendar() {
    }

    public SlaCalendar(String key, String name, ZoneId zone, List<WeeklyHours> hours, List<Holiday> holidays) {
        this.key = key;
        redefine(name, zone, hours, holidays);
    }

    /** Checks the whole definition first (see {@link BusinessCalendar}), so a bad one changes nothing. */
    public void redefine(String newName, ZoneId newZone, List<WeeklyHours> newHours, List<Holiday> newHolidays) {
        rules = rules(newZone, newHours, newHolidays);
        name = newName;
        zone = newZone.getId();
        hours = new ArrayList<>(newHours);
        holidays = new ArrayList<>(newHolidays);
    }

    /** The calendar as SLA arithmetic counts with it. */
    public BusinessCalendar rules() {
        if (rules == null) {
            var built = id == null ? null : BUILT.get(id);
            if (built != null && built.version() == version) {
                rules = built.rules();
            } else {
                rules = rules(zone(), hours, holidays);
                if (id != null) {
                    BUILT.put(id, new Built(version, rules));
                }
            }
        }
        return rules;
    }

    private static BusinessCalendar rules(ZoneId zone, List<WeeklyHours> hours, List<Holiday> holidays) {
        Map<DayOfWeek, List<BusinessHours>> week = new EnumMap<>(DayOfWeek.class);
        hours.stream().sorted(Comparator.comparing(WeeklyHours::opens))
                .forEach(h -> week.computeIfAbsent(h.day(), d -> new ArrayList<>()).add(h.hours()));
        return new BusinessCalendar(zone, week, holidays.stream().map(Holiday::day).collect(Collectors.toSet()));
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    /** Day by day, each day's hours in order. */
    public List<WeeklyHours> hours() {
        return hours.stream().sorted(Comparator.comparing(WeeklyHours::day).thenComparing(WeeklyHours::opens)).toList();
    }

    public List<Holiday> holidays() {
        return holidays.stream().sorted(Comparator.comparing(Holiday::day)).toList();
    }

    public long version() {
        return version;
    }
}
