package org.frontdesk.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exception to a provider's template, in the office's words: vacation, a conference, a sick day. Whole days, or
 * from a time on the first day until a time on the last day, in the local time of each location where it applies.
 * (In code it is "time off", because a Java type named {@code ...Exception} reads as something thrown.)
 *
 * @param location where the provider is away; null: at every location
 * @param from the time the provider leaves on the first day; null: from the start of the day
 * @param until the time the provider is back on the last day; null: the end of the day
 * @param note a short note for the office (not patient data); at most 200 characters
 */
public record TimeOff(
        TimeOffId id,
        ProviderId provider,
        @Nullable LocationId location,
        Kind kind,
        LocalDate firstDay,
        @Nullable LocalTime from,
        LocalDate lastDay,
        @Nullable LocalTime until,
        @Nullable String note) {

    public enum Kind {
        VACATION("Vacation"),
        CONFERENCE("Conference"),
        SICK_DAY("Sick day"),
        OTHER("Away");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** @throws InvalidSetup when it ends before it starts, or the note is too long */
    public TimeOff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        // midnight as either end is the same as no time: the start or the end of that day
        from = LocalTime.MIDNIGHT.equals(from) ? null : from;
        until = LocalTime.MIDNIGHT.equals(until) ? null : until;
        note = note == null || note.isBlank() ? null : note.strip();
        if (!localStart(firstDay, from).isBefore(localEnd(lastDay, until))) {
            throw InvalidSetup.of("until", "The end must be after the start.");
        }
        if (note != null && note.length() > 200) {
            throw InvalidSetup.of("note", "Use at most 200 characters.");
        }
    }

    /** Whole days, {@code firstDay} to {@code lastDay} inclusive. */
    public static TimeOff days(ProviderId provider, @Nullable LocationId location, Kind kind, LocalDate firstDay,
            LocalDate lastDay) {
        return new TimeOff(TimeOffId.random(), provider, location, kind, firstDay, null, lastDay, null, null);
    }

    /** Some hours of one day. */
    public static TimeOff hours(ProviderId provider, @Nullable LocationId location, Kind kind, LocalDate day,
            LocalTime from, LocalTime until) {
        return new TimeOff(TimeOffId.random(), provider, location, kind, day, from, day, until, null);
    }

    public TimeOff withNote(@Nullable String text) {
        return new TimeOff(id, provider, location, kind, firstDay, from, lastDay, until, text);
    }

    /** Whether any part of the exception falls on that local date. */
    public boolean touches(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    public boolean appliesAt(LocationId at) {
        return location == null || location.equals(at);
    }

    private static LocalDateTime localStart(LocalDate day, @Nullable LocalTime time) {
        return day.atTime(time == null ? LocalTime.MIDNIGHT : time);
    }

    private static LocalDateTime localEnd(LocalDate day, @Nullable LocalTime time) {
        return time == null ? day.plusDays(1).atStartOfDay() : day.atTime(time);
    }
}
