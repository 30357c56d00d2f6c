package org.bilet.web.session;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.bilet.sla.WeeklyHours;

/**
 * A calendar's weekly hours as people read them: consecutive days with the same hours in one
 * entry ("Mon–Fri 08:00–16:00"), 00:00–00:00 as the whole day ("Sat–Sun 00:00–24:00").
 */
public final class Timetable {

    private Timetable() {
    }

    public static List<String> of(List<WeeklyHours> hours, Locale locale) {
        var sorted = hours.stream().sorted(Comparator.comparing(WeeklyHours::day).thenComparing(WeeklyHours::opens)).toList();
        var entries = new ArrayList<String>();
        int i = 0;
        while (i < sorted.size()) {
            var first = sorted.get(i);
            int j = i;
            while (j + 1 < sorted.size() && sameHours(sorted.get(j + 1), first)
                    && sorted.get(j + 1).day().getValue() == sorted.get(j).day().getValue() + 1) {
                j++;
            }
            var last = sorted.get(j);
            var days = first.day() == last.day() ? day(first.day(), locale) : day(first.day(), locale) + "–" + day(last.day(), locale);
            entries.add(days + " " + first.opens() + "–" + (first.closes().equals(first.opens()) ? "24:00" : first.closes().toString()));
            i = j + 1;
        }
        return entries;
    }

    private static boolean sameHours(WeeklyHours a, WeeklyHours b) {
        return a.opens().equals(b.opens()) && a.closes().equals(b.closes());
    }

    private static String day(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.SHORT, locale);
    }
}
