package org.frontdesk.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.patients.PatientId;
import org.frontdesk.scheduling.Booking.Booked;
import org.frontdesk.scheduling.Booking.Conflict;
import org.frontdesk.security.Permission;
import org.frontdesk.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking and the appointment lifecycle. Every method checks the caller's permission and writes an audit entry in
 * the same transaction as the work. Overlaps are refused by PostgreSQL itself (ADR 4); this class turns a refusal
 * into a {@link Conflict} that names what holds the time.
 */
@Service
public class Appointments {

    /** How often a booking retries when the appointment it clashed with was cancelled before it could be named. */
    private static final int ATTEMPTS = 3;

    private final AppointmentRepository repository;
    private final BookingCheck check;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final BookingsInFlight inFlight;

    Appointments(AppointmentRepository repository, BookingCheck check, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager,
            BookingsInFlight inFlight) {
        this.inFlight = inFlight;
        this.repository = repository;
        this.check = check;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Books the patient unless the provider or the room is taken. With {@code overbook} (and the OVERBOOK
     * permission) taken time is booked anyway and stored as overbooked; free time is booked normally. Time outside
     * the provider's template (working hours, breaks, exceptions, holidays, blocks for another type) is refused,
     * unless the request asks to book outside the template, which also needs the OVERBOOK permission, and is then
     * stored as such.
     *
     * @throws InvalidBooking when the request breaks a rule, or does not fit the template; nothing is stored
     * @throws AccessDeniedException when overbooking or booking outside the template without the OVERBOOK
     *     permission
     */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    public Booking book(BookingRequest request) {
        mayOverride(request, AuditAction.CREATE, null);
        // Outside a caller's transaction a booking is checked against the set-up kept in memory and stored by one
        // statement, which finds taken time through the exclusion constraints (ADR 20). Overbooking, past or
        // backwards times and bookings inside a caller's transaction first read the set-up facts and the time taken
        // (ADR 14), so that they hear their own messages; the insert stays the last word for the races that read
        // cannot see.
        boolean lookForTakenTime = !request.overbook()
                && !request.start().isBefore(now().truncatedTo(ChronoUnit.MINUTES))
                && (request.end() == null || request.end().isAfter(request.start()));
        // A clerk whose time overlaps a booking this server is making waits for it, and one whose time a booking
        // committed here a moment ago holds is answered from memory (ADR 17). Not inside a caller's transaction: its
        // uncommitted bookings could keep the one it waits for waiting.
        boolean alone = lookForTakenTime && !TransactionSynchronizationManager.isActualTransactionActive();
        var admission = alone ? inFlight.admit(request) : new BookingsInFlight.Admission.Go(null);
        Booking outcome = switch (admission) {
            case BookingsInFlight.Admission.Taken taken -> new Conflict(taken.clashes());
            case BookingsInFlight.Admission.Go go -> {
                try {
                    yield alone ? bookInOneStatement(request, go.flight())
                            : bookThroughDatabase(request, lookForTakenTime);
                } finally {
                    inFlight.landed(go.flight(), null);
                }
            }
        };
        if (outcome instanceof Conflict conflict) {
            // The audit's writer keeps the clerk waiting; two hundred clerks waiting with a connection each would
            // leave none for the others' bookings (ADR 14).
            audit.record(new AuditEntry(AuditAction.CREATE, AuditOutcome.FAILED, "Appointment", null,
                    List.of(request.patient().value()), "time taken: " + kinds(conflict)));
        }
        return outcome;
    }

    /** Overbooking, past or backwards times, and bookings inside a caller's transaction (series, bulk moves). */
    private Booking bookThroughDatabase(BookingRequest request, boolean lookForTakenTime) {
        var facts = check.facts(request, lookForTakenTime);
        return facts.taken().isEmpty()
                // A programmatic transaction, so that a refusal is audited after it has handed its connection back
                // (in book). Inside a caller's transaction this joins it, as @Transactional did.
                ? transactions.execute(status -> bookInTransaction(request, facts))
                : new Conflict(facts.taken());
    }

    /**
     * Outside a caller's transaction: the appointment, its first status change and its audit entry in one statement
     * that commits on its own (ADR 18). The request is checked against the set-up kept in memory, and the statement
     * stores nothing unless that is still the set-up (ADR 20): a booking is one round trip. Whatever the copy in
     * memory refuses is checked again against facts read from the database, which name every broken rule.
     */
    private Booking bookInOneStatement(BookingRequest request, BookingsInFlight.@Nullable Flight flight) {
        var now = now();
        var id = AppointmentId.random();
        var entry = audit.inStatement(bookedEntry(id, request.patient(), false));
        var user = StaffMember.currentUsername();
        var setup = check.keptSetup();
        boolean fromMemory = true;
        int setupChanges = 0;
        for (int attempt = 0; attempt <= ATTEMPTS; attempt++) {
            PracticeSetup.BookingFacts facts;
            if (fromMemory) {
                facts = setup.factsFor(request);
            } else {
                facts = check.facts(request, true);
                if (facts.setupVersion() > setup.version()) {
                    setup = check.setupNewerThan(setup.version()); // for the bookings after this one
                }
                if (!facts.taken().isEmpty()) {
                    return new Conflict(facts.taken());
                }
            }
            BookingCheck.Times times;
            try {
                times = check.check(request, now, facts);
            } catch (InvalidBooking refused) {
                if (!fromMemory) {
                    throw refused;
                }
                fromMemory = false; // the copy may be behind: the database's facts decide, and give the messages
                continue;
            }
            switch (repository.insertAudited(id, request, times, user, now, entry,
                    fromMemory ? facts.setupVersion() : null)) {
                case AppointmentRepository.Insertion.Stored stored -> {
                    var appointment = AppointmentRepository.inserted(id, request, times, false, now);
                    // committed: the clerks waiting for this booking go on at once
                    inFlight.landed(flight, appointment);
                    audit.chainSoon();
                    return announced(appointment, stored.patientOverlaps());
                }
                case AppointmentRepository.Insertion.TimeTaken taken -> {
                    var clashes = repository.clashes(request.provider(), request.room(), times.start(), times.end());
                    if (!clashes.isEmpty()) {
                        return new Conflict(clashes);
                    }
                    // what held the time was cancelled in between: try again
                }
                case AppointmentRepository.Insertion.SetupChanged changed -> {
                    setup = check.setupNewerThan(facts.setupVersion());
                    // while the set-up keeps changing, facts read a moment ago decide, as they did before ADR 20
                    fromMemory = ++setupChanges < 2;
                }
                // the facts read name the unknown patient, with any other rule the request breaks
                case AppointmentRepository.Insertion.PatientUnknown unknown -> fromMemory = false;
            }
        }
        throw new IllegalStateException("The calendar kept changing while booking; try again");
    }

    private Booking bookInTransaction(BookingRequest request, PracticeSetup.BookingFacts facts) {
        var now = now();
        var times = check.check(request, now, facts);
        var id = AppointmentId.random();
        return switch (insert(id, request, times, now)) {
            case Booked stored -> booked(stored.appointment(), facts.patientOverlaps());
            case Conflict conflict -> conflict;
        };
    }

    /** Overbooking and booking outside the template need the OVERBOOK permission; a refusal is audited. */
    private void mayOverride(BookingRequest request, AuditAction action, @Nullable AppointmentId id) {
        if (request.overbook() && !may(Permission.OVERBOOK)) {
            audit.record(new AuditEntry(action, AuditOutcome.DENIED, "Appointment", id == null ? null : id.toString(),
                    List.of(request.patient().value()), "overbooking without the OVERBOOK permission"));
            throw new AccessDeniedException("Overbooking needs the OVERBOOK permission");
        }
        if (request.bookOutsideTemplate() && !may(Permission.OVERBOOK)) {
            audit.record(new AuditEntry(action, AuditOutcome.DENIED, "Appointment", id == null ? null : id.toString(),
                    List.of(request.patient().value()), "outside the template without the OVERBOOK permission"));
            throw new AccessDeniedException("Booking outside the provider's template needs the OVERBOOK permission");
        }
    }

    /**
     * Inserts, or names the clash; overbooks only when asked and the time is really taken.
     *
     * @return what was stored (without the patient's overlaps), or the clash
     */
    private Booking insert(AppointmentId id, BookingRequest request, BookingCheck.Times times, Instant now) {
        var user = StaffMember.currentUsername();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (repository.insertUnlessTaken(id, request, times, false, user, now)) {
                return new Booked(AppointmentRepository.inserted(id, request, times, false, now), List.of());
            }
            var clashes = repository.clashes(request.provider(), request.room(), times.start(), times.end());
            if (clashes.isEmpty()) {
                continue; // what held the time was cancelled in between: try again
            }
            if (request.overbook()) {
                if (!repository.insertUnlessTaken(id, request, times, true, user, now)) {
                    throw new IllegalStateException("An overbooked appointment was refused"); // outside the constraints
                }
                return new Booked(AppointmentRepository.inserted(id, request, times, true, now), List.of());
            }
            return new Conflict(clashes);
        }
        throw new IllegalStateException("The calendar kept changing while booking; try again");
    }

