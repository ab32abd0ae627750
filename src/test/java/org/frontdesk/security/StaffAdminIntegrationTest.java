package org.frontdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.security.StaffAccountChanged.Change;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@FrontdeskTest
class StaffAdminIntegrationTest {

    @Autowired StaffAccounts staff;
    @Autowired StaffAccountRepository accounts;
    @Autowired StaffAdministration administration;
    @Autowired JdbcClient jdbc;
    @Autowired ConfigurableApplicationContext context;
    @LocalServerPort int port;

    StaffFixture fixture;
    PublishedEvents events;
    StaffClient admin;

    @BeforeEach
    void setUp() {
        fixture = new StaffFixture(staff, accounts, jdbc);
        events = PublishedEvents.listenTo(context);
        admin = new StaffClient(port);
        assertThat(StaffClient.location(admin.signIn("admin", FrontdeskTest.DEMO_PASSWORD))).isEqualTo("/");
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    void onlyAnAdministratorOpensTheStaffPage() {
        assertThat(admin.get("/admin/staff").body()).contains("Staff accounts").contains("Dr. Dana Doctor");
        var manager = new StaffClient(port);
        manager.signIn("manager", FrontdeskTest.DEMO_PASSWORD);
        assertThat(manager.get("/admin/staff").statusCode()).isEqualTo(403);
    }

    @Test
    @WithMockUser(username = "manager", authorities = {"ROLE_MANAGER", "PATIENT_READ", "PATIENT_WRITE", "AUDIT_READ"})
    void theServiceItselfRefusesAnyoneWithoutStaffAdmin() {
        assertThatThrownBy(() -> administration.disable("doctor")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(administration::accounts).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void opensAnAccountThatCanSignIn() {
        var username = StaffFixture.freshUsername("hired");
        var response = admin.submit("/admin/staff", "/admin/staff", Map.of("username", username,
                "displayName", "Harper Hired", "role", "BILLING", "password", "a-long-enough-password"));

        assertThat(StaffClient.location(response)).isEqualTo("/admin/staff");
        assertThat(admin.get("/admin/staff").body()).contains("Account " + username + " opened.").contains("Harper Hired");
        assertThat(staff.find(username)).hasValueSatisfying(a -> {
            assertThat(a.role()).isEqualTo(Role.BILLING);
            assertThat(a.mfaExempt()).isFalse();
        });
        assertThat(events.changesOf(username)).containsExactly(new StaffAccountChanged(username, Change.CREATED, "admin"));
        assertThat(StaffClient.location(new StaffClient(port).signIn(username, "a-long-enough-password"))).isEqualTo("/");
    }

    @Test
    void saysWhatIsWrongNextToEachFieldAndOpensNothing() {
        long before = accounts.count();
        var response = admin.submit("/admin/staff", "/admin/staff", Map.of("username", "Not Valid!",
                "displayName", "", "role", "", "password", "short"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .containsPattern("id=\"username-error\">2 to 40 characters")
                .containsPattern("id=\"displayName-error\">Give the name")
                .containsPattern("id=\"role-error\">Choose a role.")
                .containsPattern("id=\"password-error\">At least 12 characters.")
                .contains("value=\"Not Valid!\"")
                .doesNotContain("value=\"short\"");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void aTakenUserNameIsRefused() {
        var response = admin.submit("/admin/staff", "/admin/staff", Map.of("username", "doctor",
                "displayName", "Another Doctor", "role", "PROVIDER", "password", "a-long-enough-password"));
        assertThat(response.body()).contains("id=\"username-error\">This user name is taken.");
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        var account = fixture.account("leaver", Role.FRONT_DESK);

        admin.submit("/admin/staff", "/admin/staff/" + account.username() + "/disable", Map.of());
        assertThat(fixture.reload(account).enabled()).isFalse();
        assertThat(StaffClient.location(new StaffClient(port).signIn(account.username(), StaffFixture.PASSWORD)))
                .isEqualTo("/login?error");

        admin.submit("/admin/staff", "/admin/staff/" + account.username() + "/enable", Map.of());
        assertThat(StaffClient.location(new StaffClient(port).signIn(account.username(), StaffFixture.PASSWORD)))
                .isEqualTo("/");
        assertThat(events.changesOf(account.username())).extracting(StaffAccountChanged::change)
                .containsExactly(Change.DISABLED, Change.ENABLED);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessions() {
        var account = fixture.account("walkout", Role.FRONT_DESK);
        var left = new StaffClient(port);
        left.signIn(account.username(), StaffFixture.PASSWORD);
        var stays = new StaffClient(port);
        stays.signIn("frontdesk", FrontdeskTest.DEMO_PASSWORD);
        assertThat(left.get("/patients").statusCode()).isEqualTo(200);

        admin.submit("/admin/staff", "/admin/staff/" + account.username() + "/disable", Map.of());

        var next = left.get("/patients");
        assertThat(StaffClient.location(next)).isEqualTo("/login?ended");
        assertThat(left.get("/login?ended").body()).contains("Your session was ended.");
        assertThat(StaffClient.location(left.get("/patients"))).isEqualTo("/login");
        assertThat(stays.get("/patients").statusCode()).isEqualTo(200);
    }

    /** The second factor gives the session a new id; the registry must follow it. */
    @Test
    void disablingEndsASessionThatPassedTheSecondFactor() {
        var secret = Totp.newSecret();
        var account = fixture.withMfa("walkout2", Role.PROVIDER, secret);
        var left = new StaffClient(port);
        left.signIn(account.username(), StaffFixture.PASSWORD);
        left.submit("/mfa", "/mfa", Map.of("code", Totp.codeAt(secret, Instant.now())));
        assertThat(left.get("/patients").statusCode()).isEqualTo(200);

        admin.submit("/admin/staff", "/admin/staff/" + account.username() + "/disable", Map.of());

        assertThat(StaffClient.location(left.get("/patients"))).isEqualTo("/login?ended");
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        var response = admin.submit("/admin/staff", "/admin/staff/admin/disable", Map.of());
        assertThat(StaffClient.location(response)).isEqualTo("/admin/staff");
        assertThat(staff.find("admin").orElseThrow().enabled()).isTrue();
        assertThat(admin.get("/admin/staff").body()).contains("You cannot disable your own account.");
    }

    @Test
    void resettingMfaClearsTheAuthenticator() {
        var account = fixture.withMfa("lostphone", Role.PROVIDER, Totp.newSecret());

        admin.submit("/admin/staff", "/admin/staff/" + account.username() + "/reset-mfa", Map.of());

        assertThat(fixture.reload(account).mfaEnabled()).isFalse();
        assertThat(jdbc.sql("SELECT mfa_secret FROM staff_user WHERE id = :id").param("id", account.id())
                .query(String.class).optional()).isEmpty();
        assertThat(StaffClient.location(new StaffClient(port).signIn(account.username(), StaffFixture.PASSWORD)))
                .isEqualTo("/");
        assertThat(events.changesOf(account.username())).extracting(StaffAccountChanged::change)
                .containsExactly(Change.MFA_RESET);
    }

    @Test
    void anAdministratorsResetMfaMeansSettingUpANewOneAtTheNextSignIn() {
        var secret = Totp.newSecret();
        var other = fixture.withMfa("admin2", Role.ADMIN, secret);
        admin.submit("/admin/staff", "/admin/staff/" + other.username() + "/reset-mfa", Map.of());
        assertThat(StaffClient.location(new StaffClient(port).signIn(other.username(), StaffFixture.PASSWORD)))
                .isEqualTo("/mfa/enroll");
    }

    @Test
    void changesNeedTheFormsCsrfToken() {
        var account = fixture.account("csrf", Role.FRONT_DESK);
        admin.get("/admin/staff"); // the page that a forged form would imitate
        var response = admin.postForm("/admin/staff/" + account.username() + "/disable", Map.of());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(fixture.reload(account).enabled()).isTrue();
    }
}
