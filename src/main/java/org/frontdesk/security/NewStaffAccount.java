package org.frontdesk.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The admin page's "new account" form, as typed; {@link #problems()} says what is wrong, field by field. */
record NewStaffAccount(@Nullable String username, @Nullable String displayName, @Nullable String role,
        @Nullable String password) {

    static final String USERNAME_PATTERN = "[a-z][a-z0-9._-]{1,39}"; // the same rule as the staff_user table

    static NewStaffAccount empty() {
        return new NewStaffAccount("", "", "", "");
    }

    Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        if (username == null || !username.strip().matches(USERNAME_PATTERN)) {
            problems.put("username", "2 to 40 characters: lower-case letters, digits, dot, dash or underscore, "
                    + "starting with a letter.");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
            problems.put("displayName", "Give the name colleagues know them by (up to 100 characters).");
        }
        if (roleOrNull() == null) {
            problems.put("role", "Choose a role.");
        }
        if (password == null || password.length() < StaffAccounts.MIN_PASSWORD_LENGTH) {
            problems.put("password", "At least " + StaffAccounts.MIN_PASSWORD_LENGTH + " characters.");
        } else if (password.length() > 200) {
            problems.put("password", "At most 200 characters.");
        }
        return problems;
    }

    @Nullable Role roleOrNull() {
        for (var candidate : Role.values()) {
            if (candidate.name().equals(role)) {
                return candidate;
            }
        }
        return null;
    }

    /** For showing the form again: everything but the password. */
    NewStaffAccount withoutPassword() {
        return new NewStaffAccount(username, displayName, role, "");
    }
}
