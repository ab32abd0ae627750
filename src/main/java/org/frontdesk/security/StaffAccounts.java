package org.frontdesk.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: creating them and looking them up. */
@Service
public class StaffAccounts {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final StaffAccountRepository repository;
    private final PasswordEncoder passwords;

    StaffAccounts(StaffAccountRepository repository, PasswordEncoder passwords) {
        this.repository = repository;
        this.passwords = passwords;
    }

    /**
     * @param mfaExempt only for demo accounts: lets an ADMIN in without a second factor
     */
    @Transactional
    public StaffAccount create(String username, String displayName, Role role, String password, boolean mfaExempt) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        var id = UUID.randomUUID();
        repository.insert(id, username, displayName, role, passwords.encode(password), mfaExempt);
        return repository.findByUsername(username).orElseThrow();
    }

    public Optional<StaffAccount> find(String username) {
        return repository.findByUsername(username);
    }

    public List<StaffAccount> all() {
        return repository.findAll();
    }

    public boolean none() {
        return repository.count() == 0;
    }
}