    /**
     * @param overlapping the patient's appointments at overlapping times as read before the insert, or null to
     *     look them up now
     */
    private Booked booked(Appointment appointment, @Nullable List<AppointmentId> overlapping) {
        audit.record(bookedEntry(appointment.id(), appointment.patient(), appointment.overbooked()));
        return announced(appointment, overlapping);
    }

    private static AuditEntry bookedEntry(AppointmentId id, PatientId patient, boolean overbooked) {
        return new AuditEntry(AuditAction.CREATE, AuditOutcome.SUCCESS, "Appointment", id.toString(),
                List.of(patient.value()), overbooked ? "overbooked" : "booked");
    }

    /** The booking with the patient's other appointments at overlapping times, and its event. */
    private Booked announced(Appointment appointment, @Nullable List<AppointmentId> overlapping) {
        var id = appointment.id();
        var overlaps = overlapping != null && overlapping.isEmpty() ? List.<Appointment>of()
                : repository.patientOverlaps(appointment.patient(), appointment.start(), appointment.end(), id);
        events.publishEvent(new AppointmentBooked(id, appointment.patient(), appointment.provider(),
                appointment.start(), appointment.end(), appointment.overbooked()));
        return new Booked(appointment, overlaps);
    }

    /**
     * Moves the appointment to a new start (same provider, room, type and length): books the new one and marks the
     * old one RESCHEDULED with a link to it, both or neither. On a {@link Conflict} nothing changes. The new time
     * must fit the provider's template, as a booking must.
     *
     * @throws InvalidBooking when the new time is in the past or does not fit the template; nothing changes
     */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public Booking reschedule(AppointmentId id, int expectedVersion, Instant newStart) {
        return reschedule(id, expectedVersion, newStart, null);
    }

