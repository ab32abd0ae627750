package org.frontdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdesk.FrontdeskTest;
import org.frontdesk.security.StaffAccountChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;

@FrontdeskTest
@WithMockUser(username = "staffchange-admin", authorities = {"ROLE_ADMIN", "STAFF_ADMIN", "AUDIT_READ"})
class StaffChangeAuditIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditLog log;

    @Test
    void aDisabledAccountIsRecordedWithWhoDisabledIt() {
        events.publishEvent(new StaffAccountChanged("staffchange-target", StaffAccountChanged.Change.DISABLED,
                "staffchange-admin"));

        var entries = log.search(new AuditQuery(null, "staffchange-admin", null, null, 0, 10));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.STAFF_CHANGE);
            assertThat(entry.resourceId()).isEqualTo("staffchange-target");
            assertThat(entry.detail()).isEqualTo("DISABLED");
        });
    }
}
