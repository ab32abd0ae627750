package org.frontdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every test that breaks the chain mends it in a finally block and proves it whole again: the database is shared
 * with every other test class, and some of them verify the chain too.
 */
@FrontdeskTest
class AuditVerificationIntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    Tampering tampering;

    @BeforeEach
    void setUp() {
        tampering = new Tampering(jdbc, new TransactionTemplate(transactionManager));
    }

    @Test
    void anUntouchedTrailIsIntactAndEveryEntryIsChecked() {
        record("first");
        record("second");

        var result = verifier.verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.firstBrokenId()).isNull();
        assertThat(result.checked()).isEqualTo(lastId());
    }

    /**
     * Writers that race for the chain: entries in transactions of their own (pending until the chain's writer links
     * them) and refusals, which the writer appends on their own. Each must link to the entry committed just before
     * it, or the chain breaks where two read the same head.
     */
    @Test
    void manyWritersAtOnceLeaveOneUnbrokenChainWithoutGaps() throws Exception {
        long before = lastId();
        var transactions = new TransactionTemplate(transactionManager);
        int writers = 16;
        int each = 25;
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(writers)) {
            var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int w = 0; w < writers; w++) {
                boolean refusals = w % 2 == 1;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        if (refusals) {
                            trail.record(new AuditEntry(AuditAction.CREATE, AuditOutcome.FAILED, "Appointment", null,
                                    List.of(UUID.randomUUID()), "race"));
                        } else {
                            transactions.executeWithoutResult(status -> record("race"));
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var future : done) {
                future.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
        }

        long written = jdbc.sql("SELECT count(*) FROM audit_event WHERE id > ?").param(before).query(Long.class)
                .single();
        assertThat(written).isGreaterThanOrEqualTo((long) writers * each);
        assertThat(lastId() - before).as("ids without gaps").isEqualTo(written);
        var result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(lastId());
    }

    @Test
    void aUsernameChangedAroundTheApplicationIsFoundAtItsEntry() {
        long victim = recordThreeAndTakeTheMiddle();
        var original = jdbc.sql("SELECT username FROM audit_event WHERE id = ?").param(victim).query(String.class)
                .single();
        try {
            tampering.run("UPDATE audit_event SET username = 'mallory' WHERE id = ?", victim);

            var result = verifier.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(victim);
            assertThat(result.checked()).isEqualTo(victim);
        } finally {
            tampering.run("UPDATE audit_event SET username = ? WHERE id = ?", original, victim);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aDetailChangedAroundTheApplicationIsFoundAtItsEntry() {
        long victim = recordThreeAndTakeTheMiddle();
        try {
            tampering.run("UPDATE audit_event SET detail = 'nothing to see' WHERE id = ?", victim);

            assertThat(verifier.verify().firstBrokenId()).isEqualTo(victim);
        } finally {
            tampering.run("UPDATE audit_event SET detail = 'probe' WHERE id = ?", victim);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEntryIsFoundByItsMissingId() {
        long victim = recordThreeAndTakeTheMiddle();
        jdbc.sql("CREATE TABLE audit_event_deleted AS SELECT * FROM audit_event WHERE id = ?").param(victim).update();
        try {
            tampering.run("DELETE FROM audit_event WHERE id = ?", victim);

            var result = verifier.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(victim);
        } finally {
            jdbc.sql("INSERT INTO audit_event SELECT * FROM audit_event_deleted").update();
            jdbc.sql("DROP TABLE audit_event_deleted").update();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anIntactTrailNamesItsNewestEntryAsTheAnchorToNoteDown() {
        record("head");
        var stored = jdbc.sql("SELECT encode(hash, 'hex') FROM audit_event WHERE id = ?").param(lastId())
                .query(String.class).single();

        var head = verifier.verify().lastIntact();

        assertThat(head).isNotNull();
        assertThat(head.id()).isEqualTo(lastId());
        assertThat(head.hash()).isEqualTo(stored);
    }

    /**
     * An entry committed with its work waits in audit_pending until the chain's writer links it (ADR 16). One that a
     * crash left there (committed, never chained) is chained by the writer's next round, on its own.
     */
    @Test
    void anEntryLeftPendingIsChainedByTheWritersNextRound() throws InterruptedException {
        long pending = jdbc.sql("""
                INSERT INTO audit_pending (occurred_at, username, role, action, outcome, resource_type, resource_id,
                    patient_ids, channel, detail)
                VALUES (now(), 'left-by-a-crash', 'MANAGER', 'READ', 'SUCCESS', 'Patient', NULL, '{}', 'SYSTEM',
                    'pending probe')
                RETURNING id""").query(Long.class).single();

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (chainedFrom(pending) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(chainedFrom(pending)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_pending WHERE id = ?").param(pending).query(Long.class)
                .single()).isZero();
        var result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(lastId());
    }

    /** A pending entry is never changed, and leaves audit_pending only into the chain: nothing is lost on the way. */
    @Test
    void aPendingEntryCanNeitherBeChangedNorDeletedBeforeItIsChained() {
        var transactions = new TransactionTemplate(transactionManager);
        for (var change : List.of("UPDATE audit_pending SET username = 'mallory' WHERE id = ?",
                "DELETE FROM audit_pending WHERE id = ?")) {
            // uncommitted, so the chain's writer cannot take it first
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> transactions.executeWithoutResult(status -> {
                long id = jdbc.sql("""
                        INSERT INTO audit_pending (occurred_at, username, action, outcome, channel)
                        VALUES (now(), 'probe', 'READ', 'SUCCESS', 'SYSTEM') RETURNING id""")
                        .query(Long.class).single();
                jdbc.sql(change).param(id).update();
            }))).as(change).rootCause().isInstanceOfSatisfying(java.sql.SQLException.class,
                    refused -> assertThat(refused.getSQLState()).isEqualTo("42501")); // insufficient_privilege
        }
    }

    /** The check counts what is recorded but not chained yet, so that a stuck writer shows (ADR 16). */
    @Test
    void theCheckCountsEntriesWaitingToBeChained() {
        // uncommitted, so the chain's writer cannot take them; the check joins this transaction and sees them
        long waiting = new TransactionTemplate(transactionManager).execute(status -> {
            for (int i = 0; i < 2; i++) {
                jdbc.sql("""
                        INSERT INTO audit_pending (occurred_at, username, action, outcome, channel)
                        VALUES (now(), 'probe', 'READ', 'SUCCESS', 'SYSTEM')""").update();
            }
            long seen = verifier.verify().waiting();
            status.setRollbackOnly();
            return seen;
        });

        // at least these two: another test's entry may be waiting for its round at the same moment
        assertThat(waiting).isGreaterThanOrEqualTo(2);
    }

    private long chainedFrom(long pending) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE pending_id = ? AND username = 'left-by-a-crash'")
                .param(pending).query(Long.class).single();
    }

    private long recordThreeAndTakeTheMiddle() {
        record("probe");
        record("probe");
        long middle = lastId();
        record("probe");
        return middle;
    }

    private void record(String detail) {
        trail.record(new AuditEntry(AuditAction.READ, AuditOutcome.SUCCESS, "Patient", null,
                List.of(UUID.randomUUID()), detail), "verification-probe", "MANAGER");
    }

    private long lastId() {
        return jdbc.sql("SELECT max(id) FROM audit_event").query(Long.class).single();
    }
}