    /**
     * {@link #reschedule(AppointmentId, int, Instant)}, outside the provider's template if need be: with a reason,
     * and the OVERBOOK permission, like a booking outside the template.
     *
     * @param outsideTemplateReason null to keep to the template
     * @throws AccessDeniedException when a reason is given without the OVERBOOK permission
     */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional(noRollbackFor = AccessDeniedException.class) // keeps the DENIED entry; nothing else is written
    public Booking reschedule(AppointmentId id, int expectedVersion, Instant newStart,
            @Nullable String outsideTemplateReason) {
        var old = current(id, expectedVersion);
        return reschedule(old, newStart, old.provider(), old.room(), outsideTemplateReason);
    }

    /**
     * Moves the appointment to a new start with another provider or room at the same location (same type and
     * length), as a drag on the calendar does; otherwise as {@link #reschedule(AppointmentId, int, Instant)}. The new
     * provider must offer the type and the room must be at the location, or {@link InvalidBooking} says so.
     *
     * @param room null for no room
     */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public Booking reschedule(AppointmentId id, int expectedVersion, Instant newStart, ProviderId provider,
            @Nullable RoomId room) {
        return reschedule(current(id, expectedVersion), newStart, provider, room, null);
    }

    private Booking reschedule(Appointment old, Instant newStart, ProviderId provider, @Nullable RoomId room,
            @Nullable String outsideTemplateReason) {
        var id = old.id();
        var expectedVersion = old.version();
        old.status().moveTo(AppointmentStatus.RESCHEDULED);
        var now = now();
        var request = new BookingRequest(old.patient(), provider, old.location(), room, old.type(),
                newStart, newStart.plus(old.duration()), old.reason(), false, null, outsideTemplateReason != null,
                outsideTemplateReason);
        mayOverride(request, AuditAction.UPDATE, id);
        var times = check.check(request, now);
        var replacement = AppointmentId.random();
        var user = StaffMember.currentUsername();
        // a savepoint rather than rollback-only, so that a caller's own transaction (a bulk move) carries on
        var transaction = TransactionAspectSupport.currentTransactionStatus();
        var beforeMove = transaction.createSavepoint();
        // release the old time first, so that a move by a few minutes does not clash with itself
        if (!repository.changeStatus(id, expectedVersion, AppointmentStatus.RESCHEDULED, user, now, null, null,
                replacement)) {
            throw changedSinceRead(id);
        }
        var inserted = insert(replacement, request, times, now);
        if (inserted instanceof Conflict conflict) {
            transaction.rollbackToSavepoint(beforeMove);
            audit.record(new AuditEntry(AuditAction.UPDATE, AuditOutcome.FAILED, "Appointment", id.toString(),
                    List.of(old.patient().value()), "reschedule refused, time taken: " + kinds(conflict)));
            return conflict;
        }
        transaction.releaseSavepoint(beforeMove);
        var changed = (provider.equals(old.provider()) ? "" : ", provider changed")
                + (java.util.Objects.equals(room, old.room()) ? "" : ", room changed");
        audit.record(new AuditEntry(AuditAction.UPDATE, AuditOutcome.SUCCESS, "Appointment", id.toString(),
                List.of(old.patient().value()), "RESCHEDULED" + changed));
        var booked = booked(((Booked) inserted).appointment(), null);
        events.publishEvent(new AppointmentRescheduled(id, replacement, old.patient(), now));
        return booked;
    }

    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public Appointment confirm(AppointmentId id, int expectedVersion) {
        var appointment = move(id, expectedVersion, AppointmentStatus.CONFIRMED, null, null);
        events.publishEvent(new AppointmentConfirmed(id, appointment.patient(), statusTime(appointment)));
        return appointment;
    }

