package org.frontdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessDeniedAuditTest {

    record PatientId(UUID value) {}

    record AppointmentId(UUID value) {}

    @Test
    void namesTheRefusedActionByTheMethodsVerb() {
        assertThat(AccessDeniedAudit.actionOf("get")).isEqualTo(AuditAction.READ);
        assertThat(AccessDeniedAudit.actionOf("findByMrn")).isEqualTo(AuditAction.READ);
        assertThat(AccessDeniedAudit.actionOf("search")).isEqualTo(AuditAction.SEARCH);
        assertThat(AccessDeniedAudit.actionOf("register")).isEqualTo(AuditAction.CREATE);
        assertThat(AccessDeniedAudit.actionOf("update")).isEqualTo(AuditAction.UPDATE);
        assertThat(AccessDeniedAudit.actionOf("setActive")).isEqualTo(AuditAction.UPDATE);
        assertThat(AccessDeniedAudit.actionOf("export")).isEqualTo(AuditAction.EXPORT);
    }

    @Test
    void findsPatientIdsAmongTheArgumentsAndNothingElse() {
        var patient = UUID.randomUUID();
        var ids = AccessDeniedAudit.patientIds(new Object[] {
            new PatientId(patient), new AppointmentId(UUID.randomUUID()), UUID.randomUUID(), "text", null, 3});

        assertThat(ids).containsExactly(patient);
    }
}
