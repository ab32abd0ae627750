package org.frontdesk.scheduling.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.frontdesk.scheduling.CalendarDay;
import org.frontdesk.scheduling.CalendarEntry;
import org.frontdesk.scheduling.CalendarSetup;
import org.frontdesk.scheduling.CalendarWeek;
import org.jspecify.annotations.Nullable;

/**
 * Lays a day or a week out as a {@link CalendarGrid}. The grid runs 07:00 to 19:00 in the location's zone, longer
 * when an appointment or working hours fall outside; lines and positions count real minutes, so a DST day's grid is
 * an hour shorter or longer where the clocks change.
 */
final class CalendarGrids {

    static final int FIRST_HOUR = 7;
    static final int LAST_HOUR = 19;
    /** A block is never drawn shorter than this, so that its time stays readable. */
    static final int SHORTEST_BLOCK = 10;
    private static final String NO_TYPE_COLOUR = "#64748b";

    private CalendarGrids() {}

    /** One column per provider. */
    static CalendarGrid byProvider(CalendarDay day, CalendarSetup setup, List<CalendarSetup.Provider> providers,
            boolean mayWrite, Instant now) {
        var window = Window.of(day.date(), day.zone(), spans(day));
        var columns = new ArrayList<CalendarGrid.Column>();
        for (var provider : providers) {
            var top = window.top(day.date());
            var entries = day.appointments().stream().filter(e -> e.provider().equals(provider.id())).toList();
            var busy = day.elsewhere().stream().filter(b -> b.provider().equals(provider.id()))
                    .map(b -> new CalendarGrid.Busy(minutes(top, b.start(), window), length(top, b.start(), b.end(),
                            window), "At " + setup.location(b.location()).map(CalendarSetup.Location::name)
                                    .orElse("another location")))
                    .toList();
            columns.add(new CalendarGrid.Column(provider.displayName(), provider.specialty(), provider.colour(),
                    "/schedule/week?provider=" + provider.id() + "&location=" + day.location() + "&date=" + day.date(),
                    top.toString(), provider.id().toString(), null, day.location().toString(), mayWrite,
                    blocks(entries, top, window, setup, day.zone(), mayWrite, e -> null),
                    busy, shades(day.workingHours().get(provider.id()), top, window), nowLine(now, top, window)));
        }
        return new CalendarGrid(day.zone().getId(), window.minutes(day.date()), window.marks(day.date()), columns);
    }

    /** One column per room at the location, and one for appointments without a room. */
    static CalendarGrid byRoom(CalendarDay day, CalendarSetup setup, boolean mayWrite, Instant now) {
        var window = Window.of(day.date(), day.zone(), spans(day));
        var top = window.top(day.date());
        var columns = new ArrayList<CalendarGrid.Column>();
        var rooms = new ArrayList<Optional<CalendarSetup.Room>>();
        setup.roomsAt(day.location()).forEach(room -> rooms.add(Optional.of(room)));
        rooms.add(Optional.empty());
        for (var room : rooms) {
            var roomId = room.map(CalendarSetup.Room::id);
            var entries = day.appointments().stream()
                    .filter(e -> Objects.equals(Optional.ofNullable(e.room()), roomId)).toList();
            columns.add(new CalendarGrid.Column(room.map(CalendarSetup.Room::name).orElse("No room"), null, null, null,
                    top.toString(), null, roomId.map(Object::toString).orElse(CalendarGrid.NO_ROOM),
                    day.location().toString(), mayWrite, blocks(entries, top, window, setup, day.zone(), mayWrite,
                            e -> setup.provider(e.provider()).map(CalendarSetup.Provider::displayName).orElse(null)),
                    List.of(), List.of(), nowLine(now, top, window)));
        }
        return new CalendarGrid(day.zone().getId(), window.minutes(day.date()), window.marks(day.date()), columns);
    }

    /** One column per day of the provider's week. */
    static CalendarGrid week(CalendarWeek week, CalendarSetup setup, CalendarSetup.Location shownIn, boolean mayWrite,
            Instant now) {
        var zone = week.zone();
        var spans = new ArrayList<Instant[]>();
        week.appointments().forEach(e -> spans.add(new Instant[] {e.start(), e.end()}));
        week.workingHours().values()
                .forEach(hours -> hours.forEach(h -> spans.add(new Instant[] {h.start(), h.end()})));
        var window = Window.of(week.days(), zone, spans);
        var columns = new ArrayList<CalendarGrid.Column>();
        int longest = 0;
        for (var date : week.days()) {
            var top = window.top(date);
            longest = Math.max(longest, window.minutes(date));
            var entries = week.appointments().stream()
                    .filter(e -> e.start().atZone(zone).toLocalDate().equals(date)).toList();
            columns.add(new CalendarGrid.Column(Times.SHORT_DAY.format(date), null, null,
                    "/schedule/day?date=" + date + "&location=" + shownIn.id(), top.toString(),
                    week.provider().toString(), null, shownIn.id().toString(), mayWrite,
                    blocks(entries, top, window, setup, zone, mayWrite, e -> e.location().equals(shownIn.id()) ? null
                            : "at " + setup.location(e.location()).map(CalendarSetup.Location::name).orElse("?")),
                    List.of(), shades(week.workingHours().get(date), top, window), nowLine(now, top, window)));
        }
        return new CalendarGrid(zone.getId(), longest, window.marks(week.monday()), columns);
    }

    private static List<Instant[]> spans(CalendarDay day) {
        var spans = new ArrayList<Instant[]>();
        day.appointments().forEach(e -> spans.add(new Instant[] {e.start(), e.end()}));
        day.elsewhere().forEach(b -> spans.add(new Instant[] {b.start(), b.end()}));
        day.workingHours().values().forEach(hours -> hours.forEach(h -> spans.add(new Instant[] {h.start(), h.end()})));
        return spans;
    }

