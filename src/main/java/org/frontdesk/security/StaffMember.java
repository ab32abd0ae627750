package org.frontdesk.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in staff member (or API token's owner) acting in the current request. */
public record StaffMember(String username, Role role) {

    /** The authority that carries the role, beside the permission authorities. */
    static final String ROLE_AUTHORITY_PREFIX = "ROLE_";

    public static Optional<StaffMember> current() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<StaffMember> from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a != null && a.startsWith(ROLE_AUTHORITY_PREFIX))
                .map(a -> a.substring(ROLE_AUTHORITY_PREFIX.length()))
                .flatMap(name -> java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(name)))
                .findFirst()
                .map(role -> new StaffMember(authentication.getName(), role));
    }

    /** The acting user's name, or {@code system} for work that no person started (demo seeding, imports). */
    public static String currentUsername() {
        return current().map(StaffMember::username).orElse("system");
    }
}
