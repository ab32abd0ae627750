package org.frontdesk.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.security.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The conflict assistant: after a template change, an exception (a sick day) or a holiday, lists the provider's
 * appointments that no longer fit with proposed new times, and moves the ones the office chose in one go, all or
 * nothing; every moved patient gets a notice ({@link AppointmentMovedByOffice}). See
 * docs/adr/0015-conflict-assistant.md.
 */
@Service
public class ConflictResolution {

    /** Alternatives proposed per appointment: enough to choose from, few enough to keep time for the others. */
    static final int ALTERNATIVES = 3;

    private final Availability availability;
    private final FreeSlots freeSlots;
    private final Appointments appointments;
    private final CalendarRepository calendar;
    private final AppointmentRepository repository;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ConflictResolution(Availability availability, FreeSlots freeSlots, Appointments appointments,
            CalendarRepository calendar, AppointmentRepository repository, AuditTrail audit,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
        this.availability = availability;
        this.freeSlots = freeSlots;
        this.appointments = appointments;
        this.calendar = calendar;
        this.repository = repository;
        this.audit = audit;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** {@link #displaced(ProviderId, LocalDate, LocalDate)} for every future appointment of the provider. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public List<Displaced> displaced(ProviderId provider) {
        return displaced(provider, earliest(), null);
    }

    /**
     * The provider's future booked or confirmed appointments that no longer fit the template, in time order, each
     * with up to {@value #ALTERNATIVES} alternatives. The alternatives are chosen for the list as a whole: none
     * overlaps another's of the same provider, so whatever the office picks for each, the picks never clash with
     * each other. Shows patients' names, so the read is audited (one entry listing them, as the day view does).
     *
     * @param firstDay the first local date; null, or a day before yesterday (UTC), for every future appointment
     * @param lastDay the last local date, inclusive; null for every future appointment
     */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public List<Displaced> displaced(ProviderId provider, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay) {
        var earliest = earliest();
        var misfits = availability.misfits(provider,
                firstDay == null || firstDay.isBefore(earliest) ? earliest : firstDay, lastDay);
        if (misfits.isEmpty()) {
            return List.of();
        }
        var from = misfits.stream().map(m -> m.time().start()).min(Instant::compareTo).orElseThrow();
        var until = misfits.stream().map(m -> m.time().end()).max(Instant::compareTo).orElseThrow();
        Map<AppointmentId, CalendarEntry> entries = calendar.ofProvider(provider, from, until,
                        AppointmentStatus.ACTIVE).stream()
                .collect(Collectors.toMap(CalendarEntry::id, Function.identity()));
        var proposed = new ArrayList<FreeSlot>();
        var rooms = new ArrayList<Alternative>();
        var displaced = new ArrayList<Displaced>();
        for (var misfit : misfits) {
            var entry = entries.get(misfit.appointment());
            if (entry == null || !entry.movable()) {
                continue; // changed since the misfits were read: the next look shows it as it is
            }
            var slots = freeSlots.nearest(misfit.type(), provider, misfit.location(), misfit.time().start(),
                    misfit.time().duration(), proposed, ALTERNATIVES);
            proposed.addAll(slots);
            // one appointment's alternatives may overlap each other (only one is chosen): rooms are checked
            // against the other appointments' proposals only
            var alternatives = slots.stream().map(slot -> new Alternative(slot, roomFor(entry, slot, rooms)))
                    .toList();
            alternatives.stream().filter(a -> a.room() != null).forEach(rooms::add);
            displaced.add(new Displaced(entry, misfit, alternatives));
        }
        audit.record(new AuditEntry(AuditAction.READ, AuditOutcome.SUCCESS, "Appointment", null,
                displaced.stream().map(d -> d.appointment().patient().value()).distinct().toList(),
                "conflicts of provider " + provider + ": " + displaced.size() + " appointments"));
        return List.copyOf(displaced);
    }

    /**
     * Moves every chosen appointment in one transaction: all of them, or none when one cannot move (its new time
     * was taken since the list was read, it changed, or it no longer needs moving). Each move is an ordinary
     * {@link Appointments#reschedule} (checked against the template, refused by PostgreSQL on taken time, audited);
     * only appointments that are still displaced may be moved here, so every notice gives a true reason.
     *
     * @return {@link BulkMove.Moved} with one {@link AppointmentMovedByOffice} per appointment, also published; or
     *     {@link BulkMove.Refused} naming the appointment that could not move, with fresh proposals for all
     */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    public BulkMove moveAll(ProviderId provider, List<MoveChoice> choices) {
        if (choices.isEmpty()) {
            return new BulkMove.Moved(List.of());
        }
        // a transaction of its own rather than @Transactional: the refusal is audited after the rollback, so that
        // its entry is kept while the moves (and their entries) are not
        try {
            var moved = Objects.requireNonNull(transactions.execute(status -> moveEach(provider, choices)));
            return new BulkMove.Moved(moved);
        } catch (NotMoved refused) {
            // the transaction rolled back: the moves, their audit entries and their events' after-commit work
            audit.record(new AuditEntry(AuditAction.UPDATE, AuditOutcome.FAILED, "Appointment",
                    refused.appointment.toString(), List.of(), "bulk move of " + choices.size()
                            + " appointments of provider " + provider + " refused, nothing moved: " + refused.reason));
            return new BulkMove.Refused(refused.appointment, refused.reason, displaced(provider, earliest(), null));
        }
    }

    private List<AppointmentMovedByOffice> moveEach(ProviderId provider, List<MoveChoice> choices) {
        // re-derived in the transaction: the template may have changed again since the page was shown
        var stillDisplaced = availability.misfits(provider, earliest(), null).stream()
                .collect(Collectors.toMap(Misfit::appointment, Function.identity()));
        var seen = new HashSet<AppointmentId>();
        var moved = new ArrayList<AppointmentMovedByOffice>();
        var now = clock.instant();
        for (var choice : choices) {
            var misfit = stillDisplaced.get(choice.appointment());
            if (misfit == null || !seen.add(choice.appointment())) {
                throw new NotMoved(choice.appointment(), "It no longer needs moving: it fits the template again, "
                        + "or it was moved, cancelled or checked in meanwhile.");
            }
            var outcome = reschedule(choice);
            switch (outcome) {
                case Booking.Conflict conflict -> throw new NotMoved(choice.appointment(),
                        "Its new time was taken meanwhile.");
                case Booking.Booked booked -> {
                    var replacement = booked.appointment();
                    moved.add(new AppointmentMovedByOffice(choice.appointment(), replacement.id(),
                            replacement.patient(), provider, misfit.time(), replacement.provider(),
                            new TimeRange(replacement.start(), replacement.end()), misfit.message(), now));
                }
            }
        }
        audit.record(new AuditEntry(AuditAction.UPDATE, AuditOutcome.SUCCESS, "Appointment", null,
                moved.stream().map(m -> m.patient().value()).distinct().toList(),
                "bulk move of " + moved.size() + " appointments of provider " + provider
                        + " off changed working time"));
        moved.forEach(events::publishEvent);
        return moved;
    }

    /** One move; what refuses it refuses the batch (the whole transaction rolls back, so nothing half-moved stays). */
    private Booking reschedule(MoveChoice choice) {
        try {
            return appointments.reschedule(choice.appointment(), choice.version(), choice.start(), choice.provider(),
                    choice.room());
        } catch (AppointmentChangedSinceRead | AppointmentNotFound | TransitionRefused e) {
            throw new NotMoved(choice.appointment(), "Someone changed it meanwhile.");
        } catch (InvalidBooking e) {
            throw new NotMoved(choice.appointment(), "Its new time cannot be booked: "
                    + String.join(" ", e.fieldErrors().values()));
        }
    }

    /**
     * The appointment's room, unless an appointment (other than itself) or an earlier proposal of this list holds
     * it then: proposals are checked per provider by the free-slot search, rooms only here.
     */
    private @Nullable RoomId roomFor(CalendarEntry entry, FreeSlot slot, List<Alternative> proposedWithRooms) {
        var room = entry.room();
        if (room == null) {
            return null;
        }
        var time = slot.time();
        boolean proposedAlready = proposedWithRooms.stream()
                .anyMatch(a -> room.equals(a.room()) && a.time().overlaps(time));
        boolean taken = repository.clashes(slot.provider(), room, time.start(), time.end()).stream()
                .anyMatch(c -> c.kind() == Clash.Kind.ROOM && !c.appointment().equals(entry.id()));
        return proposedAlready || taken ? null : room;
    }

    /** Yesterday in UTC: today somewhere in the practice; the misfits themselves start no earlier than now. */
    private LocalDate earliest() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
    }

    /** Rolls the batch back; carries no patient data. */
    private static final class NotMoved extends RuntimeException {

        private final AppointmentId appointment;
        private final String reason;

        NotMoved(AppointmentId appointment, String reason) {
            super("Bulk move refused at appointment " + appointment + ": " + reason, null, false, false);
            this.appointment = appointment;
            this.reason = reason;
        }
    }
}
