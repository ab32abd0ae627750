package org.frontdesk.scheduling.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads what the clerk typed or a link carried: dates, times of day and ids. Each parse answers empty for bad input;
 * the caller words the message, which never repeats the input.
 */
final class ScheduleInput {

    static final String DATE_HINT = "That is not a date; use YYYY-MM-DD or MM/DD/YYYY.";
    static final String TIME_HINT = "That is not a time; use e.g. 9:30, 9:30 AM or 14:15.";

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(
            ResolverStyle.STRICT);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(
            ResolverStyle.STRICT);
    /** 9, 9:30, 0930, 9.30, each optionally followed by am/pm (a.m., p, ...). */
    private static final Pattern TIME = Pattern.compile(
            "^(\\d{1,2})(?:[:.]?(\\d{2}))?\\s*(?:([ap])\\.?\\s*m?\\.?)?$", Pattern.CASE_INSENSITIVE);

    private ScheduleInput() {}

    static Optional<LocalDate> date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var trimmed = text.strip();
        for (var format : new DateTimeFormatter[] {ISO, US}) {
            try {
                return Optional.of(LocalDate.parse(trimmed, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    static Optional<LocalTime> time(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        var matcher = TIME.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        var half = matcher.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.toLowerCase(Locale.ROOT).equals("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    static Optional<UUID> id(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
