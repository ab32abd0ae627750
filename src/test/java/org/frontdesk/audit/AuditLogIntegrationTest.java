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
}
