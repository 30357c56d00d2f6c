package org.bilet.demo;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import org.bilet.catalog.Priority;
import org.bilet.people.Organization;
import org.bilet.sla.Holiday;
import org.bilet.sla.SlaCalendar;
import org.bilet.sla.SlaPolicy;
import org.bilet.sla.WeeklyHours;

/**
 * The offices' calendars with their real public holidays (Warsaw and Vilnius), and policies per
 * priority and for the Lithuanian customer, from sla.json: the policies the schema starts with are
 * redefined, the others created.
 */
final class DemoSla {

    static final String RESOURCE = "sla.json";

    private final EntityManager em;
    private final DemoCatalog.Result catalog;

    DemoSla(EntityManager em, DemoCatalog.Result catalog) {
        this.em = em;
        this.catalog = catalog;
    }

    void create() {
        var json = DemoJson.read(RESOURCE);
        var calendars = new HashMap<String, SlaCalendar>();
        calendars.put("always", em.createNamedQuery(SlaCalendar.BY_KEY, SlaCalendar.class).setParameter("key", "always").getSingleResult());
        for (var c : json.getJsonArray("calendars").getValuesAs(JsonObject.class)) {
            var opens = LocalTime.parse(c.getString("opens"));
            var closes = LocalTime.parse(c.getString("closes"));
            var hours = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream().map(d -> new WeeklyHours(d, opens, closes)).toList();
            var holidays = c.getJsonArray("holidays").stream()
                    .map(h -> h.asJsonArray().getValuesAs(JsonString.class))
                    .map(h -> new Holiday(LocalDate.parse(h.get(0).getString()), h.get(1).getString()))
                    .toList();
            var calendar = new SlaCalendar(c.getString("key"), c.getString("name"), ZoneId.of(c.getString("zone")), hours, holidays);
            em.persist(calendar);
            calendars.put(calendar.key(), calendar);
        }
        for (var p : json.getJsonArray("policies").getValuesAs(JsonObject.class)) {
            var seeded = em.createNamedQuery(SlaPolicy.BY_KEY, SlaPolicy.class).setParameter("key", p.getString("key"))
                    .getResultStream().findFirst();
            var policy = seeded.orElseGet(() -> new SlaPolicy(p.getString("key")));
            policy.redefine(p.getString("name"), p.getInt("position"), p.getBoolean("fallback", false),
                    calendars.get(p.getString("calendar")),
                    new SlaPolicy.Conditions(priority(p), null, null, organization(p), null),
                    new SlaPolicy.Targets(p.getInt("firstResponse"), p.getInt("nextResponse"), p.getInt("resolution"),
                            SlaPolicy.DEFAULT_WARNING_PERCENT, SlaPolicy.DEFAULT_AUTO_CLOSE_DAYS));
            if (seeded.isEmpty()) {
                em.persist(policy);
            }
        }
    }

    private Priority priority(JsonObject policy) {
        return policy.containsKey("priority") ? catalog.priority(policy.getString("priority")) : null;
    }

    private Organization organization(JsonObject policy) {
        return policy.containsKey("organization")
                ? em.createQuery("select o from Organization o where o.name = :name and o.parent is null", Organization.class)
                        .setParameter("name", policy.getString("organization")).getSingleResult()
                : null;
    }
}
