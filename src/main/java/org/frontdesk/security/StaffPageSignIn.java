package org.frontdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Marks a password that came through the sign-in page, where a second factor can be asked for. Anything else (HTTP
 * Basic) is treated as a machine call, so an unmarked attempt can never end in a half sign-in.
 */
final class StaffPageSignIn extends WebAuthenticationDetails {

    StaffPageSignIn(HttpServletRequest request) {
        super(request);
    }
}
