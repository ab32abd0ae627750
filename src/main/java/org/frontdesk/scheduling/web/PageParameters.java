package org.frontdesk.scheduling.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.frontdesk.scheduling.AppointmentId;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.ProviderId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** Reads the ids and dates that scheduling pages take in their URLs; ids only, never anything about a patient. */
final class PageParameters {

    private PageParameters() {}

    static LocationId location(String text) {
        return new LocationId(uuid(text, "Unknown location."));
    }

    /** @return null for "every provider" (no value) */
    static @Nullable ProviderId optionalProvider(@Nullable String text) {
        return text == null || text.isBlank() ? null : provider(text);
    }

    static ProviderId provider(String text) {
        if (text.isBlank()) {
            throw new UnreadableRequest(HttpStatus.BAD_REQUEST, "Choose a provider.");
        }
        return new ProviderId(uuid(text, "Unknown provider."));
    }

    static AppointmentId appointment(String text) {
        return new AppointmentId(uuid(text, "Unknown appointment."));
    }

    /** @return {@code otherwise} when no date was given */
    static LocalDate date(@Nullable String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UnreadableRequest(HttpStatus.BAD_REQUEST,
                    "The date must be a real date written as YYYY-MM-DD, for example 2026-03-09.");
        }
    }

    private static UUID uuid(String text, String unknown) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new UnreadableRequest(HttpStatus.NOT_FOUND, unknown);
        }
    }
}
