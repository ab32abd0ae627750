package org.frontdesk.scheduling.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.frontdesk.scheduling.InvalidBooking;
import org.frontdesk.scheduling.Recurrence;
import org.jspecify.annotations.Nullable;

/**
 * The booking form's "Repeat" part, as typed: every how many weeks or months, and either how many times or until
 * which date. The first occurrence is the date and time of the booking form itself.
 *
 * @param repeat "true" when the clerk ticked "Repeat"
 * @param unit "weeks" (also when missing), "months" (the same day of the month) or "weekday-of-month" (the same
 *     weekday of the month: the 2nd Tuesday)
 * @param ends "count" or "until"
 */
record RepeatForm(@Nullable String repeat, @Nullable String every, @Nullable String unit, @Nullable String ends,
        @Nullable String count, @Nullable String until) {

    sealed interface Parsed {}

    record Valid(Recurrence recurrence) implements Parsed {}

    record Invalid(Map<String, String> errors) implements Parsed {}

    static RepeatForm none() {
        return new RepeatForm(null, "1", "weeks", "count", "8", null);
    }

    public boolean on() {
        return "true".equals(repeat) || "on".equals(repeat);
    }

    public boolean untilDate() {
        return "until".equals(ends);
    }

    /** Every so many months, by the day of the month or by the weekday of the month. */
    public boolean monthly() {
        return "months".equals(unit) || byWeekdayOfMonth();
    }

    public boolean byWeekdayOfMonth() {
        return "weekday-of-month".equals(unit);
    }

    /** Errors are keyed by this form's fields: repeatEvery, repeatCount, repeatUntil. */
    Parsed parse(LocalDate first, LocalTime at) {
        var errors = new LinkedHashMap<String, String>();
        var weeks = number(every);
        if (unit != null && !unit.isBlank() && !"weeks".equals(unit) && !monthly()) {
            errors.put("repeatEvery", "Choose weeks or months.");
        } else if (weeks == null) {
            errors.put("repeatEvery", monthly() ? "Enter a number of months." : "Enter a number of weeks.");
        }
        Integer times = null;
        LocalDate last = null;
        if (untilDate()) {
            last = ScheduleInput.date(until).orElse(null);
            if (last == null) {
                errors.put("repeatUntil", ScheduleInput.blank(until) ? "Enter the last date." : ScheduleInput.DATE_HINT);
            }
        } else {
            times = number(count);
            if (times == null) {
                errors.put("repeatCount", "Enter how many appointments.");
            }
        }
        if (!errors.isEmpty() || weeks == null) {
            return new Invalid(errors);
        }
        try {
            return new Valid(new Recurrence(first, at, weeks,
                    byWeekdayOfMonth() ? Recurrence.Unit.MONTHS_BY_WEEKDAY
                            : monthly() ? Recurrence.Unit.MONTHS : Recurrence.Unit.WEEKS,
                    times, last));
        } catch (InvalidBooking e) {
            return new Invalid(onFormFields(e.fieldErrors()));
        }
    }

    /** The rule's field names, moved onto the form's. */
    static Map<String, String> onFormFields(Map<String, String> errors) {
        var moved = new LinkedHashMap<String, String>();
        errors.forEach((field, message) -> moved.put(switch (field) {
            case "every" -> "repeatEvery";
            case "count" -> "repeatCount";
            case "until" -> "repeatUntil";
            default -> field;
        }, message));
        return moved;
    }

    private static @Nullable Integer number(@Nullable String text) {
        if (text == null || !text.strip().matches("[0-9]{1,3}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }
}
