package org.frontdesk.security;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Synthetic staff accounts, a fresh name for each test so that tests never lock or disable each other's users. */
final class StaffFixture {

    static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final StaffAccounts staff;
    private final StaffAccountRepository accounts;
    private final JdbcClient jdbc;

    StaffFixture(StaffAccounts staff, StaffAccountRepository accounts, JdbcClient jdbc) {
        this.staff = staff;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    static String freshUsername(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() % 1000 + "-" + SEQUENCE.incrementAndGet();
    }

    StaffAccount account(String prefix, Role role) {
        return staff.create(freshUsername(prefix), "Test " + prefix, role, PASSWORD, false);
    }

    /** An account that already has an authenticator with the given secret. */
    StaffAccount withMfa(String prefix, Role role, String secret) {
        var account = account(prefix, role);
        accounts.enableMfa(account.id(), secret, Totp.stepAt(Instant.now()) - 5);
        return staff.find(account.username()).orElseThrow();
    }

    /** As if the lockout's quarter of an hour had passed. */
    void lockExpires(StaffAccount account) {
        jdbc.sql("UPDATE staff_user SET locked_until = now() - interval '1 second' WHERE id = :id")
                .param("id", account.id()).update();
    }

    StaffAccount reload(StaffAccount account) {
        return staff.find(account.username()).orElseThrow();
    }
}
