package org.frontdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.security.Role;
import org.frontdesk.security.StaffSignInFailed;
import org.frontdesk.security.StaffSignInFailed.Reason;
import org.frontdesk.security.StaffSignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

@FrontdeskTest
class SignInAuditIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditLog log;

    @Test
    void aWrongPasswordIsAFailedLoginForTheNameAsTyped() {
        var typed = "Nobody-" + UUID.randomUUID();

        events.publishEvent(new StaffSignInFailed(typed, Reason.BAD_CREDENTIALS));

        assertThat(entriesBy(typed)).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo(typed);
            assertThat(entry.action()).isEqualTo(AuditAction.LOGIN_FAILED);
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(entry.role()).isNull();
            assertThat(entry.detail()).isEqualTo("BAD_CREDENTIALS");
        });
    }

    @Test
    void aWrongSecondFactorIsAFailedMfa() {
        var username = "probe-" + UUID.randomUUID();

        events.publishEvent(new StaffSignInFailed(username, Reason.MFA_CODE_WRONG));

        assertThat(entriesBy(username)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.MFA_FAILED);
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(entry.detail()).isEqualTo("MFA_CODE_WRONG");
        });
    }

    @Test
    void lockedAndDisabledAccountsAreFailedLoginsWithTheirReason() {
        var username = "probe-" + UUID.randomUUID();

        events.publishEvent(new StaffSignInFailed(username, Reason.LOCKED));
        events.publishEvent(new StaffSignInFailed(username, Reason.DISABLED));

        assertThat(entriesBy(username)).extracting(AuditRecord::action, AuditRecord::detail).containsExactly(
                tuple(AuditAction.LOGIN_FAILED, "DISABLED"),
                tuple(AuditAction.LOGIN_FAILED, "LOCKED"));
    }

    @Test
    void aTypedUsernameIsKeptButBounded() {
        var typed = "x".repeat(5_000);

        events.publishEvent(new StaffSignInFailed(typed, Reason.BAD_CREDENTIALS));

        assertThat(entriesBy(typed.substring(0, SignInAudit.MAX_USERNAME_LENGTH))).hasSize(1);
    }

    @Test
    void aSignInIsALoginWithTheStaffMembersRole() {
        var username = "probe-" + UUID.randomUUID();

        events.publishEvent(new StaffSignedIn(username, Role.BILLING));

        assertThat(entriesBy(username)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.LOGIN);
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(entry.role()).isEqualTo("BILLING");
        });
    }

    private List<AuditRecord> entriesBy(String username) {
        return log.search(new AuditFilter(null, username, null, null).page(0, 10));
    }
}
