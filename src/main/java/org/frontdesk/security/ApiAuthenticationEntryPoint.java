package org.frontdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 in each API's own error format: a FHIR {@code OperationOutcome} under {@code /fhir}, RFC 9457
 * problem details elsewhere.
 */
@Component
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Frontdesk\", Bearer realm=\"Frontdesk\"");
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "login", "Authentication required");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Your role does not allow this");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
            String message) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith("/fhir")) {
            response.setContentType("application/fhir+json");
            response.getWriter().write("""
                    {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"%s","diagnostics":"%s"}]}"""
                    .formatted(code, message));
        } else {
            response.setContentType("application/problem+json");
            response.getWriter().write("""
                    {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}"""
                    .formatted(status == 401 ? "Unauthorized" : "Forbidden", status, message));
        }
    }
}
