package org.frontdesk.patients;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the search index in step with PostgreSQL: built in full at start, updated right after each local commit,
 * and caught up every few seconds with rows that another server (or a bulk import) wrote.
 */
@Component
class PatientSearchIndexSync implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PatientSearchIndexSync.class);
    /** Rows committed late by a long transaction still carry an older {@code updated_at}; look back this far. */
    private static final Duration OVERLAP = Duration.ofSeconds(30);

    private final PatientRepository patients;
    private final PatientSearchIndex index;
    private final Clock clock;
    private volatile Instant caughtUpTo = Instant.EPOCH;

    PatientSearchIndexSync(PatientRepository patients, PatientSearchIndex index, Clock clock) {
        this.patients = patients;
        this.index = index;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        rebuild();
    }

    /** Reads every patient into a fresh index. */
    void rebuild() {
        var started = clock.instant();
        index.clear();
        try (var all = patients.streamAll()) {
            all.forEach(index::put);
        }
        index.refresh();
        caughtUpTo = started;
        log.info("Patient search index built: {} patients in {} ms", index.size(),
                Duration.between(started, clock.instant()).toMillis());
    }

    /** Indexes the patient once the surrounding transaction commits (at once when there is none). */
    void afterCommit(Patient patient) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    put(patient);
                }
            });
        } else {
            put(patient);
        }
    }

    private void put(Patient patient) {
        index.waitUntilVisible(index.put(patient));
    }

    @Scheduled(fixedDelayString = "${frontdesk.search.catch-up-interval:5s}", initialDelayString = "${frontdesk.search.catch-up-interval:5s}")
    void catchUp() {
        var started = clock.instant();
        var changed = patients.changedSince(caughtUpTo.minus(OVERLAP));
        changed.forEach(index::put);
        if (!changed.isEmpty()) {
            index.refresh();
        }
        caughtUpTo = started;
    }
}
