package org.frontdesk.audit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontdesk.audit.AuditRecord;
import org.jspecify.annotations.Nullable;

/**
 * Writes audit entries as RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, quote or line
 * break). A cell that a spreadsheet would run as a formula ({@code = + - @}, tab, carriage return) gets a leading
 * single quote: usernames and details are typed by people, and a typed username reaches the trail unchecked.
 */
final class AuditCsv {

    static final List<String> HEADER = List.of("id", "when", "username", "role", "action", "outcome",
            "resource type", "resource id", "patient ids", "channel", "client address", "detail");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Writer out;
    private final ZoneId zone;

    AuditCsv(Writer out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    void header() {
        row(HEADER);
    }

    void write(AuditRecord entry) {
        row(java.util.Arrays.asList(Long.toString(entry.id()), WHEN.format(entry.occurredAt().atZone(zone)),
                entry.username(), entry.role(), entry.action().name(), entry.outcome().name(), entry.resourceType(),
                entry.resourceId(), entry.patientIds().stream().map(UUID::toString).collect(Collectors.joining(" ")),
                entry.channel(), entry.clientAddress(), entry.detail()));
    }

    private void row(List<@Nullable String> cells) {
        try {
            out.write(cells.stream().map(AuditCsv::cell).collect(Collectors.joining(",", "", "\r\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        var safe = switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
