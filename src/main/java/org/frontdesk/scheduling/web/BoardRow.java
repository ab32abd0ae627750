package org.frontdesk.scheduling.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.frontdesk.scheduling.AppointmentStatus;
import org.frontdesk.scheduling.Visit;
import org.jspecify.annotations.Nullable;

/**
 * One line of the flow board, ready to print: every value the template shows is worked out here, once, so that a
 * board of 300 lines costs the template one plain property read per value (Thymeleaf's expression checks dominate
 * otherwise). Times are in the location's zone; the instants (epoch ms) are what {@code flow.js} ticks from.
 *
 * @param rowClass the line's CSS classes: its status, and whether the patient is late or the line just changed
 * @param expected booked or confirmed, not here yet: the late cue applies
 * @param lateBy "n min late" when the start has passed without a check-in
 * @param patientLink the patient's page
 * @param waitClass the wait's CSS classes: long from 15 minutes, overdue from 30
 * @param waitedFor the wait so far, "m:ss" (blank before check-in)
 * @param inRoomSince when the patient was roomed, while still waiting there for the provider
 * @param action where the line's step buttons post (ids only); null when no step is left
 */
record BoardRow(
        String id,
        String rowClass,
        int version,
        long startMillis,
        boolean expected,
        String time,
        @Nullable String lateBy,
        String patientName,
        String patientLink,
        boolean overbooked,
        String provider,
        String type,
        String typeColour,
        String room,
        String statusLabel,
        String arrived,
        @Nullable Long arrivedMillis,
        @Nullable Long visitStartedMillis,
        String waitClass,
        String waitedFor,
        @Nullable Long inRoomSince,
        String inRoomFor,
        @Nullable String action,
        List<Button> buttons) {

    /** A step button: its form posts {@code step} with the line's version. */
    record Button(String step, String label, String css, String ariaLabel, @Nullable String confirm) {}

    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    /** @param query the board's own query (location and provider), so that a step answers with the same board */
    static BoardRow of(Visit visit, Instant asOf, String query, boolean changed) {
        var waited = visit.waited(asOf);
        boolean expected = visit.status() == AppointmentStatus.BOOKED || visit.status() == AppointmentStatus.CONFIRMED;
        var late = visit.late(asOf) ? Duration.between(visit.start(), asOf).toMinutes() + " min late" : null;
        var roomed = visit.status() == AppointmentStatus.IN_ROOM ? visit.roomedAt() : null;
        var name = visit.patientName() == null ? "—" : visit.patientName();
        var id = visit.id().toString();
        var steps = Step.after(visit.status());
        return new BoardRow(id,
                "visit " + StatusLabel.cssClass(visit.status()) + (late != null ? " late" : "")
                        + (changed ? " changed" : ""),
                visit.version(),
                visit.start().toEpochMilli(),
                expected,
                CLOCK.format(visit.start().atZone(visit.zone())),
                late,
                name,
                "/patients/" + visit.patient(),
                visit.overbooked(),
                visit.provider().displayName(),
                visit.type() + (visit.telemedicine() ? " (video)" : ""),
                visit.typeColour(),
                visit.room() == null ? "—" : visit.room(),
                StatusLabel.of(visit.status()),
                visit.arrivedAt() == null ? "" : CLOCK.format(visit.arrivedAt().atZone(visit.zone())),
                millis(visit.arrivedAt()),
                millis(visit.visitStartedAt()),
                ("wait total " + waited.map(BoardRow::cue).orElse("")).strip(),
                waited.map(BoardRow::clock).orElse(""),
                millis(roomed),
                roomed == null ? "" : clock(Duration.between(roomed, asOf)),
                steps.isEmpty() ? null : "/flow/appointments/" + id + query,
                steps.stream().map(step -> new Button(step.path(), step.label(),
                        step.ending() ? "small secondary outline" : "small", step.label() + " " + name,
                        step.ending() ? "Mark this patient as a no-show?" : null)).toList());
    }

    /** "m:ss", or "h:mm:ss" from an hour on; the same format {@code flow.js} ticks in. */
    static String clock(Duration duration) {
        var d = duration.isNegative() ? Duration.ZERO : duration;
        return d.toHours() > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
    }

    /** The CSS class that colours a wait: long from 15 minutes, overdue from 30. */
    static String cue(Duration waited) {
        if (waited.compareTo(Visit.OVERDUE_WAIT) >= 0) {
            return "wait-overdue";
        }
        return waited.compareTo(Visit.LONG_WAIT) >= 0 ? "wait-long" : "";
    }

    private static @Nullable Long millis(@Nullable Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
