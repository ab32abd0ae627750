package org.frontdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.security.StaffSignInFailed.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@FrontdeskTest
class ApiTokenIntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("<code id=\"token\" class=\"wrap\">(fd_[A-Za-z0-9_-]{43})</code>");

    @Autowired StaffAccounts staff;
    @Autowired StaffAccountRepository accounts;
    @Autowired JdbcClient jdbc;
    @Autowired ConfigurableApplicationContext context;
    @LocalServerPort int port;

    StaffFixture fixture;
    PublishedEvents events;
    StaffClient admin;

    @BeforeEach
    void setUp() {
        fixture = new StaffFixture(staff, accounts, jdbc);
        events = PublishedEvents.listenTo(context);
        admin = new StaffClient(port);
        admin.signIn("admin", FrontdeskTest.DEMO_PASSWORD);
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    void aTokenActsAsItsStaffMemberWithTheirRole() {
        var account = fixture.account("lab", Role.PROVIDER);
        var token = issue(account, "lab interface");

        var me = call("/api/me", "Bearer " + token);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + account.username() + "\"").contains("\"role\":\"PROVIDER\"");
        assertThat(me.headers().firstValue("Set-Cookie")).as("the API keeps no session").isEmpty();
    }

    @Test
    void theTokenIsShownOnceAndOnlyItsSha256IsStored() {
        var account = fixture.account("once", Role.FRONT_DESK);
        var token = issue(account, "billing export");

        assertThat(token).matches("fd_[A-Za-z0-9_-]{43}");
        assertThat(admin.get("/admin/staff").body()).contains("billing export").doesNotContain(token);
        var stored = jdbc.sql("SELECT token_hash FROM api_token t JOIN staff_user u ON u.id = t.staff_user WHERE u.id = :id")
                .param("id", account.id()).query(byte[].class).single();
        assertThat(stored).isEqualTo(ApiTokens.sha256(token));
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE name LIKE :t OR created_by LIKE :t")
                .param("t", "%" + token.substring(3) + "%").query(Long.class).single()).isZero();
        assertThat(events.changesOf(account.username())).extracting(StaffAccountChanged::change)
                .containsExactly(StaffAccountChanged.Change.API_TOKEN_ISSUED);
    }

    @Test
    void anUnknownTokenGets401InEachApisOwnFormatAndIsReported() {
        var forged = "fd_" + "A".repeat(43);

        var api = call("/api/me", "Bearer " + forged);
        var fhir = call("/fhir/Patient/123", "Bearer " + forged);

        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).contains("Bearer"));
        assertThat(fhir.statusCode()).isEqualTo(401);
        assertThat(fhir.body()).contains("\"resourceType\":\"OperationOutcome\"");
        assertThat(api.body() + fhir.body()).doesNotContain(forged);
        assertThat(events.failuresOf("api-token")).extracting(StaffSignInFailed::reason)
                .containsExactly(Reason.API_TOKEN_INVALID, Reason.API_TOKEN_INVALID);
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        var account = fixture.account("revoked", Role.FRONT_DESK);
        var token = issue(account, "old laptop");
        assertThat(call("/api/me", "Bearer " + token).statusCode()).isEqualTo(200);
        var id = jdbc.sql("SELECT t.id FROM api_token t WHERE t.staff_user = :id").param("id", account.id())
                .query(java.util.UUID.class).single();

        admin.submit("/admin/staff", "/admin/staff/tokens/" + id + "/revoke", Map.of());

        assertThat(call("/api/me", "Bearer " + token).statusCode()).isEqualTo(401);
        assertThat(admin.get("/admin/staff").body()).contains("revoked");
    }

    /** Proves the look-up is remembered: the database alone changing does not reach a recently used token. */
    @Test
    void recentLookUpsAreRememberedAndAnAccountChangeForgetsThem() {
        var account = fixture.account("cached", Role.BILLING);
        var token = issue(account, "statement printer");
        assertThat(call("/api/me", "Bearer " + token).statusCode()).isEqualTo(200);

        jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE staff_user = :id").param("id", account.id()).update();
        assertThat(call("/api/me", "Bearer " + token).statusCode()).isEqualTo(200);

        admin.submit("/admin/staff", "/admin/staff/" + account.username() + "/disable", Map.of());
        assertThat(call("/api/me", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void aDisabledAccountsTokensStopWorking() {
        var account = fixture.account("gone", Role.FRONT_DESK);
        var token = issue(account, "front desk kiosk");
        admin.submit("/admin/staff", "/admin/staff/" + account.username() + "/disable", Map.of());
        assertThat(call("/api/me", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void recordsWhenATokenWasLastUsed() {
        var account = fixture.account("used", Role.FRONT_DESK);
        var token = issue(account, "scanner");
        assertThat(lastUsed(account)).isNull();
        call("/api/me", "Bearer " + token);
        assertThat(lastUsed(account)).isNotNull();
    }

    @Test
    void httpBasicStillWorksForStaffPasswords() {
        var basic = "Basic " + Base64.getEncoder().encodeToString(("frontdesk:" + FrontdeskTest.DEMO_PASSWORD).getBytes());
        var wrong = "Basic " + Base64.getEncoder().encodeToString("frontdesk:not-the-password".getBytes());

        assertThat(call("/api/me", basic).body()).contains("\"role\":\"FRONT_DESK\"");
        assertThat(call("/api/me", wrong).statusCode()).isEqualTo(401);
        assertThat(call("/api/me", basic).statusCode()).as("the right password resets the count").isEqualTo(200);
        assertThat(call("/api/me", null).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyAnAdministratorIssuesTokens() {
        var account = fixture.account("self", Role.FRONT_DESK);
        var clerk = new StaffClient(port);
        clerk.signIn(account.username(), StaffFixture.PASSWORD);
        var response = clerk.submit("/", "/admin/staff/" + account.username() + "/tokens", Map.of("name", "mine"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE staff_user = :id").param("id", account.id())
                .query(Long.class).single()).isZero();
    }

    private String issue(StaffAccount account, String name) {
        var page = admin.submit("/admin/staff", "/admin/staff/" + account.username() + "/tokens", Map.of("name", name));
        assertThat(page.statusCode()).isEqualTo(200);
        var matcher = TOKEN.matcher(page.body());
        assertThat(matcher.find()).as("the new token is shown").isTrue();
        return matcher.group(1);
    }

    private java.time.Instant lastUsed(StaffAccount account) {
        return jdbc.sql("SELECT last_used_at FROM api_token WHERE staff_user = :id").param("id", account.id())
                .query((rs, row) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).list().getFirst();
    }

    private HttpResponse<String> call(String path, String authorization) {
        var request = HttpRequest.newBuilder(URI.create(admin.uri(path))).header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return new StaffClient(port).send(request);
    }
}
