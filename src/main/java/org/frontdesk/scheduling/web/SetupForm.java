package org.frontdesk.scheduling.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.frontdesk.scheduling.InvalidSetup;
import org.jspecify.annotations.Nullable;

/** What a set-up form's parse gives: the value to store, or a message per field that is wrong. */
sealed interface SetupForm<T> {

    record Valid<T>(T value) implements SetupForm<T> {}

    record Invalid<T>(Map<String, String> errors) implements SetupForm<T> {}

    /**
     * Builds the value when the form's own checks found nothing; otherwise still builds it with stand-ins for the
     * unreadable fields, so that the record's rules speak for the other fields too (one round of corrections).
     */
    static <T> SetupForm<T> of(Map<String, String> errors, Supplier<T> build) {
        var all = new LinkedHashMap<>(errors);
        T value = null;
        try {
            value = build.get();
        } catch (InvalidSetup e) {
            e.fieldErrors().forEach(all::putIfAbsent);
        }
        return all.isEmpty() && value != null ? new Valid<>(value) : new Invalid<>(all);
    }

    /** A ticked checkbox sends "true" (or "on" from a plain HTML checkbox without a value). */
    static boolean ticked(@Nullable String value) {
        return "true".equals(value) || "on".equals(value);
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
