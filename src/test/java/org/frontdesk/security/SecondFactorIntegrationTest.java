package org.frontdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.security.StaffSignInFailed.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@FrontdeskTest
class SecondFactorIntegrationTest {

    @Autowired StaffAccounts staff;
    @Autowired StaffAccountRepository accounts;
    @Autowired JdbcClient jdbc;
    @Autowired ConfigurableApplicationContext context;
    @LocalServerPort int port;

    StaffFixture fixture;
    PublishedEvents events;

    @BeforeEach
    void setUp() {
        fixture = new StaffFixture(staff, accounts, jdbc);
        events = PublishedEvents.listenTo(context);
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    void aUserWithAnAuthenticatorGetsNowhereUntilTheCodeIsRight() {
        var secret = Totp.newSecret();
        var account = fixture.withMfa("code", Role.FRONT_DESK, secret);
        var browser = new StaffClient(port);

        assertThat(StaffClient.location(browser.signIn(account.username(), StaffFixture.PASSWORD))).isEqualTo("/mfa");
        assertThat(StaffClient.location(browser.get("/patients"))).isEqualTo("/mfa");
        assertThat(StaffClient.location(browser.get("/account"))).isEqualTo("/mfa");
        assertThat(events.signInsOf(account.username())).isEmpty();

        var wrong = browser.submit("/mfa", "/mfa", Map.of("code", otherThan(secret)));
        assertThat(wrong.body()).contains("That code is not right");
        assertThat(events.failuresOf(account.username())).extracting(StaffSignInFailed::reason)
                .containsExactly(Reason.MFA_CODE_WRONG);

        var halfSession = browser.sessionId();
        var right = browser.submit("/mfa", "/mfa", Map.of("code", Totp.codeAt(secret, Instant.now())));
        assertThat(StaffClient.location(right)).isEqualTo("/");
        assertThat(browser.sessionId()).as("a new session id after the second factor").isNotEqualTo(halfSession);
        assertThat(browser.get("/patients").statusCode()).isEqualTo(200);
        assertThat(events.signInsOf(account.username())).containsExactly(new StaffSignedIn(account.username(), Role.FRONT_DESK));
        assertThat(fixture.reload(account).failedLogins()).isZero();
    }

    @Test
    void aCodeCannotBeUsedTwice() {
        var secret = Totp.newSecret();
        var account = fixture.withMfa("replay", Role.BILLING, secret);
        var code = Totp.codeAt(secret, Instant.now().plusSeconds(Totp.STEP_SECONDS)); // next step: not yet used
        var first = new StaffClient(port);
        first.signIn(account.username(), StaffFixture.PASSWORD);
        assertThat(StaffClient.location(first.submit("/mfa", "/mfa", Map.of("code", code)))).isEqualTo("/");

        var second = new StaffClient(port);
        second.signIn(account.username(), StaffFixture.PASSWORD);
        assertThat(second.submit("/mfa", "/mfa", Map.of("code", code)).body()).contains("That code is not right");
    }

    @Test
    void fiveWrongCodesLockTheAccountAndEndTheHalfSignIn() {
        var secret = Totp.newSecret();
        var account = fixture.withMfa("guess", Role.PROVIDER, secret);
        var browser = new StaffClient(port);
        browser.signIn(account.username(), StaffFixture.PASSWORD);
        for (int i = 0; i < 4; i++) {
            browser.submit("/mfa", "/mfa", Map.of("code", otherThan(secret)));
        }
        var fifth = browser.submit("/mfa", "/mfa", Map.of("code", otherThan(secret)));

        assertThat(StaffClient.location(fifth)).isEqualTo("/login?error");
        assertThat(fixture.reload(account).lockedAt(Instant.now())).isTrue();
        assertThat(StaffClient.location(browser.signIn(account.username(), StaffFixture.PASSWORD))).isEqualTo("/login?error");
    }

    @Test
    void anAdministratorWithoutAnAuthenticatorMustSetOneUpFirst() {
        var admin = fixture.account("newadmin", Role.ADMIN);
        var browser = new StaffClient(port);

        assertThat(StaffClient.location(browser.signIn(admin.username(), StaffFixture.PASSWORD))).isEqualTo("/mfa/enroll");
        assertThat(StaffClient.location(browser.get("/admin/staff"))).isEqualTo("/mfa/enroll");
        var page = browser.get("/mfa/enroll").body();
        var secret = matched(page, "<code id=\"secret\">([A-Z2-7]+)</code>");
        assertThat(page).contains("otpauth://totp/Frontdesk%3A" + admin.username() + "?secret=" + secret);

        var confirmed = browser.submit("/mfa/enroll", "/mfa/enroll", Map.of("code", Totp.codeAt(secret, Instant.now())));

        assertThat(StaffClient.location(confirmed)).isEqualTo("/");
        assertThat(browser.get("/admin/staff").statusCode()).isEqualTo(200);
        assertThat(fixture.reload(admin).mfaEnabled()).isTrue();
        assertThat(events.signInsOf(admin.username())).hasSize(1);
        var again = new StaffClient(port);
        assertThat(StaffClient.location(again.signIn(admin.username(), StaffFixture.PASSWORD))).isEqualTo("/mfa");
    }

    @Test
    void theDemoAdministratorIsExemptAndSignsInWithThePasswordAlone() {
        var browser = new StaffClient(port);
        assertThat(StaffClient.location(browser.signIn("admin", FrontdeskTest.DEMO_PASSWORD))).isEqualTo("/");
        assertThat(browser.get("/admin/staff").statusCode()).isEqualTo(200);
    }

    @Test
    void anyoneCanTurnOnTwoStepSignInFromMyAccount() {
        var account = fixture.account("mine", Role.FRONT_DESK);
        var browser = new StaffClient(port);
        browser.signIn(account.username(), StaffFixture.PASSWORD);
        assertThat(browser.get("/account").body()).contains("id=\"mfa-status\">Off<");

        var secret = matched(browser.get("/account/mfa").body(), "<code id=\"secret\">([A-Z2-7]+)</code>");
        var mistyped = browser.submit("/account/mfa", "/account/mfa", Map.of("code", otherThan(secret)));
        assertThat(mistyped.body()).contains("That code is not right");
        assertThat(matched(mistyped.body(), "<code id=\"secret\">([A-Z2-7]+)</code>")).isEqualTo(secret);
        var confirmed = browser.submit("/account/mfa", "/account/mfa", Map.of("code", Totp.codeAt(secret, Instant.now())));

        assertThat(StaffClient.location(confirmed)).isEqualTo("/account");
        assertThat(browser.get("/account").body()).contains("Two-step sign-in is on").contains("On (authenticator app)");
        assertThat(events.changesOf(account.username())).extracting(StaffAccountChanged::change)
                .containsExactly(StaffAccountChanged.Change.MFA_ENROLLED);
        assertThat(StaffClient.location(new StaffClient(port).signIn(account.username(), StaffFixture.PASSWORD)))
                .isEqualTo("/mfa");
    }

    @Test
    void theMfaPagesAreOnlyForASignInInProgress() {
        var browser = new StaffClient(port);
        assertThat(StaffClient.location(browser.get("/mfa"))).isEqualTo("/login");
        browser.signIn("frontdesk", FrontdeskTest.DEMO_PASSWORD);
        assertThat(browser.get("/mfa").statusCode()).isEqualTo(403);
    }

    /** HTTP Basic cannot ask for a code, so it must not open an account that needs one. */
    @Test
    void httpBasicRefusesAnAccountThatNeedsASecondFactor() {
        var account = fixture.withMfa("basic", Role.FRONT_DESK, Totp.newSecret());
        var browser = new StaffClient(port);
        var response = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(browser.uri("/api/me")))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (account.username() + ":" + StaffFixture.PASSWORD).getBytes())));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(events.failuresOf(account.username())).extracting(StaffSignInFailed::reason)
                .containsExactly(Reason.MFA_CODE_WRONG);
    }

    private static String otherThan(String secret) {
        var now = Instant.now();
        var valid = java.util.Set.of(Totp.codeAt(secret, now.minusSeconds(30)), Totp.codeAt(secret, now),
                Totp.codeAt(secret, now.plusSeconds(30)), Totp.codeAt(secret, now.plusSeconds(60)));
        for (int candidate = 0; ; candidate++) {
            var code = String.format("%06d", candidate);
            if (!valid.contains(code)) {
                return code;
            }
        }
    }

    private static String matched(String page, String regex) {
        var matcher = Pattern.compile(regex).matcher(page);
        assertThat(matcher.find()).as("page contains " + regex).isTrue();
        return matcher.group(1);
    }
}
