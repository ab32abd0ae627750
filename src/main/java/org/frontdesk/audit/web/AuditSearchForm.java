package org.frontdesk.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.frontdesk.audit.AuditFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The review filter as typed: a patient's id (linked from the patient page), a username, and practice dates, both
 * inclusive. Nothing in it is PHI, so it travels in the query string and can be bookmarked.
 */
record AuditSearchForm(@Nullable String patient, @Nullable String username, @Nullable String from,
        @Nullable String to, @Nullable String page) {

    static final int PAGE_SIZE = 50;

    sealed interface Parsed {}

    record Valid(AuditFilter filter, int page) implements Parsed {
        int offset() {
            return (page - 1) * PAGE_SIZE;
        }
    }

    record Invalid(Map<String, String> errors) implements Parsed {}

    /** Turns practice dates into instants in the practice's zone: "to" covers the whole of its day. */
    Parsed parse(ZoneId zone) {
        var errors = new LinkedHashMap<String, String>();
        UUID patientId = null;
        if (present(patient)) {
            try {
                patientId = UUID.fromString(patient.strip());
            } catch (IllegalArgumentException e) {
                errors.put("patient", "Not a patient id. Open the audit trail from the patient's page.");
            }
        }
        var fromDate = date(from, "from", errors);
        var toDate = date(to, "to", errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.put("to", "The end date is before the start date.");
        }
        int pageNumber = 1;
        if (present(page)) {
            try {
                pageNumber = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                pageNumber = 0;
            }
            if (pageNumber < 1 || pageNumber > 100_000) {
                errors.put("page", "No such page.");
            }
        }
        if (!errors.isEmpty()) {
            return new Invalid(Map.copyOf(errors));
        }
        return new Valid(new AuditFilter(patientId, present(username) ? username.strip() : null,
                fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(zone).toInstant()), pageNumber);
    }

    /** This filter's URL at another page, or at another path (the CSV export); blank criteria are left out. */
    String link(String path, @Nullable Integer pageNumber) {
        var uri = UriComponentsBuilder.fromPath(path);
        addIfPresent(uri, "patient", patient);
        addIfPresent(uri, "username", username);
        addIfPresent(uri, "from", from);
        addIfPresent(uri, "to", to);
        if (pageNumber != null && pageNumber > 1) {
            uri.queryParam("page", pageNumber);
        }
        return uri.encode().build().toUriString();
    }

    /** What was filtered on, for the review's own audit entry: usernames and dates, never patient data. */
    String describe(Valid valid) {
        var parts = new StringBuilder();
        if (present(username)) {
            parts.append("username=").append(username.strip()).append(' ');
        }
        if (present(from)) {
            parts.append("from=").append(from.strip()).append(' ');
        }
        if (present(to)) {
            parts.append("to=").append(to.strip()).append(' ');
        }
        return parts.append("page=").append(valid.page()).toString();
    }

    private static void addIfPresent(UriComponentsBuilder uri, String name, @Nullable String value) {
        if (present(value)) {
            uri.queryParam(name, value.strip());
        }
    }

    private static @Nullable LocalDate date(@Nullable String text, String field, Map<String, String> errors) {
        if (!present(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Use a date like 2026-11-23.");
            return null;
        }
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
