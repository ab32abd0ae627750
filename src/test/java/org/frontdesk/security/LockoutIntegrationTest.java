package org.frontdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.security.SignInStep.Refused;
import org.frontdesk.security.SignInStep.SignedIn;
import org.frontdesk.security.StaffSignInFailed.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@FrontdeskTest
class LockoutIntegrationTest {

    @Autowired SigningIn signingIn;
    @Autowired StaffAccounts staff;
    @Autowired StaffAccountRepository accounts;
    @Autowired LockoutPolicy lockout;
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
    void lockoutDefaultsToFiveFailuresForAQuarterOfAnHour() {
        assertThat(lockout.maxFailures()).isEqualTo(5);
        assertThat(lockout.duration()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        var account = fixture.account("lock", Role.FRONT_DESK);
        for (int i = 0; i < 4; i++) {
            assertThat(wrongPassword(account)).isEqualTo(new Refused(Reason.BAD_CREDENTIALS));
        }
        assertThat(fixture.reload(account).lockedAt(java.time.Instant.now())).isFalse();

        assertThat(wrongPassword(account)).isEqualTo(new Refused(Reason.BAD_CREDENTIALS));

        var locked = fixture.reload(account);
        assertThat(locked.lockedUntil()).isBetween(java.time.Instant.now().plus(Duration.ofMinutes(14)),
                java.time.Instant.now().plus(Duration.ofMinutes(16)));
        assertThat(rightPassword(account)).isEqualTo(new Refused(Reason.LOCKED));
        assertThat(events.failuresOf(account.username())).extracting(StaffSignInFailed::reason)
                .containsExactly(Reason.BAD_CREDENTIALS, Reason.BAD_CREDENTIALS, Reason.BAD_CREDENTIALS,
                        Reason.BAD_CREDENTIALS, Reason.BAD_CREDENTIALS, Reason.LOCKED);
        assertThat(events.signInsOf(account.username())).isEmpty();
    }

    @Test
    void theLockLiftsByItselfAndTheRightPasswordThenWorks() {
        var account = fixture.account("lift", Role.BILLING);
        for (int i = 0; i < 5; i++) {
            wrongPassword(account);
        }
        fixture.lockExpires(account);

        assertThat(rightPassword(account)).isInstanceOf(SignedIn.class);
        assertThat(events.signInsOf(account.username())).containsExactly(new StaffSignedIn(account.username(), Role.BILLING));
        assertThat(fixture.reload(account).failedLogins()).isZero();
        assertThat(fixture.reload(account).lockedUntil()).isNull();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        var account = fixture.account("reset", Role.PROVIDER);
        for (int i = 0; i < 4; i++) {
            wrongPassword(account);
        }
        assertThat(rightPassword(account)).isInstanceOf(SignedIn.class);
        for (int i = 0; i < 4; i++) {
            wrongPassword(account);
        }
        assertThat(rightPassword(account)).isInstanceOf(SignedIn.class);
    }

    @Test
    void aDisabledAccountIsRefusedAndSaysSo() {
        var account = fixture.account("off", Role.FRONT_DESK);
        accounts.setEnabled(account.username(), false);

        assertThat(rightPassword(account)).isEqualTo(new Refused(Reason.DISABLED));
        assertThat(events.failuresOf(account.username())).extracting(StaffSignInFailed::reason)
                .containsExactly(Reason.DISABLED);
    }

    @Test
    void anUnknownNameFailsLikeAWrongPasswordAndIsRecordedAsTyped() {
        var unknown = StaffFixture.freshUsername("nobody");
        assertThat(signingIn.checkPassword(unknown, "whatever-it-is", SignInChannel.STAFF_PAGES))
                .isEqualTo(new Refused(Reason.BAD_CREDENTIALS));
        assertThat(events.failuresOf(unknown)).extracting(StaffSignInFailed::reason)
                .containsExactly(Reason.BAD_CREDENTIALS);
    }

    /** The sign-in page must not tell an unknown name, a wrong password and a locked account apart. */
    @Test
    void theSignInPageGivesTheSameAnswerWhetherOrNotTheNameExists() {
        var account = fixture.account("same", Role.FRONT_DESK);
        var locked = fixture.account("samelocked", Role.FRONT_DESK);
        for (int i = 0; i < 5; i++) {
            wrongPassword(locked);
        }
        var browser = new StaffClient(port);

        var unknownName = browser.signIn(StaffFixture.freshUsername("ghost"), StaffFixture.PASSWORD);
        var wrongPassword = browser.signIn(account.username(), "not-the-password");
        var lockedAccount = browser.signIn(locked.username(), StaffFixture.PASSWORD);

        for (var response : java.util.List.of(unknownName, wrongPassword, lockedAccount)) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(StaffClient.location(response)).isEqualTo("/login?error");
        }
        var page = browser.get("/login?error").body();
        assertThat(page).contains("The user name or password is not right, or the account is locked.");
    }

    @Test
    void theSignInPageCountsWrongPasswordsToo() {
        var account = fixture.account("web", Role.FRONT_DESK);
        var browser = new StaffClient(port);
        for (int i = 0; i < 5; i++) {
            browser.signIn(account.username(), "not-the-password");
        }
        assertThat(StaffClient.location(browser.signIn(account.username(), StaffFixture.PASSWORD)))
                .isEqualTo("/login?error");
        assertThat(events.failuresOf(account.username())).last().extracting(StaffSignInFailed::reason)
                .isEqualTo(Reason.LOCKED);
    }

    private SignInStep wrongPassword(StaffAccount account) {
        return signingIn.checkPassword(account.username(), "not-the-password", SignInChannel.STAFF_PAGES);
    }

    private SignInStep rightPassword(StaffAccount account) {
        return signingIn.checkPassword(account.username(), StaffFixture.PASSWORD, SignInChannel.STAFF_PAGES);
    }
}
