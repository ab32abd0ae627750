package org.frontdesk.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: lets an integrator check which account and role their token or password speaks for. */
@RestController
class ApiIdentity {

    record Me(String username, Role role) {}

    @GetMapping("/api/me")
    Me me() {
        var member = StaffMember.current().orElseThrow(() -> new IllegalStateException("Not signed in as staff"));
        return new Me(member.username(), member.role());
    }
}
