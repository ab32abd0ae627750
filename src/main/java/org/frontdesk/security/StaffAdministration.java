package org.frontdesk.security;

import java.util.HashMap;
import java.util.List;
import org.frontdesk.security.StaffAccountChanged.Change;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an administrator does to staff accounts. Every change is published for the audit trail. */
@Service
@PreAuthorize(Permission.ADMINISTER_STAFF)
class StaffAdministration {

    private final StaffAccounts staff;
    private final StaffAccountRepository accounts;
    private final ApplicationEventPublisher events;

    StaffAdministration(StaffAccounts staff, StaffAccountRepository accounts, ApplicationEventPublisher events) {
        this.staff = staff;
        this.accounts = accounts;
        this.events = events;
    }

    public List<StaffAccount> accounts() {
        return accounts.findAll();
    }

    @Transactional
    public AccountOpening open(NewStaffAccount form) {
        var problems = new HashMap<>(form.problems());
        if (!problems.containsKey("username") && accounts.findByUsername(form.username().strip()).isPresent()) {
            problems.put("username", "This user name is taken.");
        }
        if (!problems.isEmpty()) {
            return new AccountOpening.Refused(problems);
        }
        var account = staff.create(form.username().strip(), form.displayName().strip(), form.roleOrNull(),
                form.password(), false);
        publish(account.username(), Change.CREATED);
        return new AccountOpening.Opened(account);
    }

    /** Disables an account; its API tokens stop working with it. An administrator cannot disable themselves. */
    @Transactional
    public boolean disable(String username) {
        if (username.equalsIgnoreCase(StaffMember.currentUsername())) {
            return false;
        }
        return change(username, accounts.setEnabled(username, false), Change.DISABLED);
    }

    @Transactional
    public boolean enable(String username) {
        return change(username, accounts.setEnabled(username, true), Change.ENABLED);
    }

    /** For a lost phone: the user sets up a new authenticator at the next sign-in (administrators must). */
    @Transactional
    public boolean resetMfa(String username) {
        return change(username, accounts.resetMfa(username), Change.MFA_RESET);
    }

    private boolean change(String username, int updated, Change change) {
        if (updated == 1) {
            publish(username, change);
        }
        return updated == 1;
    }

    private void publish(String username, Change change) {
        events.publishEvent(new StaffAccountChanged(username, change, StaffMember.currentUsername()));
    }
}
