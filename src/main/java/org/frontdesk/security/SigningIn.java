package org.frontdesk.security;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.frontdesk.security.SignInStep.CodeNeeded;
import org.frontdesk.security.SignInStep.EnrolmentNeeded;
import org.frontdesk.security.SignInStep.Refused;
import org.frontdesk.security.SignInStep.SignedIn;
import org.frontdesk.security.SignInStep.WrongCode;
import org.frontdesk.security.StaffAccountRepository.Credentials;
import org.frontdesk.security.StaffSignInFailed.Reason;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks passwords and second-factor codes, counts failures toward the lockout and publishes
 * {@link StaffSignInFailed} and {@link StaffSignedIn}. Events are published inside the transaction that counts
 * the failure, so transactional listeners see them exactly when the count is committed.
 */
@Service
class SigningIn {

    private static final int MAX_EVENT_USERNAME = 64;

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final LockoutPolicy lockout;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private volatile @Nullable String unknownUserHash;

    SigningIn(StaffAccountRepository accounts, PasswordEncoder passwords, LockoutPolicy lockout, Clock clock,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.lockout = lockout;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public SignInStep checkPassword(String username, String password, SignInChannel channel) {
        Optional<Credentials> credentials = accounts.credentials(username);
        // An unknown name costs the same Argon2 check as a known one, so response times do not tell which exist.
        boolean matches = passwords.matches(password,
                credentials.map(Credentials::passwordHash).orElseGet(this::unknownUserHash));
        if (credentials.isEmpty()) {
            return refuse(username, Reason.BAD_CREDENTIALS);
        }
        var account = credentials.get().account();
        if (!account.enabled()) {
            return refuse(account.username(), Reason.DISABLED);
        }
        if (account.lockedAt(clock.instant())) {
            return refuse(account.username(), Reason.LOCKED);
        }
        if (!matches) {
            accounts.countFailure(account.id(), lockout.maxFailures(), lockout.lockedUntil(clock.instant()));
            return refuse(account.username(), Reason.BAD_CREDENTIALS);
        }
        if (account.mfaEnabled() || account.mustEnrolInMfa()) {
            if (channel == SignInChannel.MACHINE_API) {
                // A password alone must not open an account that needs a second factor; such callers use a token.
                return refuse(account.username(), Reason.MFA_CODE_WRONG);
            }
            // The failure count stays until the code is right: else a known password would reset the code guesses.
            return account.mfaEnabled() ? new CodeNeeded(account) : new EnrolmentNeeded(account);
        }
        return signedIn(account, channel);
    }

    /** The second step for a user with an authenticator. */
    @Transactional
    public SignInStep checkCode(UUID accountId, String code) {
        var account = accounts.findById(accountId).orElse(null);
        var refusal = refusalOf(account);
        if (account == null || refusal != null) {
            return refuse(account == null ? "unknown" : account.username(), refusal == null ? Reason.DISABLED : refusal);
        }
        var now = clock.instant();
        var secret = accounts.mfaSecret(accountId);
        var step = secret.isEmpty() ? OptionalLong.empty() : Totp.matchingStep(secret.get(), code, now);
        if (step.isPresent() && accounts.useMfaStep(accountId, step.getAsLong())) {
            return signedIn(account, SignInChannel.STAFF_PAGES);
        }
        return wrongCode(account);
    }

    /**
     * Confirms a new authenticator by its first code. During sign-in a wrong code counts toward the lockout like
     * any other; on the account page the user is already signed in and has merely mistyped.
     */
    @Transactional
    public SignInStep confirmEnrolment(UUID accountId, String secret, String code, boolean duringSignIn) {
        var account = accounts.findById(accountId).orElse(null);
        var refusal = refusalOf(account);
        if (account == null || refusal != null) {
            return refuse(account == null ? "unknown" : account.username(), refusal == null ? Reason.DISABLED : refusal);
        }
        var step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            return duringSignIn ? wrongCode(account) : new WrongCode();
        }
        accounts.enableMfa(accountId, secret, step.getAsLong());
        events.publishEvent(new StaffAccountChanged(account.username(), StaffAccountChanged.Change.MFA_ENROLLED,
                account.username()));
        return duringSignIn ? signedIn(account, SignInChannel.STAFF_PAGES) : new SignedIn(account);
    }

    /** A bearer token that matches no live token. */
    @Transactional
    public void tokenRefused(String username) {
        events.publishEvent(new StaffSignInFailed(shortened(username), Reason.API_TOKEN_INVALID));
    }

    private @Nullable Reason refusalOf(@Nullable StaffAccount account) {
        if (account == null || !account.enabled()) {
            return Reason.DISABLED;
        }
        return account.lockedAt(clock.instant()) ? Reason.LOCKED : null;
    }

    private SignInStep wrongCode(StaffAccount account) {
        boolean locked = accounts.countFailure(account.id(), lockout.maxFailures(), lockout.lockedUntil(clock.instant()));
        events.publishEvent(new StaffSignInFailed(account.username(), Reason.MFA_CODE_WRONG));
        return locked ? new Refused(Reason.LOCKED) : new WrongCode();
    }

    private SignInStep signedIn(StaffAccount account, SignInChannel channel) {
        accounts.clearFailures(account.id());
        // A stateless API call authenticates on every request: a sign-in event each time would drown the trail.
        if (channel == SignInChannel.STAFF_PAGES) {
            events.publishEvent(new StaffSignedIn(account.username(), account.role()));
        }
        return new SignedIn(account);
    }

    private Refused refuse(String username, Reason reason) {
        events.publishEvent(new StaffSignInFailed(shortened(username), reason));
        return new Refused(reason);
    }

    /** Whatever was typed as a name goes to the audit trail, but not without bound. */
    private static String shortened(String username) {
        var trimmed = username.strip();
        return trimmed.length() <= MAX_EVENT_USERNAME ? trimmed : trimmed.substring(0, MAX_EVENT_USERNAME);
    }

    private String unknownUserHash() {
        var hash = unknownUserHash;
        if (hash == null) {
            hash = passwords.encode(UUID.randomUUID().toString());
            unknownUserHash = hash;
        }
        return hash;
    }
}