    /** Checks the patient in. */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public Appointment arrive(AppointmentId id, int expectedVersion) {
        var appointment = move(id, expectedVersion, AppointmentStatus.ARRIVED, null, null);
        events.publishEvent(new PatientArrived(id, appointment.patient(), statusTime(appointment)));
        return appointment;
    }

    /** The patient was taken to an exam room. */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public Appointment room(AppointmentId id, int expectedVersion) {
        var appointment = move(id, expectedVersion, AppointmentStatus.IN_ROOM, null, null);
        events.publishEvent(new PatientRoomed(id, appointment.patient(), statusTime(appointment)));
        return appointment;
    }

    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public Appointment startVisit(AppointmentId id, int expectedVersion) {
        var appointment = move(id, expectedVersion, AppointmentStatus.WITH_PROVIDER, null, null);
        events.publishEvent(new VisitStarted(id, appointment.patient(), statusTime(appointment)));
        return appointment;
    }

    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public Appointment checkOut(AppointmentId id, int expectedVersion) {
        var appointment = move(id, expectedVersion, AppointmentStatus.CHECKED_OUT, null, null);
        events.publishEvent(new PatientCheckedOut(id, appointment.patient(), statusTime(appointment)));
        return appointment;
    }

    /**
     * Calls the appointment off and frees its time.
     *
     * @throws InvalidBooking when no reason is given
     */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public Appointment cancel(AppointmentId id, int expectedVersion, String reason, CancelledBy by) {
        if (reason.isBlank() || reason.length() > BookingCheck.MAX_TEXT) {
            throw new InvalidBooking(java.util.Map.of("cancellationReason",
                    reason.isBlank() ? "Give a reason for the cancellation." : "Use at most 500 characters."));
        }
        var appointment = move(id, expectedVersion, AppointmentStatus.CANCELLED, by, reason.strip());
        events.publishEvent(new AppointmentCancelled(id, appointment.patient(), appointment.provider(),
                appointment.start(), appointment.end(), by, statusTime(appointment)));
        return appointment;
    }

    /** The patient did not come; frees the time. */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public Appointment noShow(AppointmentId id, int expectedVersion) {
        var appointment = move(id, expectedVersion, AppointmentStatus.NO_SHOW, null, null);
        events.publishEvent(new NoShowRecorded(id, appointment.patient(), statusTime(appointment)));
        return appointment;
    }

    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public Appointment get(AppointmentId id) {
        var appointment = repository.find(id).orElseThrow(() -> new AppointmentNotFound(id));
        audit.record(new AuditEntry(AuditAction.READ, AuditOutcome.SUCCESS, "Appointment", id.toString(),
                List.of(appointment.patient().value()), null));
        return appointment;
    }

    private Appointment move(AppointmentId id, int expectedVersion, AppointmentStatus target,
            @Nullable CancelledBy by, @Nullable String cancellationReason) {
        var appointment = current(id, expectedVersion);
        appointment.status().moveTo(target);
        if (!repository.changeStatus(id, expectedVersion, target, StaffMember.currentUsername(), now(), by,
                cancellationReason, null)) {
            throw changedSinceRead(id);
        }
        audit.record(new AuditEntry(AuditAction.UPDATE, AuditOutcome.SUCCESS, "Appointment", id.toString(),
                List.of(appointment.patient().value()), target.name()));
        return repository.find(id).orElseThrow();
    }

    private Appointment current(AppointmentId id, int expectedVersion) {
        var appointment = repository.find(id).orElseThrow(() -> new AppointmentNotFound(id));
        if (appointment.version() != expectedVersion) {
            throw new AppointmentChangedSinceRead(id, appointment.version());
        }
        return appointment;
    }

    private RuntimeException changedSinceRead(AppointmentId id) {
        return repository.find(id)
                .<RuntimeException>map(a -> new AppointmentChangedSinceRead(id, a.version()))
                .orElseGet(() -> new AppointmentNotFound(id));
    }

    private static Instant statusTime(Appointment appointment) {
        return appointment.reached(appointment.status()).orElseThrow();
    }

    private static String kinds(Conflict conflict) {
        return String.join(", ", conflict.clashes().stream().map(c -> c.kind().name()).distinct().toList());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean may(Permission permission) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> permission.name().equals(a.getAuthority()));
    }
}
