package org.frontdesk.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.security.Permission;
import org.frontdesk.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring appointments ("weekly × 8", "every 2 weeks until June"). Each occurrence is booked through
 * {@link Appointments}, so it gets every check, audit entry and the exclusion constraints a single booking gets;
 * this class adds the series around them and never deletes any of it (ADR 11). Occurrences that cannot be booked are
 * kept and listed, so that the front desk can book an alternative for each.
 */
@Service
public class RecurringAppointments {

    private static final String SERIES = "AppointmentSeries";

    private final SeriesRepository series;
    private final Appointments appointments;
    private final BookingCheck check;
    private final AvailabilityRepository places;
    private final SeriesAlternatives alternatives;
    private final AuditTrail audit;
    private final Clock clock;

    RecurringAppointments(SeriesRepository series, Appointments appointments, BookingCheck check,
            AvailabilityRepository places, SeriesAlternatives alternatives, AuditTrail audit, Clock clock) {
        this.series = series;
        this.appointments = appointments;
        this.check = check;
        this.places = places;
        this.alternatives = alternatives;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Books every occurrence that fits and keeps the others as clashes, each with why it did not fit. A request that
     * is wrong as a whole (an unknown patient, a first date in the past, a bad rule) stores nothing.
     *
     * @throws InvalidBooking naming the broken rules; nothing is stored
     */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public AppointmentSeries book(SeriesRequest request) {
        var zone = places.zoneOf(request.location())
                .orElseThrow(() -> new InvalidBooking(Map.of("location", "Unknown location.")));
        var rule = request.recurrence();
        var now = now();
        var first = ZonedDateTime.of(rule.firstDate(), rule.startTime(), zone).toInstant();
        if (first.isBefore(now.truncatedTo(ChronoUnit.MINUTES))) {
            throw new InvalidBooking(Map.of("start", "The first appointment is in the past."));
        }
        // what is wrong with the first occurrence other than its time is wrong with the series: refused before
        // anything is written
        misfit(occurrence(request, first), now);
        var id = SeriesId.random();
        series.insert(id, request, StaffMember.currentUsername(), now);
        int number = 0;
        int booked = 0;
        for (var date : rule.dates()) {
            number++;
            var local = date.atTime(rule.startTime());
            // in a spring-forward gap the rule's time does not exist that day: a clash, never a silent shift
            var planned = ZonedDateTime.of(local, zone).toInstant();
            var instants = WallClock.instants(local, zone);
            if (instants.isEmpty()) {
                series.insertOccurrence(id, number, planned, null,
                        "That time does not exist on that day: the clocks go forward.");
                continue;
            }
            var occurrence = occurrence(request, instants.getFirst());
            var misfit = misfit(occurrence, now);
            if (misfit != null) {
                series.insertOccurrence(id, number, planned, null, misfit);
                continue;
            }
            switch (appointments.book(occurrence)) {
                case Booking.Booked ok -> {
                    series.insertOccurrence(id, number, planned, ok.appointment().id(), null);
                    booked++;
                }
                case Booking.Conflict taken -> series.insertOccurrence(id, number, planned, null, taken(taken));
            }
        }
        audit.record(new AuditEntry(AuditAction.CREATE, AuditOutcome.SUCCESS, SERIES, id.toString(),
                List.of(request.patient().value()), booked + " of " + number + " booked"));
        return alternatives.fill(series.find(id, false).orElseThrow());
    }

    private static BookingRequest occurrence(SeriesRequest request, Instant start) {
        return BookingRequest.of(request.patient(), request.provider(), request.location(), request.room(),
                request.type(), start, request.reason());
    }

    /**
     * Why the occurrence does not fit the provider's template (a holiday, an exception, outside hours), or null
     * when it does. Anything else wrong with it is wrong with the whole series and is thrown.
     */
    private @Nullable String misfit(BookingRequest occurrence, Instant now) {
        try {
            check.check(occurrence, now);
            return null;
        } catch (InvalidBooking e) {
            if (e.fieldErrors().keySet().equals(Set.of("start"))) {
                return e.fieldErrors().get("start");
            }
            throw e;
        }
    }

    private static String taken(Booking.Conflict conflict) {
        return conflict.clashes().stream().anyMatch(c -> c.kind() == Clash.Kind.PROVIDER)
                ? "The provider's time is taken." : "The room is taken.";
    }

    /** The series with every occurrence, and the nearest free alternatives for those still to be booked. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public AppointmentSeries get(SeriesId id) {
        var found = series.find(id, false).orElseThrow(() -> new SeriesNotFound(id));
        audit.record(new AuditEntry(AuditAction.READ, AuditOutcome.SUCCESS, SERIES, id.toString(),
                List.of(found.patient().value()), null));
        return alternatives.fill(found);
    }

    /**
     * The series an appointment is an occurrence of (also after it was rescheduled), for a link to the series page.
     * Names no patient, so it is not audited; opening the series is.
     */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional(readOnly = true)
    public Optional<SeriesId> seriesOf(AppointmentId appointment) {
        return series.seriesOf(appointment);
    }

    /**
     * Books an occurrence that clashed, at another time (and possibly with another provider or at another location,
     * as an alternative offers). The room stays only at the same location.
     *
     * @throws InvalidBooking when the occurrence is booked already, the series has ended there, or the booking
     *     breaks a rule; nothing is stored
     */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public Booking bookOccurrence(SeriesId id, int number, ProviderId provider, LocationId location, Instant start) {
        var found = changing(id);
        if (!found.occurrence(number).open()) {
            throw new InvalidBooking(Map.of("occurrence", "This occurrence is booked already or the series has ended."));
        }
        var room = location.equals(found.location()) ? found.room() : null;
        var outcome = appointments.book(BookingRequest.of(found.patient(), provider, location, room, found.type(),
                start, found.reason()));
        if (outcome instanceof Booking.Booked ok && !series.bookOccurrence(id, number, ok.appointment().id())) {
            throw new IllegalStateException("The occurrence was booked meanwhile"); // held by the row lock
        }
        return outcome;
    }

    /** Cancels this one occurrence; the rest of the series stays as it is. */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public Appointment cancel(SeriesId id, int number, int expectedVersion, String reason, CancelledBy by) {
        return appointments.cancel(activeAppointment(changing(id), number).id(), expectedVersion, reason, by);
    }

    /**
     * "This and following": cancels the occurrence and every later one that is still booked, and ends the series'
     * rule there. Earlier occurrences stay; the cancelled ones keep their status and reason.
     *
     * @return the series as it stands afterwards
     * @throws InvalidBooking when no reason is given
     */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public AppointmentSeries cancelFollowing(SeriesId id, int number, String reason, CancelledBy by) {
        if (reason.isBlank() || reason.length() > BookingCheck.MAX_TEXT) {
            throw new InvalidBooking(Map.of("cancellationReason",
                    reason.isBlank() ? "Give a reason for the cancellation." : "Use at most 500 characters."));
        }
        var found = changing(id);
        found.occurrence(number); // must exist
        int cancelled = 0;
        for (var occurrence : found.occurrences()) {
            if (occurrence.number() >= number && occurrence.active()) {
                var appointment = occurrence.appointment();
                appointments.cancel(appointment.id(), appointment.version(), reason, by);
                cancelled++;
            }
        }
        series.endBefore(id, number, StaffMember.currentUsername(), now());
        audit.record(new AuditEntry(AuditAction.UPDATE, AuditOutcome.SUCCESS, SERIES, id.toString(),
                List.of(found.patient().value()), "ended before occurrence " + number + ", " + cancelled
                        + " cancelled"));
        return series.find(id, false).orElseThrow();
    }

    /** Moves this one occurrence to a new start, as {@link Appointments#reschedule} does; the rest stay. */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public Booking move(SeriesId id, int number, int expectedVersion, Instant newStart) {
        return appointments.reschedule(activeAppointment(changing(id), number).id(), expectedVersion, newStart);
    }

    private AppointmentSeries changing(SeriesId id) {
        return series.find(id, true).orElseThrow(() -> new SeriesNotFound(id));
    }

    private static Appointment activeAppointment(AppointmentSeries found, int number) {
        var occurrence = found.occurrence(number);
        if (!occurrence.active()) {
            throw new InvalidBooking(Map.of("occurrence", "This occurrence is not booked ahead any more."));
        }
        return occurrence.appointment();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
