package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.web.CalendarWeb.as;
import static org.frontdesk.scheduling.web.CalendarWeb.book;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.security.Role;
import org.frontdesk.security.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * A provider's template and exceptions over MockMvc: the manager changes the template (and who did is recorded), the
 * front desk enters a sick day, the page counts the booked appointments that no longer fit; overlapping hours and
 * backwards dates come back beside their fields with nothing stored. And a provider's own calendar by default.
 */
@FrontdeskTest
class TemplatePagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Appointments appointments;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Clock clock;

    MockMvc mvc;
    SchedulingFixture fixture;
    SchedulingFixture.Practice practice;

    @BeforeEach
    void setUp() {
        mvc = CalendarWeb.mvc(context);
        fixture = SchedulingFixture.of(context);
        practice = fixture.practice();
    }

    @Test
    void workingHoursThatOverlapTheProvidersOtherHoursAreRefusedBesideTheFieldAndNothingIsStored() throws Exception {
        long before = periods();

        var page = mvc.perform(addPeriod(Role.MANAGER, "WORKING", "9:00", "17:00", day(1), "")
                        .param("weekdays", "MONDAY", "TUESDAY"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"start-error\"", "Monday: This overlaps the provider&#39;s other working hours");
        assertThat(periods()).as("all or nothing: no day was added").isEqualTo(before);
    }

    @Test
    void aLastDayBeforeTheFirstIsRefusedBesideTheField() throws Exception {
        long before = periods();

        var page = mvc.perform(addPeriod(Role.MANAGER, "BREAK", "12:00", "13:00", day(10), day(3))
                        .param("weekdays", "WEDNESDAY"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"effectiveUntil-error\"", "The last day cannot be before the first.");
        assertThat(periods()).isEqualTo(before);
    }

    @Test
    void theManagerAddsAndRemovesABreakAndWhoDidIsRecorded() throws Exception {
        mvc.perform(addPeriod(Role.MANAGER, "BREAK", "12:00", "1:00 PM", day(1), "").param("weekdays", "THURSDAY"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("misfits"));
        var added = jdbc.sql("SELECT id FROM template_period WHERE provider_id = :p AND kind = 'BREAK'")
                .param("p", practice.provider().value()).query(java.util.UUID.class).single();

        var page = mvc.perform(get("/setup/providers/" + practice.provider() + "/template")
                        .param("location", practice.location().toString()).with(as(Role.MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("tw-entry break", "Break 12:00 PM–1:00 PM", "manager-calendar-test");

        mvc.perform(post("/setup/providers/" + practice.provider() + "/template/" + added + "/remove").with(csrf())
                .with(as(Role.MANAGER))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT action || ' ' || username FROM audit_event WHERE resource_type = 'TemplatePeriod'"
                        + " AND resource_id = :id ORDER BY id").param("id", added.toString()).query(String.class)
                .list()).containsExactly("CREATE manager-calendar-test", "UPDATE manager-calendar-test");
    }

    @Test
    void theFrontDeskEntersASickDayAndSeesHowManyBookedAppointmentsNoLongerFit() throws Exception {
        var sick = fixture.at(4, 12, 0).atZone(SchedulingFixture.ZONE).toLocalDate();
        for (int hour : new int[] {9, 11}) {
            book(appointments, BookingRequest.of(fixture.patient(), practice.provider(), practice.location(), null,
                    practice.type(), fixture.at(4, hour, 0), null));
        }

        var result = mvc.perform(post("/setup/providers/" + practice.provider() + "/exceptions").with(csrf())
                        .with(as(Role.FRONT_DESK)).param("kind", "SICK_DAY").param("firstDay", sick.toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var notice = (MisfitNotice) result.getFlashMap().get("misfits");
        assertThat(notice.count()).isEqualTo(2);
        assertThat(notice.text()).isEqualTo("2 booked appointments no longer fit");
        assertThat(notice.link()).isEqualTo("/schedule/conflicts?provider=" + practice.provider());
        assertThat(jdbc.sql("SELECT created_by FROM provider_exception WHERE provider_id = :p")
                .param("p", practice.provider().value()).query(String.class).single())
                .isEqualTo("front_desk-calendar-test");

        var page = mvc.perform(get("/setup/providers/" + practice.provider() + "/template")
                        .param("location", practice.location().toString()).param("date", sick.toString())
                        .flashAttr("misfits", notice).with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2 booked appointments no longer fit",
                "href=\"/schedule/conflicts?provider=" + practice.provider() + "\"", "tw-away")
                .as("the front desk does not change templates").doesNotContain("id=\"period-form\"");
    }

    @Test
    void theFrontDeskMayEnterASickDayButNotChangeATemplateAndBillingOrAProviderNeither() throws Exception {
        long before = periods();
        mvc.perform(addPeriod(Role.FRONT_DESK, "BREAK", "12:00", "13:00", day(1), "").param("weekdays", "FRIDAY"))
                .andExpect(status().isForbidden());
        for (var role : new Role[] {Role.BILLING, Role.PROVIDER}) {
            mvc.perform(post("/setup/providers/" + practice.provider() + "/exceptions").with(csrf()).with(as(role))
                    .param("kind", "SICK_DAY").param("firstDay", day(2))).andExpect(status().isForbidden());
            mvc.perform(addPeriod(role, "BREAK", "12:00", "13:00", day(1), "").param("weekdays", "FRIDAY"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/setup/holidays").with(csrf()).with(as(Role.FRONT_DESK)).param("day", day(30))
                .param("name", "Not allowed")).andExpect(status().isForbidden());
        assertThat(periods()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM provider_exception WHERE provider_id = :p")
                .param("p", practice.provider().value()).query(Long.class).single()).isZero();
    }

    @Test
    void anExceptionThatEndsBeforeItStartsIsRefusedBesideTheLastDay() throws Exception {
        var page = mvc.perform(post("/setup/providers/" + practice.provider() + "/exceptions").with(csrf())
                        .with(as(Role.FRONT_DESK)).param("kind", "VACATION").param("firstDay", day(9))
                        .param("lastDay", day(5)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"lastDay-error\"", "The end must be after the start.");
        assertThat(jdbc.sql("SELECT count(*) FROM provider_exception WHERE provider_id = :p")
                .param("p", practice.provider().value()).query(Long.class).single()).isZero();
    }

    @Test
    void aProviderLinkedToTheirStaffAccountOpensOnTheirOwnColumnAndWeek() throws Exception {
        var other = fixture.provider(practice.type());
        var username = "dr-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        staff.create(username, "Dr. Test Linked", Role.PROVIDER, "a-long-enough-password", false);
        var npi = jdbc.sql("SELECT npi FROM provider WHERE id = :id").param("id", practice.provider().value())
                .query(String.class).single();
        mvc.perform(post("/setup/providers/" + practice.provider()).with(csrf()).with(as(Role.MANAGER))
                        .param("name", "Linked Provider").param("credentials", "MD").param("npi", npi).param("colour", "#cc6633")
                        .param("active", "true").param("offers", practice.type().toString())
                        .param("defaultLocation", practice.location().toString()).param("staffUsername", username))
                .andExpect(status().is3xxRedirection());

        var own = mvc.perform(get("/schedule/day").with(signedInAs(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own.split("class=\"cal-column\"", -1)).as("their column alone").hasSize(2);
        assertThat(own).contains("data-provider=\"" + practice.provider() + "\"");

        var everyone = mvc.perform(get("/schedule/day").param("location", practice.location().toString())
                        .with(signedInAs(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(everyone).as("a convenience, not a restriction").contains("data-provider=\"" + other + "\"");

        var week = mvc.perform(get("/schedule/week").with(signedInAs(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(week).contains("Linked Provider, MD · ");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder addPeriod(Role role,
            String kind, String start, String end, String from, String until) {
        return post("/setup/providers/" + practice.provider() + "/template").with(csrf()).with(as(role))
                .param("kind", kind).param("location", practice.location().toString()).param("start", start)
                .param("end", end).param("effectiveFrom", from).param("effectiveUntil", until);
    }

    private static RequestPostProcessor signedInAs(String username) {
        var authorities = new ArrayList<SimpleGrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + Role.PROVIDER.name()));
        Role.PROVIDER.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
        return user(username).authorities(authorities);
    }

    private long periods() {
        return jdbc.sql("SELECT count(*) FROM template_period WHERE provider_id = :p")
                .param("p", practice.provider().value()).query(Long.class).single();
    }

    private String day(int days) {
        return LocalDate.now(clock.withZone(SchedulingFixture.ZONE)).plusDays(days).toString();
    }
}
