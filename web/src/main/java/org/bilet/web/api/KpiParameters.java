package org.bilet.web.api;

import jakarta.ws.rs.QueryParam;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Locale;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.InvalidInputException.FieldError;
import org.bilet.reports.kpi.KpiFilter;
import org.bilet.tickets.Channel;

/**
 * The query parameters that choose what a KPI report covers ({@code from}, {@code to}, {@code zone},
 * {@code team}, {@code category}, {@code priority}, {@code channel}, {@code organization},
 * {@code agent}), read as text so that a malformed one gets a 400 naming it rather than JAX-RS's 404.
 * The zone defaults to the caller's; unknown names are refused by the KPI service.
 */
public class KpiParameters {

    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("zone")
    String zone;
    @QueryParam("team")
    String team;
    @QueryParam("category")
    String category;
    @QueryParam("priority")
    String priority;
    @QueryParam("channel")
    String channel;
    @QueryParam("organization")
    String organization;
    @QueryParam("agent")
    String agent;

    public KpiFilter filter(String callersZone) {
        var errors = new ArrayList<FieldError>();
        var first = date("from", from, errors);
        var last = date("to", to, errors);
        ZoneId zoneId = null;
        try {
            zoneId = ZoneId.of(blank(zone) ? callersZone : zone.strip());
        } catch (DateTimeException e) {
            errors.add(new FieldError("zone", "zone must be a time zone such as Europe/Warsaw, not '" + Problem.shown(zone) + "'."));
        }
        Channel via = null;
        if (!blank(channel)) {
            try {
                via = Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("channel", "channel must be one of " + java.util.Arrays.toString(Channel.values())
                        + ", not '" + Problem.shown(channel) + "'."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new KpiFilter(first, last, zoneId, given(team), given(category), given(priority), via, given(organization), given(agent));
    }

    private static LocalDate date(String name, String value, java.util.List<FieldError> errors) {
        if (blank(value)) {
            errors.add(new FieldError(name, name + " is required: a date such as 2026-11-30."));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, name + " must be a date such as 2026-11-30, not '" + Problem.shown(value) + "'."));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String given(String value) {
        return blank(value) ? null : value.strip();
    }
}
