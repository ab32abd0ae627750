package org.frontdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.frontdesk.FrontdeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The staff pages' session ends after 15 quiet minutes, and the next page says why. */
@FrontdeskTest
class SessionTimeoutIntegrationTest {

    @Autowired WebServerApplicationContext context;
    @LocalServerPort int port;

    @Test
    void aSignedInSessionExpiresAfterFifteenIdleMinutes() throws IOException {
        var browser = new StaffClient(port);
        assertThat(StaffClient.location(browser.signIn("frontdesk", FrontdeskTest.DEMO_PASSWORD))).isEqualTo("/");

        var session = tomcatSession(browser.sessionId());

        assertThat(session.getMaxInactiveInterval()).isEqualTo(15 * 60);
    }

    @Test
    void anExpiredSessionLeadsToTheSignInPageWithAMessage() throws IOException {
        var browser = new StaffClient(port);
        browser.signIn("billing", FrontdeskTest.DEMO_PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        tomcatSession(browser.sessionId()).expire(); // what Tomcat's background sweep does after the idle time

        var next = browser.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(StaffClient.location(next)).isEqualTo("/login?expired");
        assertThat(browser.get("/login?expired").body())
                .contains("Your session ended after a quiet spell. Please sign in again.");
    }

    @Test
    void signingOutIsNotMistakenForAnExpiredSession() {
        var browser = new StaffClient(port);
        browser.signIn("billing", FrontdeskTest.DEMO_PASSWORD);

        var out = browser.submit("/", "/logout", java.util.Map.of());

        assertThat(StaffClient.location(out)).isEqualTo("/login?logout");
        assertThat(StaffClient.location(browser.get("/"))).isEqualTo("/login");
    }

    private Session tomcatSession(String id) throws IOException {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        var webapp = (Context) tomcat.getHost().findChildren()[0];
        var session = webapp.getManager().findSession(id);
        assertThat(session).as("Tomcat session for the browser's cookie").isNotNull();
        return session;
    }
}
