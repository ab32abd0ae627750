package org.frontdesk.scheduling.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.Holiday;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.TemplatePeriod;
import org.frontdesk.scheduling.TimeOff;


/**
 * A provider's template at one location as a week of columns, Monday to Sunday: the periods that apply on each date
 * of the week, placed by time of day (data-top and data-height in tenths of a percent of the hours shown, which
 * setup.js turns into positions), with the week's exceptions and holidays named on their days.
 */
record TemplateWeek(LocalDate monday, int firstHour, int lastHour, List<Column> columns) {

    record Column(DayOfWeek day, LocalDate date, String label, List<Entry> entries, List<String> away) {}

    /**
     * @param kind working, break or block, as a CSS class
     * @param label what the entry says: "9:00–17:00", "Break 12:00–13:00", "New patient 9:00–11:00"
     */
    record Entry(TemplatePeriod period, String kind, String label, String colour, int top, int height) {}

    static TemplateWeek of(LocalDate anyDay, LocationId location, List<TemplatePeriod> template, List<TimeOff> away,
            List<Holiday> holidays, Map<AppointmentTypeId, String> typeNames, Map<AppointmentTypeId, String> colours) {
        var monday = anyDay.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var here = template.stream().filter(p -> p.location().equals(location)).toList();
        int first = here.stream().mapToInt(p -> p.start().getHour()).min().orElse(8);
        int last = here.stream().mapToInt(p -> p.runsUntilMidnight() ? 24
                : p.end().getHour() + (p.end().getMinute() > 0 ? 1 : 0)).max().orElse(18);
        first = Math.min(first, 8);
        last = Math.max(last, 18);
        var columns = new ArrayList<Column>();
        for (int i = 0; i < 7; i++) {
            var date = monday.plusDays(i);
            var entries = new ArrayList<Entry>();
            for (var period : here.stream().filter(p -> p.appliesOn(date))
                    .sorted(Comparator.comparing(TemplatePeriod::kind).thenComparing(TemplatePeriod::start)).toList()) {
                entries.add(entry(period, first, last, typeNames, colours));
            }
            var absent = new ArrayList<String>();
            holidays.stream().filter(h -> h.day().equals(date) && h.appliesAt(location))
                    .forEach(h -> absent.add("Holiday: " + h.name()));
            away.stream().filter(off -> off.touches(date) && off.appliesAt(location))
                    .forEach(off -> absent.add(off.kind().label() + hours(off, date)));
            columns.add(new Column(date.getDayOfWeek(), date, date.getDayOfWeek().getDisplayName(TextStyle.SHORT,
                    Locale.US) + " " + date.getMonthValue() + "/" + date.getDayOfMonth(), entries, absent));
        }
        return new TemplateWeek(monday, first, last, columns);
    }

    /** The hours shown down the side: "8 AM", "9 AM", ... */
    public List<String> hourLabels() {
        var labels = new ArrayList<String>();
        for (int h = firstHour; h < lastHour; h++) {
            labels.add((h % 12 == 0 ? 12 : h % 12) + (h < 12 ? " AM" : " PM"));
        }
        return labels;
    }

    private static Entry entry(TemplatePeriod p, int first, int last, Map<AppointmentTypeId, String> typeNames,
            Map<AppointmentTypeId, String> colours) {
        int span = (last - first) * 60;
        int from = p.start().getHour() * 60 + p.start().getMinute() - first * 60;
        int to = (p.runsUntilMidnight() ? 24 * 60 : p.end().getHour() * 60 + p.end().getMinute()) - first * 60;
        var time = range(p.start(), p.end());
        var type = p.reservedFor();
        var label = switch (p.kind()) {
            case WORKING -> time;
            case BREAK -> "Break " + time;
            case BLOCK -> typeNames.getOrDefault(type, "Reserved") + " " + time;
        };
        var colour = type == null ? "#94a3b8" : colours.getOrDefault(type, "#94a3b8");
        return new Entry(p, p.kind().name().toLowerCase(Locale.ROOT), label, colour, from * 1000 / span,
                (to - from) * 1000 / span);
    }

    static String range(LocalTime start, LocalTime end) {
        return Times.TIME.format(start) + "–" + (end.equals(LocalTime.MIDNIGHT) ? "midnight" : Times.TIME.format(end));
    }

    private static String hours(TimeOff off, LocalDate date) {
        var from = off.firstDay().equals(date) ? off.from() : null;
        var until = off.lastDay().equals(date) ? off.until() : null;
        if (from == null && until == null) {
            return "";
        }
        return " " + (from == null ? "until " + Times.TIME.format(until) : until == null
                ? "from " + Times.TIME.format(from) : range(from, until));
    }

}