    private static List<CalendarGrid.Block> blocks(List<CalendarEntry> entries, Instant top, Window window,
            CalendarSetup setup, ZoneId zone, boolean mayWrite,
            java.util.function.Function<CalendarEntry, @Nullable String> where) {
        var spans = entries.stream().map(e -> new Lanes.Span(minutes(top, e.start(), window),
                length(top, e.start(), e.end(), window))).toList();
        var places = Lanes.place(spans);
        var blocks = new ArrayList<CalendarGrid.Block>();
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            var type = setup.type(entry.type());
            boolean movable = mayWrite && entry.movable();
            var css = "status-" + Statuses.css(entry.status()) + (entry.overbooked() ? " overbooked" : "")
                    + (movable ? " movable" : "") + (entry.status().isActive() ? "" : " inactive");
            blocks.add(new CalendarGrid.Block(entry, spans.get(i).top(), spans.get(i).minutes(), places.get(i).lane(),
                    places.get(i).lanes(), Times.SHORT_TIME.format(entry.start().atZone(zone)),
                    Times.range(entry.start(), entry.end(), zone),
                    type.map(CalendarSetup.AppointmentType::name).orElse("Appointment"),
                    type.map(CalendarSetup.AppointmentType::colour).orElse(NO_TYPE_COLOUR),
                    Statuses.label(entry.status()), where.apply(entry), css, movable));
        }
        return blocks;
    }

    /** The time outside the hours, when the hours are known. */
    private static List<CalendarGrid.Shade> shades(@Nullable List<CalendarDay.Hours> hours, Instant top,
            Window window) {
        if (hours == null) {
            return List.of();
        }
        var shades = new ArrayList<CalendarGrid.Shade>();
        int from = 0;
        var sorted = hours.stream().sorted(java.util.Comparator.comparing(CalendarDay.Hours::start)).toList();
        for (var h : sorted) {
            int start = minutes(top, h.start(), window);
            if (start > from) {
                shades.add(new CalendarGrid.Shade(from, start - from));
            }
            from = Math.max(from, minutes(top, h.end(), window));
        }
        int end = window.minutesFrom(top);
        if (end > from) {
            shades.add(new CalendarGrid.Shade(from, end - from));
        }
        return shades;
    }

    private static @Nullable Integer nowLine(Instant now, Instant top, Window window) {
        long offset = Duration.between(top, now).toMinutes();
        return offset >= 0 && offset < window.minutesFrom(top) ? (int) offset : null;
    }

    private static int minutes(Instant top, Instant at, Window window) {
        return (int) Math.clamp(Duration.between(top, at).toMinutes(), 0, window.minutesFrom(top));
    }

    private static int length(Instant top, Instant start, Instant end, Window window) {
        return Math.max(minutes(top, end, window) - minutes(top, start, window), SHORTEST_BLOCK);
    }

    /** The hours the grid shows each day: 07:00 to 19:00, widened to whole hours around anything outside. */
    private record Window(ZoneId zone, int firstHour, int lastHour) {

        static Window of(LocalDate date, ZoneId zone, List<Instant[]> spans) {
            return of(List.of(date), zone, spans);
        }

        static Window of(List<LocalDate> dates, ZoneId zone, List<Instant[]> spans) {
            int first = FIRST_HOUR;
            int last = LAST_HOUR;
            Predicate<LocalDate> shown = dates::contains;
            for (var span : spans) {
                var start = span[0].atZone(zone);
                var end = span[1].atZone(zone);
                if (shown.test(start.toLocalDate())) {
                    first = Math.min(first, start.getHour());
                    last = Math.max(last, end.toLocalDate().isAfter(start.toLocalDate()) ? 24
                            : end.getHour() + (end.toLocalTime().equals(LocalTime.of(end.getHour(), 0)) ? 0 : 1));
                } else if (shown.test(end.toLocalDate()) && end.isAfter(end.toLocalDate().atStartOfDay(zone))) {
                    first = 0; // began the day before
                }
            }
            return new Window(zone, first, last);
        }

        Instant top(LocalDate date) {
            return date.atTime(firstHour, 0).atZone(zone).toInstant();
        }

        Instant bottom(LocalDate date) {
            return lastHour == 24 ? date.plusDays(1).atStartOfDay(zone).toInstant()
                    : date.atTime(lastHour, 0).atZone(zone).toInstant();
        }

        int minutes(LocalDate date) {
            return (int) Duration.between(top(date), bottom(date)).toMinutes();
        }

        /** The grid's length for the column whose top is {@code top}. */
        int minutesFrom(Instant top) {
            return minutes(top.atZone(zone).toLocalDate());
        }

        List<CalendarGrid.Mark> marks(LocalDate date) {
            var top = top(date);
            var tops = new ArrayList<Integer>();
            var labels = new ArrayList<String>();
            for (int hour = firstHour; hour < lastHour; hour++) {
                var at = date.atTime(hour, 0).atZone(zone);
                int offset = (int) Duration.between(top, at.toInstant()).toMinutes();
                if (!tops.isEmpty() && offset <= tops.getLast()) {
                    continue; // the hour the clocks skip
                }
                tops.add(offset);
                labels.add(Times.HOUR.format(at));
            }
            var marks = new ArrayList<CalendarGrid.Mark>();
            int total = minutes(date);
            for (int i = 0; i < tops.size(); i++) {
                int next = i + 1 < tops.size() ? tops.get(i + 1) : total;
                marks.add(new CalendarGrid.Mark(labels.get(i), tops.get(i), next - tops.get(i)));
            }
            return marks;
        }
    }
}
