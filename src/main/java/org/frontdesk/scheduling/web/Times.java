package org.frontdesk.scheduling.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as a US front desk reads them: 9:30 AM, Mon 3/16. */
final class Times {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("h:mm", Locale.US);
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("h a", Locale.US);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE M/d", Locale.US);

    private Times() {}

    static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** "9:00–9:30 AM", or "11:30 AM–12:15 PM" across noon. */
    static String range(Instant start, Instant end, ZoneId zone) {
        var from = start.atZone(zone);
        var to = end.atZone(zone);
        var sameHalf = from.getHour() < 12 == to.getHour() < 12 && from.toLocalDate().equals(to.toLocalDate());
        return (sameHalf ? SHORT_TIME.format(from) : TIME.format(from)) + "–" + TIME.format(to);
    }

    /** "Mon 3/16, 9:02 AM". */
    static String dayAndTime(Instant instant, ZoneId zone) {
        return SHORT_DAY.format(instant.atZone(zone)) + ", " + time(instant, zone);
    }

    /** "Mon 3/16, 9:00–9:30 AM". */
    static String dayAndRange(Instant start, Instant end, ZoneId zone) {
        return SHORT_DAY.format(start.atZone(zone)) + ", " + range(start, end, zone);
    }
}
