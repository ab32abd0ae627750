package org.frontdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@FrontdeskTest
@WithMockUser(username = "auditprobe", authorities = {"ROLE_MANAGER"})
class AuditLogIntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsWhoDidWhatToWhichPatientAndReadsItBack() {
        var patient = UUID.randomUUID();
        trail.record(AuditEntry.ofPatient(AuditAction.READ, AuditOutcome.SUCCESS, patient));

        var found = log.search(new AuditQuery(patient, null, null, null, 0, 10));

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.username()).isEqualTo("auditprobe");
            assertThat(r.role()).isEqualTo("MANAGER");
            assertThat(r.action()).isEqualTo(AuditAction.READ);
            assertThat(r.patientIds()).containsExactly(patient);
        });
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        trail.record(new AuditEntry(AuditAction.SEARCH, AuditOutcome.SUCCESS, "Patient", null, List.of(), "probe"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET username = 'someone-else'").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .rootCause().hasMessageContaining("append-only");
    }

    /**
     * ADR 20: the writer of a statement's entry only asks for it to be chained; whoever reads the trail next waits
     * for it, and finds it.
     */
    @Test
    void aReaderFindsAnEntryWhoseWriterDidNotWaitForIt() {
        var patient = UUID.randomUUID();
        jdbc.sql("WITH changed AS (SELECT 1), " + AuditTrail.pendingClause("EXISTS (SELECT 1 FROM changed)")
                        + " SELECT 1")
                .params(trail.inStatement(AuditEntry.ofPatient(AuditAction.UPDATE, AuditOutcome.SUCCESS, patient)))
                .query(Integer.class).single();
        trail.chainSoon();

        assertThat(log.search(new AuditQuery(patient, null, null, null, 0, 10))).singleElement()
                .satisfies(r -> assertThat(r.action()).isEqualTo(AuditAction.UPDATE));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_pending WHERE :id = ANY (patient_ids)")
                .param("id", patient).query(Long.class).single()).isZero();
    }

    /** ADR 18: an entry written by the caller's own statement, only when its condition holds, and with it or not. */
    @Test
    void anEntryInTheCallersStatementIsWrittenWhenItsConditionHoldsAndOnlyWithTheStatement() {
        var written = UUID.randomUUID();
        var notMeant = UUID.randomUUID();
        var rolledBack = UUID.randomUUID();
        var statement = "WITH changed AS (SELECT :changed AS n WHERE :changed), "
                + AuditTrail.pendingClause("EXISTS (SELECT 1 FROM changed)") + " SELECT 1 / :divisor";

        jdbc.sql(statement).param("changed", true).param("divisor", 1)
                .params(trail.inStatement(AuditEntry.ofPatient(AuditAction.UPDATE, AuditOutcome.SUCCESS, written)))
                .query(Integer.class).single();
        trail.awaitChained();
        jdbc.sql(statement).param("changed", false).param("divisor", 1)
                .params(trail.inStatement(AuditEntry.ofPatient(AuditAction.UPDATE, AuditOutcome.SUCCESS, notMeant)))
                .query(Integer.class).single();
        assertThatThrownBy(() -> jdbc.sql(statement).param("changed", true).param("divisor", 0)
                .params(trail.inStatement(AuditEntry.ofPatient(AuditAction.UPDATE, AuditOutcome.SUCCESS, rolledBack)))
                .query(Integer.class).single()).rootCause().hasMessageContaining("division by zero");
        trail.awaitChained();

        assertThat(log.search(new AuditQuery(written, null, null, null, 0, 10))).singleElement().satisfies(r -> {
            assertThat(r.username()).isEqualTo("auditprobe");
            assertThat(r.role()).isEqualTo("MANAGER");
            assertThat(r.action()).isEqualTo(AuditAction.UPDATE);
        });
        assertThat(log.search(new AuditQuery(notMeant, null, null, null, 0, 10))).isEmpty();
        assertThat(log.search(new AuditQuery(rolledBack, null, null, null, 0, 10))).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_pending WHERE :id = ANY (patient_ids)")
                .param("id", rolledBack).query(Long.class).single()).isZero();
    }

    /** V26: a round of the chain's writer never stops to merge a full pending list into the patient index. */
    @Test
    void thePatientIndexTakesEachEntryAtOnce() {
        assertThat(jdbc.sql("SELECT array_to_string(reloptions, ',') FROM pg_class"
                + " WHERE oid = 'audit_event_patient_idx'::regclass").query(String.class).single())
                .contains("fastupdate=off");
    }

    @Test
    void onlyASuccessIsWrittenWithTheChange() {
        assertThatThrownBy(() -> trail.inStatement(
                AuditEntry.ofPatient(AuditAction.UPDATE, AuditOutcome.DENIED, UUID.randomUUID())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
