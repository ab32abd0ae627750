package org.frontdesk.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.frontdesk.FrontdeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** Signs in as the demo practice's real accounts, through HTTP Basic as monitoring would. */
@FrontdeskTest
class VerificationApiIntegrationTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = AuditWeb.mvc(context);
    }

    @Test
    void reportsAnIntactChainAndAlwaysNamesTheFirstBrokenId() throws Exception {
        var json = mvc.perform(get("/api/audit/verification").with(httpBasic("manager", FrontdeskTest.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(json).matches(
                "\\{\"intact\":true,\"checked\":[1-9][0-9]*,\"firstBrokenId\":null,\"waiting\":[0-9]+}");
    }

    @Test
    void theAdministratorMayCheckTheTrailToo() throws Exception {
        mvc.perform(get("/api/audit/verification").with(httpBasic("admin", FrontdeskTest.DEMO_PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void staffWithoutAuditAccessAreRefused() throws Exception {
        mvc.perform(get("/api/audit/verification").with(httpBasic("frontdesk", FrontdeskTest.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousCallersMustSignIn() throws Exception {
        mvc.perform(get("/api/audit/verification")).andExpect(status().isUnauthorized());
    }
}
