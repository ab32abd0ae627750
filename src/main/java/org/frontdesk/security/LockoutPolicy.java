package org.frontdesk.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many wrong passwords or MFA codes in a row lock an account, and for how long. Locking slows down guessing;
 * the lock lifts by itself so that a forgetful user does not need an administrator.
 */
@ConfigurationProperties("frontdesk.security.lockout")
record LockoutPolicy(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {

    LockoutPolicy {
        if (maxFailures < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("Lockout needs at least one failure and a positive duration");
        }
    }

    Instant lockedUntil(Instant now) {
        return now.plus(duration).truncatedTo(ChronoUnit.MICROS); // PostgreSQL's precision
    }
}
