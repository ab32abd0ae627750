package org.frontdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer fd_...} on the machine APIs: the request runs as the token's staff member with their
 * role's authorities. Requests without a bearer token pass on to HTTP Basic. Not a bean, so that the servlet
 * container does not also run it on the staff pages.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final SigningIn signingIn;
    private final ApiAuthenticationEntryPoint entryPoint;

    ApiTokenFilter(ApiTokens tokens, SigningIn signingIn, ApiAuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.signingIn = signingIn;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var holder = tokens.holderOf(header.substring(BEARER.length()).strip());
        if (holder.isEmpty()) {
            // The token itself never goes into the event or the response.
            signingIn.tokenRefused("api-token");
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Invalid API token"));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(holder.get().username(), null,
                StaffAuthenticationProvider.authoritiesOf(holder.get().role()));
        var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        chain.doFilter(request, response);
    }
}
