package org.frontdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.PatientId;
import org.frontdesk.patients.Patients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The administrator runs accounts but sees no chart; trying to is refused and recorded. */
@FrontdeskTest
@WithMockUser(username = "denied-probe", authorities = {"ROLE_ADMIN", "AUDIT_READ", "STAFF_ADMIN"})
class AccessDeniedAuditIntegrationTest {

    @Autowired
    Patients patients;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    @Test
    void openingAPatientWithoutPermissionIsRecordedAsDenied() {
        var patient = jdbc.sql("SELECT id FROM patient ORDER BY mrn LIMIT 1").query(UUID.class).single();
        long before = lastId();

        assertThatThrownBy(() -> patients.get(new PatientId(patient))).isInstanceOf(AccessDeniedException.class);

        assertThat(entriesSince(before)).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("denied-probe");
            assertThat(entry.role()).isEqualTo("ADMIN");
            assertThat(entry.action()).isEqualTo(AuditAction.READ);
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(entry.resourceType()).isEqualTo("Patient");
            assertThat(entry.resourceId()).isEqualTo(patient.toString());
            assertThat(entry.patientIds()).containsExactly(patient);
            assertThat(entry.detail()).isEqualTo("Patients.get");
        });
    }

    @Test
    void aRefusedSearchRecordsNoneOfWhatWasTyped() {
        long before = lastId();

        assertThatThrownBy(() -> patients.search("Quillfeather 1984-01-01", 10))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(entriesSince(before)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SEARCH);
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(entry.patientIds()).isEmpty();
            assertThat(entry.detail()).isEqualTo("Patients.search");
        });
    }

    private long lastId() {
        return jdbc.sql("SELECT max(id) FROM audit_event").query(Long.class).single();
    }

    private List<AuditRecord> entriesSince(long id) {
        return log.search(new AuditFilter(null, "denied-probe", null, null).page(0, 100)).stream()
                .filter(entry -> entry.id() > id)
                .toList();
    }
}
