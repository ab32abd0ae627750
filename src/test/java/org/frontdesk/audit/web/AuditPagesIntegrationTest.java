package org.frontdesk.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.audit.web.AuditWeb.frontDesk;
import static org.frontdesk.audit.web.AuditWeb.manager;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditFilter;
import org.frontdesk.audit.AuditLog;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditRecord;
import org.frontdesk.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

@FrontdeskTest
class AuditPagesIntegrationTest {

    private static final Pattern ROW = Pattern.compile("class=\"audit-row");

    @Autowired
    WebApplicationContext context;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = AuditWeb.mvc(context);
    }

    @Test
    void aManagerFindsEveryEntryAboutOnePatient() throws Exception {
        var patient = UUID.randomUUID();
        recordAbout(patient, "frontdesk");
        recordAbout(patient, "doctor");
        recordAbout(UUID.randomUUID(), "frontdesk");

        var page = page("/audit?patient=" + patient, "manager");

        assertThat(rows(page)).isEqualTo(2);
        assertThat(page).contains(patient.toString()).contains("doctor");
    }

    @Test
    void findsAStaffMembersEntriesWhateverTheCaseTyped() throws Exception {
        var someone = probeUser();
        for (int i = 0; i < 3; i++) {
            recordAbout(UUID.randomUUID(), someone);
        }

        assertThat(rows(page("/audit?username=" + someone.toUpperCase(), "manager"))).isEqualTo(3);
    }

    @Test
    void pagesHoldFiftyEntriesNewestFirst() throws Exception {
        var someone = probeUser();
        for (int i = 0; i < 51; i++) {
            recordAbout(UUID.randomUUID(), someone);
        }

        var first = page("/audit?username=" + someone, "manager");
        var second = page("/audit?username=" + someone + "&page=2", "manager");

        assertThat(rows(first)).isEqualTo(50);
        assertThat(first).contains("id=\"next-page\"").doesNotContain("id=\"previous-page\"");
        assertThat(rows(second)).isEqualTo(1);
        assertThat(second).contains("id=\"previous-page\"").doesNotContain("id=\"next-page\"");
        var oldest = log.search(new AuditFilter(null, someone, null, null).page(50, 1)).getFirst();
        assertThat(second).contains("data-id=\"" + oldest.id() + "\"");
    }

    @Test
    void datesAreThePracticesDays() throws Exception {
        var someone = probeUser();
        recordAbout(UUID.randomUUID(), someone);
        var today = LocalDate.now(clock);

        assertThat(rows(page("/audit?username=" + someone + "&from=" + today + "&to=" + today, "manager")))
                .isEqualTo(1);
        assertThat(rows(page("/audit?username=" + someone + "&from=" + today.minusDays(9) + "&to="
                + today.minusDays(1), "manager"))).isZero();
        assertThat(rows(page("/audit?username=" + someone + "&from=" + today.plusDays(1), "manager"))).isZero();
    }

    @Test
    void eachReviewIsItselfAuditedWithoutWhatItFound() throws Exception {
        var reviewer = probeUser();
        var patient = UUID.randomUUID();

        page("/audit?patient=" + patient + "&username=frontdesk", reviewer);

        assertThat(entriesBy(reviewer)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SEARCH);
            assertThat(entry.resourceType()).isEqualTo("AuditEvent");
            assertThat(entry.patientIds()).containsExactly(patient);
            assertThat(entry.role()).isEqualTo("MANAGER");
            assertThat(entry.detail()).isEqualTo("username=frontdesk page=1");
        });
    }

    @Test
    void aMistypedFilterIsExplainedAndNothingIsSearched() throws Exception {
        var reviewer = probeUser();

        var page = page("/audit?patient=12345&from=yesterday", reviewer);

        assertThat(page).contains("Not a patient id").contains("Use a date like");
        assertThat(rows(page)).isZero();
        assertThat(entriesBy(reviewer)).isEmpty();
    }

    @Test
    void theFrontDeskMayNotOpenTheAuditTrailAndTheAttemptIsRecorded() throws Exception {
        var clerk = probeUser();

        mvc.perform(get("/audit").with(frontDesk(clerk))).andExpect(status().isForbidden());

        assertThat(entriesBy(clerk)).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(entry.detail()).isEqualTo("AuditPages.review");
        });
    }

    @Test
    void theVerifyButtonShowsThatTheTrailIsIntactAndRecordsTheCheck() throws Exception {
        var reviewer = probeUser();

        var page = mvc.perform(post("/audit/verification").with(manager(reviewer)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var fragment = mvc.perform(post("/audit/verification").header("HX-Request", "true")
                        .with(manager(reviewer)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"chain-intact\"").contains("id=\"chain-head\"").contains("<html");
        assertThat(fragment).contains("id=\"chain-intact\"").doesNotContain("<html");
        assertThat(entriesBy(reviewer)).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.resourceType()).isEqualTo("AuditEvent");
            assertThat(entry.detail()).startsWith("chain verified intact");
        });
    }

    /** Entries recorded but not chained yet are counted on the page, so that a stuck chain writer shows (ADR 16). */
    @Test
    void theVerificationPageSaysHowManyEntriesWaitToBeChained() {
        var reviewer = probeUser();

        // uncommitted, so the chain's writer cannot take it; the request runs on this thread and joins the transaction
        var page = new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("""
                    INSERT INTO audit_pending (occurred_at, username, action, outcome, channel)
                    VALUES (now(), 'probe', 'READ', 'SUCCESS', 'SYSTEM')""").update();
            try {
                return mvc.perform(post("/audit/verification").header("HX-Request", "true")
                                .with(manager(reviewer)).with(csrf()))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(page).contains("id=\"chain-waiting\"")
                .containsPattern("[1-9][0-9]* newer entr(y is|ies are) recorded and waiting to be chained");
    }

    /** Without the token the post is refused: 403, or, with no session to hold a token, the "expired" sign-in. */
    @Test
    void verifyingNeedsTheCsrfToken() throws Exception {
        var reviewer = probeUser();
        mvc.perform(post("/audit/verification").with(manager(reviewer)))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 403))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isIn(null, "/login?expired"));
        assertThat(entriesBy(reviewer)).isEmpty();
    }

    private String page(String url, String username) throws Exception {
        return mvc.perform(get(url).with(manager(username)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private void recordAbout(UUID patient, String username) {
        trail.record(AuditEntry.ofPatient(AuditAction.READ, AuditOutcome.SUCCESS, patient), username, "FRONT_DESK");
    }

    private List<AuditRecord> entriesBy(String username) {
        return log.search(new AuditFilter(null, username, null, null).page(0, 100));
    }

    static String probeUser() {
        return "probe-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static int rows(String html) {
        return (int) ROW.matcher(html).results().count();
    }
}
