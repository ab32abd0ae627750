package org.frontdesk.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.patients.Patient;
import org.frontdesk.patients.Patients;
import org.frontdesk.security.Permission;
import org.frontdesk.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patients waiting for earlier or specific time, and the offers made to staff when freed time fits them
 * (docs/adr/0012-wait-list.md). Offers are recorded by {@code OfferingFreedTime} after a cancellation, a no-show or a
 * reschedule commits; staff book one here, through {@link Appointments#book}, which checks the time again. Every read
 * and change is authorised and audited; a note is never put into an audit entry or a message.
 */
@Service
public class WaitList {

    /** The most lines a list shows; a wait list longer than this needs a filter, not a longer page. */
    public static final int MAX_LINES = 200;
    private static final String BOOKED_REASON = "From the wait list";
    private static final String ALREADY_WAITING = "The patient is already on the wait list for this type.";

    private final WaitListRepository repository;
    private final PracticeSetup practice;
    private final AppointmentRepository appointmentRows;
    private final BookingCheck check;
    private final Appointments appointments;
    private final Patients patients;
    private final AuditTrail audit;
    private final Clock clock;

    WaitList(WaitListRepository repository, PracticeSetup practice, AppointmentRepository appointmentRows,
            BookingCheck check, Appointments appointments, Patients patients, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.practice = practice;
        this.appointmentRows = appointmentRows;
        this.check = check;
        this.appointments = appointments;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Puts the patient on the wait list.
     *
     * @throws InvalidWaitListEntry when the request breaks a rule, or the patient already waits for the type;
     *     nothing is stored
     */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public WaitListEntry add(WaitListRequest request) {
        var errors = check(request, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new InvalidWaitListEntry(errors);
        }
        var id = WaitListEntryId.random();
        try {
            repository.insert(id, request, StaffMember.currentUsername(), now());
        } catch (DuplicateKeyException e) { // a second clerk added the same patient and type meanwhile
            throw new InvalidWaitListEntry(Map.of("type", ALREADY_WAITING));
        }
        audit.record(new AuditEntry(AuditAction.CREATE, AuditOutcome.SUCCESS, "WaitListEntry", id.toString(),
                List.of(request.patient().value()), request.priority().name()));
        return repository.find(id).orElseThrow();
    }

    private Map<String, String> check(WaitListRequest request, LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        if (!appointmentRows.patientExists(request.patient())) {
            errors.put("patient", "Unknown patient.");
        }
        var type = practice.typeLength(request.type());
        if (type.isEmpty() || !type.get().active()) {
            errors.put("type", "Unknown or inactive appointment type.");
        }
        if (request.provider() != null) {
            if (!practice.providerIsActive(request.provider())) {
                errors.put("provider", "Unknown or inactive provider.");
            } else if (!errors.containsKey("type") && !practice.offers(request.provider(), request.type())) {
                errors.put("provider", "This provider does not offer the type.");
            }
        }
        if (request.location() != null && !practice.locationActive(request.location()).orElse(false)) {
            errors.put("location", "Unknown or inactive location.");
        }
        if (request.latest().isBefore(request.earliest())) {
            errors.put("latest", "The last day must not be before the first.");
        } else if (request.latest().isBefore(today)) {
            errors.put("latest", "That window has passed; choose a last day from today on.");
        } else if (request.latest().isAfter(today.plusYears(1))) {
            errors.put("latest", "Choose a last day within a year.");
        }
        if (request.note() != null && request.note().length() > BookingCheck.MAX_TEXT) {
            errors.put("note", "Use at most 500 characters.");
        }
        if (!errors.containsKey("type") && !errors.containsKey("patient")
                && repository.waitingExists(request.patient(), request.type())) {
            errors.put("type", ALREADY_WAITING);
        }
        return errors;
    }

    /** Waiting entries in priority order (most urgent first, then longest waiting), audited as one read. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public List<WaitingPatient> waiting(WaitListFilter filter) {
        var lines = repository.waiting(filter, MAX_LINES);
        if (lines.isEmpty()) {
            return lines;
        }
        var names = patients.findAll(lines.stream().map(l -> l.entry().patient()).toList(), "wait list");
        return lines.stream().map(l -> {
            var patient = names.get(l.entry().patient());
            return new WaitingPatient(l.entry(), patient == null ? null : patient.details().name().filingName(),
                    l.typeName(), l.providerName(), l.locationName());
        }).toList();
    }

    /** @throws WaitListNotFound when no entry has the id */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public WaitListEntry get(WaitListEntryId id) {
        var entry = repository.find(id).orElseThrow(() -> new WaitListNotFound(id));
        audit.record(new AuditEntry(AuditAction.READ, AuditOutcome.SUCCESS, "WaitListEntry", id.toString(),
                List.of(entry.patient().value()), null));
        return entry;
    }

    /**
     * Takes the entry off the list; its open offers are gone.
     *
     * @throws InvalidWaitListEntry when no reason is given
     * @throws WaitListNotFound when no entry has the id
     * @throws IllegalStateException when the entry is not waiting or changed since it was read
     */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public WaitListEntry remove(WaitListEntryId id, int expectedVersion, String reason) {
        if (reason.isBlank() || reason.length() > BookingCheck.MAX_TEXT) {
            throw new InvalidWaitListEntry(Map.of("reason", reason.isBlank()
                    ? "Give a reason for taking the patient off the list." : "Use at most 500 characters."));
        }
        var entry = repository.find(id).orElseThrow(() -> new WaitListNotFound(id));
        var user = StaffMember.currentUsername();
        var now = now();
        if (!repository.remove(id, expectedVersion, reason.strip(), user, now)) {
            throw new IllegalStateException("The entry is no longer waiting, or was changed meanwhile");
        }
        repository.goneForEntry(id, user, now);
        audit.record(new AuditEntry(AuditAction.UPDATE, AuditOutcome.SUCCESS, "WaitListEntry", id.toString(),
                List.of(entry.patient().value()), "REMOVED"));
        return repository.find(id).orElseThrow();
    }

    /**
     * Offers for time that has not begun, grouped by freed time and in rank order; taken and gone ones too, so staff
     * see what happened to each. Audited as one read naming every patient shown.
     */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public List<WaitListOffer> offers() {
        var offers = repository.offers(now(), MAX_LINES);
        if (offers.isEmpty()) {
            return offers;
        }
        var names = patients.findAll(offers.stream().map(WaitListOffer::patient).toList(), "wait list offers");
        return offers.stream().map(o -> named(o, names.get(o.patient()))).toList();
    }

    /**
     * How many freed times, not begun and still free, have open offers: the number beside "Wait list" in every
     * page's navigation, so that the desk hears of a cancellation without opening the list. A count names no
     * patient, so it is not audited.
     */
    @PreAuthorize(Permission.READ_SCHEDULE)
    public int freedTimesOnOffer() {
        return repository.freedTimesOnOffer(now());
    }

    /**
     * Books the offer's patient into the freed time through {@link Appointments#book}, which checks it again: the
     * entry becomes BOOKED, the offer TAKEN, and the other offers for that time and for that entry are gone. When
     * the time was taken meanwhile, or no longer fits, nothing is booked and the offers for the time are gone.
     *
     * @throws WaitListNotFound when no offer has the id
     */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public OfferBooking book(WaitListOfferId id) {
        var offer = repository.lockOffer(id).orElseThrow(() -> new WaitListNotFound(id));
        var entry = repository.find(offer.entry()).orElseThrow();
        var user = StaffMember.currentUsername();
        var now = now();
        if (offer.status() != WaitListOffer.Status.OPEN) {
            return new OfferBooking.Gone(offer.status() == WaitListOffer.Status.TAKEN
                    ? "This offer was booked already." : "This time went to another patient, or the entry closed.");
        }
        if (!entry.waiting()) {
            repository.goneForEntry(entry.id(), user, now);
            return new OfferBooking.Gone("The patient is no longer waiting.");
        }
        var request = BookingRequest.of(entry.patient(), offer.provider(), offer.location(), offer.room(),
                entry.type(), offer.time().start(), BOOKED_REASON).endingAt(offer.time().end());
        try {
            // checked here first: Appointments#book throwing would mark this whole transaction for rollback
            check.check(request, now);
        } catch (InvalidBooking e) {
            repository.goneForTime(offer.freedBy(), user, now);
            return new OfferBooking.Gone("The time no longer fits: " + String.join(" ", e.fieldErrors().values()));
        }
        var outcome = appointments.book(request);
        if (outcome instanceof Booking.Conflict conflict && offer.room() != null
                && conflict.clashes().stream().allMatch(clash -> clash.kind() == Clash.Kind.ROOM)) {
            // the provider's time is free and only the room was taken since: the time is what was offered
            outcome = appointments.book(BookingRequest.of(entry.patient(), offer.provider(), offer.location(), null,
                    entry.type(), offer.time().start(), BOOKED_REASON).endingAt(offer.time().end()));
        }
        return switch (outcome) {
            case Booking.Conflict conflict -> {
                repository.goneForTime(offer.freedBy(), user, now);
                yield new OfferBooking.Gone("That time was booked meanwhile; nothing was booked.");
            }
            case Booking.Booked booked -> {
                var appointment = booked.appointment();
                repository.markTaken(id, appointment.id(), user, now);
                repository.goneForTime(offer.freedBy(), user, now);
                repository.markBooked(entry.id(), appointment.id(), user, now);
                repository.goneForEntry(entry.id(), user, now);
                audit.record(new AuditEntry(AuditAction.UPDATE, AuditOutcome.SUCCESS, "WaitListEntry",
                        entry.id().toString(), List.of(entry.patient().value()), "BOOKED from offer " + id));
                yield new OfferBooking.Booked(appointment, booked.patientOverlaps());
            }
        };
    }

    private static WaitListOffer named(WaitListOffer o, @Nullable Patient patient) {
        return new WaitListOffer(o.id(), o.entry(), o.patient(),
                patient == null ? null : patient.details().name().filingName(), o.priority(), o.type(), o.typeName(),
                o.provider(), o.providerName(), o.location(), o.locationName(), o.room(), o.roomName(), o.zone(),
                o.time(), o.rank(),
                o.status(), o.timeStillFree(), o.freedBy(), o.createdAt());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
