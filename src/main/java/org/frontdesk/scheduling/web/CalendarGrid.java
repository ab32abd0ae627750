package org.frontdesk.scheduling.web;

import java.util.List;
import org.frontdesk.scheduling.CalendarEntry;
import org.jspecify.annotations.Nullable;

/**
 * A calendar laid out for the page: columns side by side, time running down. Every position is in minutes from the
 * column's top ({@code data-top}, {@code data-minutes}); {@code calendar.js} turns them into pixels, since the
 * Content Security Policy allows no style attributes.
 *
 * @param zone the IANA zone the times are shown in
 * @param minutes how long the grid runs, top to bottom
 */
record CalendarGrid(String zone, int minutes, List<Mark> marks, List<Column> columns) {

    /** The room column of appointments without a room (an empty attribute would vanish from the page). */
    static final String NO_ROOM = "none";

    /** An hour line; {@code minutes} to the next line. */
    record Mark(String label, int top, int minutes) {}

    /**
     * One column.
     *
     * @param start the instant at the column's top (ISO-8601), from which the browser computes a clicked time
     * @param provider the provider that booking or dropping here means; null in a room column
     * @param room the room that dropping here means: a room id, {@link #NO_ROOM}, or null when the column is no room
     * @param link the page that the column's heading opens (a provider's week, a day)
     * @param now where the current time runs, when it is inside this column
     */
    record Column(String title, @Nullable String subtitle, @Nullable String colour, @Nullable String link,
            String start, @Nullable String provider, @Nullable String room, String location, boolean bookable,
            List<Block> blocks, List<Busy> busy, List<Shade> shades, @Nullable Integer now) {}

    /**
     * An appointment.
     *
     * @param where the other location, or in a room column the provider: what the block adds to its title
     * @param css status, overbooked and movable classes
     */
    record Block(CalendarEntry entry, int top, int minutes, int lane, int lanes, String time, String range,
            String typeName, String colour, String status, @Nullable String where, String css, boolean movable) {

        /** The block's tooltip; names are PHI, but a tooltip is page body. */
        public String title() {
            return range + " · " + entry.patientName() + " · " + typeName + " · " + status
                    + (entry.overbooked() ? " · overbooked" : "") + (where == null ? "" : " · " + where);
        }
    }

    /** A provider's time at another location. */
    record Busy(int top, int minutes, String label) {}

    /** Time outside the provider's working hours. */
    record Shade(int top, int minutes) {}
}
