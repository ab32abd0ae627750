package org.frontdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Where the staff pages send someone mid sign-in: after the password to the second factor when one is due, and
 * from any other page back to it until it is done. After a full sign-in, to the page they first asked for.
 */
final class SignInRedirects implements AuthenticationSuccessHandler, AccessDeniedHandler {

    private final SavedRequestAwareAuthenticationSuccessHandler afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();
    private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        if (authentication instanceof SecondFactorPending pending) {
            response.sendRedirect(request.getContextPath() + pending.nextPage());
        } else {
            afterSignIn.onAuthenticationSuccess(request, response, authentication);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, jakarta.servlet.ServletException {
        if (!(e instanceof CsrfException)
                && SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending pending) {
            response.sendRedirect(request.getContextPath() + pending.nextPage());
        } else {
            denied.handle(request, response, e);
        }
    }

    /** The page the user asked for before signing in, or home. */
    static String targetAfterSignIn(HttpServletRequest request, HttpServletResponse response) {
        var cache = new HttpSessionRequestCache();
        var saved = cache.getRequest(request, response);
        cache.removeRequest(request, response);
        return saved == null ? "/" : saved.getRedirectUrl();
    }
}
