package org.frontdesk.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a cancellation, a no-show or a reschedule frees time, records offers for the waiting entries it fits, in
 * priority order, for staff to book (never booked by itself).
 *
 * <p>It listens after commit, so that time freed by a transaction that then rolls back is never offered, and works in a
 * transaction of its own. A failure here is logged (ids only) and swallowed: the cancellation has been committed and
 * the clerk who made it must not see an error for it.
 */
@Component
class OfferingFreedTime {

    private static final Logger log = LoggerFactory.getLogger(OfferingFreedTime.class);

    private final AppointmentRepository appointments;
    private final AvailabilityRepository workingTime;
    private final WaitListRepository waitList;
    private final AuditTrail audit;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    OfferingFreedTime(AppointmentRepository appointments, AvailabilityRepository workingTime,
            WaitListRepository waitList, AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
        this.appointments = appointments;
        this.workingTime = workingTime;
        this.waitList = waitList;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void cancelled(AppointmentCancelled event) {
        offerTimeOf(event.appointment());
    }

    /** Mostly too late to offer anything; a no-show recorded ahead of time (the patient called) frees time. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void noShow(NoShowRecorded event) {
        offerTimeOf(event.appointment());
    }

    /** Moving an appointment away frees its old time, less whatever the replacement overlaps. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void rescheduled(AppointmentRescheduled event) {
        offerTimeOf(event.previous());
    }

    private void offerTimeOf(AppointmentId freed) {
        try {
            ownTransaction.executeWithoutResult(status -> offer(freed));
        } catch (RuntimeException e) {
            // class names only, as elsewhere: a database error's message can quote the row it refused
            log.warn("No wait list offers for the time freed by appointment {}: {}{}", freed, e.getClass().getName(),
                    e.getCause() == null ? "" : " <- " + e.getCause().getClass().getName());
        }
    }

    /** @return how many offers were made */
    int offer(AppointmentId freedBy) {
        var freed = appointments.find(freedBy).orElse(null);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (freed == null || AppointmentStatus.ACTIVE.contains(freed.status()) || !freed.start().isAfter(now)) {
            return 0; // holds its time again, or the time has begun: nothing to offer
        }
        var zone = workingTime.zoneOf(freed.location()).orElseThrow();
        var local = freed.start().atZone(zone);
        var part = PartOfDay.MORNING.includes(local.toLocalTime()) ? PartOfDay.MORNING : PartOfDay.AFTERNOON;
        var candidates = waitList.matching(freed.patient(), freed.provider(), freed.location(), local.toLocalDate(),
                local.getDayOfWeek(), part, freed.duration().toMinutes());
        var taken = new HashMap<Integer, List<Clash>>();
        var offered = new ArrayList<UUID>();
        int rank = 0;
        for (var candidate : candidates) {
            var time = new TimeRange(freed.start(), freed.start().plus(Duration.ofMinutes(candidate.minutes())));
            // the time must really be free (a reschedule by a few minutes keeps part of it; someone may have booked
            // it since), and fit the provider's template for the type (a block reserved for another type)
            var clashes = taken.computeIfAbsent(candidate.minutes(),
                    m -> appointments.clashes(freed.provider(), freed.room(), time.start(), time.end()));
            if (clashes.stream().anyMatch(clash -> clash.kind() == Clash.Kind.PROVIDER)
                    || !workingTime.fit(freed.provider(), freed.location(), candidate.entry().type(), time).fits()) {
                continue;
            }
            // the freed room comes with the time when nobody has booked it since
            var room = clashes.isEmpty() ? freed.room() : null;
            if (waitList.insertOffer(WaitListOfferId.random(), candidate.entry().id(), freedBy, freed.provider(),
                    freed.location(), room, time, ++rank, now)) {
                offered.add(candidate.entry().patient().value());
            }
        }
        if (!offered.isEmpty()) {
            audit.record(new AuditEntry(AuditAction.CREATE, AuditOutcome.SUCCESS, "WaitListOffer", freedBy.toString(),
                    List.copyOf(offered), offered.size() + " wait list offers for freed time"));
        }
        return offered.size();
    }
}
