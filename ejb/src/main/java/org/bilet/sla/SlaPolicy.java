package org.bilet.sla;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.Objects;
import org.bilet.translations.Translations;
import org.bilet.translations.TranslationsJson;
import org.bilet.catalog.Category;
import org.bilet.catalog.Priority;
import org.bilet.people.Organization;
import org.bilet.people.Team;
import org.bilet.tickets.Channel;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * What Bilet promises for the tickets it applies to: targets for the first response, each next
 * response and the resolution, counted in its calendar's business time. Policies are tried in
 * their order and the first whose conditions all hold applies (a condition left empty holds for any
 * ticket, and an organization's holds for its departments); the fallback policy applies when none does.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NamedQuery(name = SlaPolicy.ALL, query = """
        select p from SlaPolicy p join fetch p.calendar left join fetch p.priority left join fetch p.category
        left join fetch p.team left join fetch p.organization order by p.fallback, p.position, p.id""")
@NamedQuery(name = SlaPolicy.BY_KEY, query = "select p from SlaPolicy p where p.key = :key")
public class SlaPolicy {

    public static final String ALL = "SlaPolicy.all";
    public static final String BY_KEY = "SlaPolicy.byKey";
    public static final int DEFAULT_WARNING_PERCENT = 80;
    public static final int DEFAULT_AUTO_CLOSE_DAYS = 7;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "policy_key")
    private String key;

    private String name;

    @Convert(converter = TranslationsJson.class)
    private Translations nameTranslations = Translations.none();

    /** Lower first; the fallback policy is tried after all others whatever its position. */
    private int position;

    private boolean fallback;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "calendar_id")
    private SlaCalendar calendar;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "priority_id")
    private Priority priority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private Integer firstResponseMinutes;
    private Integer nextResponseMinutes;
    private Integer resolutionMinutes;
    private int warningPercent = DEFAULT_WARNING_PERCENT;
    private int autoCloseDays = DEFAULT_AUTO_CLOSE_DAYS;

    @Version
    private long version;

    protected SlaPolicy() {
    }

    public SlaPolicy(String key) {
        this.key = Objects.requireNonNull(key);
    }

    /** The conditions a ticket must meet for this policy to apply; null ones hold for any ticket. */
    public record Conditions(Priority priority, Category category, Team team, Organization organization, Channel channel) {
    }

    /** The promises, in minutes of business time; null: no such promise. */
    public record Targets(Integer firstResponseMinutes, Integer nextResponseMinutes, Integer resolutionMinutes,
                          int warningPercent, int autoCloseDays) {
    }

    /** The name in other languages; readers of a language without one see the name. */
    public void translate(Translations translations) {
        this.nameTranslations = Objects.requireNonNull(translations);
    }

    public Translations nameTranslations() {
        return nameTranslations == null ? Translations.none() : nameTranslations;
    }

    /** The name a reader of the language sees: its translation, or the name as entered. */
    public String name(String language) {
        return nameTranslations().in(language, name);
    }

    public void redefine(String newName, int newPosition, boolean isFallback, SlaCalendar newCalendar,
                         Conditions conditions, Targets targets) {
        name = newName;
        position = newPosition;
        fallback = isFallback;
        calendar = Objects.requireNonNull(newCalendar);
        priority = conditions.priority();
        category = conditions.category();
        team = conditions.team();
        organization = conditions.organization();
        channel = conditions.channel();
        firstResponseMinutes = targets.firstResponseMinutes();
        nextResponseMinutes = targets.nextResponseMinutes();
        resolutionMinutes = targets.resolutionMinutes();
        warningPercent = targets.warningPercent();
        autoCloseDays = targets.autoCloseDays();
    }

    /** The target of a promise, or null when this policy makes none. */
    public Duration target(Promise.Kind kind) {
        var minutes = switch (kind) {
            case FIRST_RESPONSE -> firstResponseMinutes;
            case NEXT_RESPONSE -> nextResponseMinutes;
            case RESOLUTION -> resolutionMinutes;
        };
        return minutes == null ? null : Duration.ofMinutes(minutes);
    }

    public double warningShare() {
        return warningPercent / 100.0;
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

    public int position() {
        return position;
    }

    public boolean isFallback() {
        return fallback;
    }

    public SlaCalendar calendar() {
        return calendar;
    }

    public Conditions conditions() {
        return new Conditions(priority, category, team, organization, channel);
    }

    public Targets targets() {
        return new Targets(firstResponseMinutes, nextResponseMinutes, resolutionMinutes, warningPercent, autoCloseDays);
    }

    public int autoCloseDays() {
        return autoCloseDays;
    }

    public long version() {
        return version;
    }
}
