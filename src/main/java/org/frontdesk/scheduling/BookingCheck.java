package org.frontdesk.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a booking request against the practice set-up and the provider's template before anything is written, in
 * two round trips (the set-up facts, then the template). Whether the time is taken is PostgreSQL's last word (ADR 4);
 * the facts' read can tell it earlier for what is committed already (ADR 14).
 */
@Component
class BookingCheck {

    static final Duration LONGEST = Duration.ofHours(12);
    static final int MAX_TEXT = 500;

    /**
     * The time a valid request asks for.
     *
     * @param outsideTemplate it does not fit the provider's template and the request asked to book it anyway
     */
    record Times(Instant start, Instant end, boolean outsideTemplate) {}

    private final PracticeSetup practice;
    private final AvailabilityRepository workingTime;
    /** The set-up as last read (ADR 20); null until a booking first needs it. */
    private volatile @Nullable BookableSetup kept;

    BookingCheck(PracticeSetup practice, AvailabilityRepository workingTime) {
        this.practice = practice;
        this.workingTime = workingTime;
    }

    /**
     * The set-up facts the request is checked against and, with {@code lookForTakenTime}, what already holds its
     * time: one read (ADR 14).
     */
    PracticeSetup.BookingFacts facts(BookingRequest request, boolean lookForTakenTime) {
        return practice.bookingFacts(request, lookForTakenTime);
    }

    /** The set-up as last read, to check a request against without a round trip (ADR 20). */
    BookableSetup keptSetup() {
        var setup = kept;
        return setup != null ? setup : setupNewerThan(Long.MIN_VALUE);
    }

    /**
     * The set-up read again, unless a copy newer than {@code stale} is kept already: when clerks find the counter
     * moved on together, one of them reads it.
     */
    synchronized BookableSetup setupNewerThan(long stale) {
        var setup = kept;
        if (setup == null || setup.version() <= stale) {
            setup = practice.bookableSetup();
            kept = setup;
        }
        return setup;
    }

    /** @throws InvalidBooking naming every broken rule; the messages never repeat the input */
    Times check(BookingRequest request, Instant now) {
        return check(request, now, facts(request, false));
    }

    /**
     * {@link #check(BookingRequest, Instant)} against facts read already.
     *
     * @throws InvalidBooking naming every broken rule; the messages never repeat the input
     */
    Times check(BookingRequest request, Instant now, PracticeSetup.BookingFacts facts) {
        var errors = new LinkedHashMap<String, String>();
        if (!facts.patientKnown()) {
            errors.put("patient", "Unknown patient.");
        }
        boolean providerKnown = facts.providerActive();
        if (!providerKnown) {
            errors.put("provider", "Unknown or inactive provider.");
        }
        // deactivated ones take no new bookings; they were deactivated only once nothing booked ahead referred to
        // them (PracticeAdministration), so no move of an appointment already booked is refused for it
        if (facts.locationActive() == null) {
            errors.put("location", "Unknown location.");
        } else if (!facts.locationActive()) {
            errors.put("location", "This location is no longer in use.");
        }
        if (request.room() != null) {
            var at = facts.room();
            if (at == null) {
                errors.put("room", "Unknown room.");
            } else if (!at.location().equals(request.location())) {
                errors.put("room", "The room is at another location.");
            } else if (!at.active()) {
                errors.put("room", "This room is no longer in use.");
            }
        }
        var length = Optional.ofNullable(facts.type());
        var minutes = length.map(PracticeSetup.TypeLength::minutes);
        if (length.isEmpty()) {
            errors.put("type", "Unknown appointment type.");
        } else if (!length.get().active()) {
            errors.put("type", "This appointment type is no longer offered.");
        } else if (providerKnown && !facts.offered()) {
            errors.put("type", "The provider does not offer this appointment type.");
        }
        var start = request.start();
        if (start.isBefore(now.truncatedTo(ChronoUnit.MINUTES))) {
            errors.put("start", "The start is in the past.");
        }
        var end = request.end() != null ? request.end()
                : minutes.map(m -> start.plus(Duration.ofMinutes(m))).orElse(null);
        if (end != null && !end.isAfter(start)) {
            errors.put("end", "The end must be after the start.");
        } else if (end != null && Duration.between(start, end).compareTo(LONGEST) > 0) {
            errors.put("end", "An appointment lasts at most 12 hours.");
        }
        if (request.reason() != null && request.reason().length() > MAX_TEXT) {
            errors.put("reason", "Use at most 500 characters.");
        }
        if (request.overbook()) {
            reasonGiven(request.overbookReason(), "overbookReason", "Give a reason for overbooking.", errors);
        }
        if (request.bookOutsideTemplate()) {
            reasonGiven(request.outsideTemplateReason(), "outsideTemplateReason",
                    "Give a reason for booking outside the provider's hours.", errors);
        }
        if (!errors.isEmpty() || end == null) {
            throw new InvalidBooking(errors);
        }
        // only a request that is otherwise right is held against the template: one message at a time
        var fit = workingTime.fit(request.provider(), request.location(), request.type(), new TimeRange(start, end),
                facts.setupVersion());
        if (fit instanceof Fit.Outside(var why, var message) && !request.bookOutsideTemplate()) {
            throw new InvalidBooking(Map.of("start", message));
        }
        return new Times(start, end, !fit.fits());
    }

    private static void reasonGiven(@Nullable String why, String field, String missing, Map<String, String> errors) {
        if (why == null || why.isBlank()) {
            errors.put(field, missing);
        } else if (why.length() > MAX_TEXT) {
            errors.put(field, "Use at most 500 characters.");
        }
    }
}
