package org.frontdesk.scheduling.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.security.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The front desk issues a provider's calendar link on the staff page, and revokes it. */
@FrontdeskTest
class CalendarFeedPagesTest {

    private static final Pattern FEED_URL = Pattern.compile("id=\"feed-url\"[^>]*>([^<]+)<");
    private static final String PAGE = "/scheduling/calendar-feeds";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private HttpResponse<String> fetch(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFrontDeskIssuesALinkThatWorksOnceShownAndRevokesIt() throws Exception {
        var provider = SchedulingFixture.of(context).practice().provider();
        var clerk = new StaffClient(port);
        clerk.signIn("frontdesk", FrontdeskTest.DEMO_PASSWORD);
        assertThat(clerk.get(PAGE).body()).contains("feed-" + provider);

        var issued = clerk.submit(PAGE, PAGE + "/" + provider + "/issue", Map.of());

        assertThat(issued.statusCode()).isEqualTo(200);
        var matcher = FEED_URL.matcher(issued.body());
        assertThat(matcher.find()).isTrue();
        var url = matcher.group(1);
        assertThat(url).startsWith("http://localhost:" + port + "/api/calendar/cal_").endsWith(".ics");
        assertThat(fetch(url).statusCode()).isEqualTo(200);
        assertThat(clerk.get(PAGE).body()).as("shown only once").doesNotContain(url);

        var revoked = clerk.submit(PAGE, PAGE + "/" + provider + "/revoke", Map.of());
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(fetch(url).statusCode()).isEqualTo(404);
    }

    @Test
    void billingSeesTheLinksButCannotIssueOne() throws Exception {
        var provider = SchedulingFixture.of(context).practice().provider();
        var biller = new StaffClient(port);
        biller.signIn("billing", FrontdeskTest.DEMO_PASSWORD);

        var page = biller.get(PAGE);
        var attempt = biller.submit(PAGE, PAGE + "/" + provider + "/issue", Map.of());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("feed-" + provider).doesNotContain("Issue link");
        assertThat(attempt.statusCode()).isEqualTo(403);
        assertThat(attempt.body()).doesNotContain("/api/calendar/cal_");
    }
}
