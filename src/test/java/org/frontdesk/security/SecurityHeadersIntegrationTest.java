package org.frontdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.frontdesk.FrontdeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every staff page tells the browser, and that forms cannot be forged from elsewhere. */
@FrontdeskTest
class SecurityHeadersIntegrationTest {

    @LocalServerPort int port;

    @Test
    void staffPagesForbidInlineScriptsFramingAndSniffing() {
        var browser = new StaffClient(port);
        var signInPage = browser.get("/login");
        browser.signIn("frontdesk", FrontdeskTest.DEMO_PASSWORD);
        var home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);

        for (var page : java.util.List.of(signInPage, home)) {
            assertThat(header(page, "Content-Security-Policy"))
                    .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
            assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(header(page, "Cache-Control")).contains("no-store");
        }
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndOtherSites() {
        var browser = new StaffClient(port);
        var page = browser.get("/login");
        assertThat(header(page, "Set-Cookie")).contains("JSESSIONID=").contains("HttpOnly").contains("SameSite=Strict");
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        var browser = new StaffClient(port);
        browser.signIn("frontdesk", FrontdeskTest.DEMO_PASSWORD);
        browser.get("/patients/new");

        var forged = browser.postForm("/patients", Map.of("familyName", "Forged", "givenName", "Form"));
        assertThat(forged.statusCode()).isEqualTo(403);

        var signIn = new StaffClient(port);
        signIn.get("/login");
        var forgedSignIn = signIn.postForm("/login", Map.of("username", "frontdesk", "password", FrontdeskTest.DEMO_PASSWORD));
        assertThat(forgedSignIn.statusCode()).isEqualTo(403);
    }

    @Test
    void staffPagesNeedASignIn() {
        assertThat(StaffClient.location(new StaffClient(port).get("/patients"))).isEqualTo("/login");
        assertThat(new StaffClient(port).get("/js/frontdesk.js").statusCode()).isEqualTo(200);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("No " + name + " header"));
    }
}
