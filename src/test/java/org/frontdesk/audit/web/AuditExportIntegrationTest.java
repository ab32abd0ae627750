package org.frontdesk.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.audit.web.AuditPagesIntegrationTest.probeUser;
import static org.frontdesk.audit.web.AuditWeb.frontDesk;
import static org.frontdesk.audit.web.AuditWeb.manager;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditFilter;
import org.frontdesk.audit.AuditLog;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

@FrontdeskTest
class AuditExportIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = AuditWeb.mvc(context);
    }

    @Test
    void exportsTheFilteredEntriesOldestFirstWithAHeaderRow() throws Exception {
        var patient = UUID.randomUUID();
        var reviewer = probeUser();
        record(patient, "first look");
        record(patient, "second look");

        var lines = export("/audit/export.csv?patient=" + patient, reviewer).split("\r\n", -1);

        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("id,when,username,role,action,outcome");
        assertThat(lines[1]).contains(patient.toString()).endsWith(",first look");
        assertThat(lines[2]).endsWith(",second look");
        assertThat(lines[3]).as("the export is recorded before it is written, so it lists itself")
                .contains("," + reviewer + ",MANAGER,EXPORT,SUCCESS,AuditEvent,");
        assertThat(lines[4]).as("the last line ends with CRLF too").isEmpty();
    }

    @Test
    void quotesAndDefusesWhatPeopleTyped() throws Exception {
        var patient = UUID.randomUUID();
        trail.record(new AuditEntry(AuditAction.LOGIN_FAILED, AuditOutcome.FAILED, null, null, List.of(patient),
                "BAD_CREDENTIALS, again"), "=HYPERLINK(\"http://example.org\")", null);

        var csv = export("/audit/export.csv?patient=" + patient, probeUser());

        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://example.org\"\")\",")
                .contains(",\"BAD_CREDENTIALS, again\"\r\n");
    }

    @Test
    void theExportIsAuditedAsAnExport() throws Exception {
        var reviewer = probeUser();

        export("/audit/export.csv?username=frontdesk&from=2026-01-01", reviewer);

        assertThat(log.search(new AuditFilter(null, reviewer, null, null).page(0, 10))).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditAction.EXPORT);
                    assertThat(entry.resourceType()).isEqualTo("AuditEvent");
                    assertThat(entry.detail()).isEqualTo("username=frontdesk from=2026-01-01 page=1");
                });
    }

    @Test
    void onlyThoseWhoMayReadTheTrailMayExportIt() throws Exception {
        mvc.perform(get("/audit/export.csv").with(frontDesk(probeUser()))).andExpect(status().isForbidden());
    }

    @Test
    void aMistypedFilterIsABadRequest() throws Exception {
        mvc.perform(get("/audit/export.csv?patient=nope").with(manager(probeUser())))
                .andExpect(status().isBadRequest());
    }

    private String export(String url, String username) throws Exception {
        return mvc.perform(get(url).with(manager(username)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andReturn().getResponse().getContentAsString();
    }

    private void record(UUID patient, String detail) {
        trail.record(new AuditEntry(AuditAction.READ, AuditOutcome.SUCCESS, "Patient", patient.toString(),
                List.of(patient), detail), "frontdesk", "FRONT_DESK");
    }
}
