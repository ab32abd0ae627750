package org.frontdesk.audit.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.Arrays;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc through the real security filters, and the staff members the audit page tests act as. */
final class AuditWeb {

    private AuditWeb() {}

    static MockMvc mvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    static UserRequestPostProcessor manager(String username) {
        return as(username, "ROLE_MANAGER", "PATIENT_READ", "PATIENT_WRITE", "AUDIT_READ");
    }

    static UserRequestPostProcessor frontDesk(String username) {
        return as(username, "ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE");
    }

    static UserRequestPostProcessor as(String username, String... authorities) {
        return user(username).authorities(Arrays.stream(authorities).map(SimpleGrantedAuthority::new)
                .toArray(SimpleGrantedAuthority[]::new));
    }
}
