package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.web.CalendarWeb.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.scheduling.Appointment;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.CancelledBy;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.scheduling.WaitList;
import org.frontdesk.scheduling.WaitListRequest;
import org.frontdesk.security.Permission;
import org.frontdesk.security.Role;
import org.frontdesk.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The wait list page over MockMvc through the real security filters: the front desk adds a patient, sees the offers a
 * cancellation made and books one with one click; bad input comes back beside its field with nothing stored;
 * billing reads the list but cannot change it.
 */
@FrontdeskTest
class WaitListPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Appointments appointments;

    @Autowired
    WaitList waitList;

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
    void theFrontDeskAddsAPatientFromTheirPageAndSeesThemOnTheList() throws Exception {
        var family = "Waitwell" + letters();
        var patient = fixture.patient(family, "Iris", LocalDate.of(1980, 4, 2));
        var form = mvc.perform(get("/schedule/wait-list").param("patient", patient.value().toString())
                        .with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"chosen-patient\"", family + ", Iris");

        mvc.perform(post("/schedule/wait-list").with(csrf()).with(as(Role.FRONT_DESK))
                        .param("patient", patient.value().toString()).param("type", id(practice.type()))
                        .param("earliest", today().toString()).param("latest", today().plusDays(20).toString())
                        .param("days", "TUESDAY", "THURSDAY").param("partOfDay", "MORNING")
                        .param("priority", "HIGH").param("note", "prefers Dr. Ruiz"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/schedule/wait-list"));

        var row = jdbc.sql("SELECT id, days::text AS days, part_of_day, priority, added_by FROM wait_list_entry"
                + " WHERE patient_id = :patient").param("patient", patient.value()).query().singleRow();
        assertThat(row).containsEntry("days", "{2,4}").containsEntry("part_of_day", "MORNING")
                .containsEntry("priority", "HIGH").containsEntry("added_by", "front_desk-calendar-test");
        var page = mvc.perform(get("/schedule/wait-list").param("type", id(practice.type()))
                        .with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("entry-" + row.get("id"), family + ", Iris", "Tue, Thu · mornings",
                "prefers Dr. Ruiz");
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsNamedBesideTheFieldAndNothingIsStored() throws Exception {
        var patient = fixture.patient();

        var page = mvc.perform(post("/schedule/wait-list").with(csrf()).with(as(Role.FRONT_DESK))
                        .param("patient", patient.value().toString()).param("type", id(practice.type()))
                        .param("earliest", today().plusDays(9).toString())
                        .param("latest", today().plusDays(2).toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"latest-error\"", "The last day must not be before the first.");
        var unknown = mvc.perform(post("/schedule/wait-list").with(csrf()).with(as(Role.FRONT_DESK))
                        .param("patient", patient.value().toString()).param("type", "not-a-type")
                        .param("earliest", "13/45/2026").param("latest", today().toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("id=\"type-error\"", "id=\"earliest-error\"");
        assertThat(jdbc.sql("SELECT count(*) FROM wait_list_entry WHERE patient_id = :patient")
                .param("patient", patient.value()).query(Long.class).single()).isZero();
    }

    @Test
    void aCancellationShowsItsOffersAndOneClickBooksThePatient() throws Exception {
        var freed = booked(3, 10, 0);
        var first = fixture.patient("Offerfirst" + letters(), "Ada",
                LocalDate.of(1975, 1, 9));
        var second = fixture.patient();
        addAsSystem(WaitListRequest.of(first, practice.type(), today(), today().plusDays(10)));
        addAsSystem(WaitListRequest.of(second, practice.type(), today(), today().plusDays(10)));
        SystemTask.run(List.of(Permission.SCHEDULE_WRITE), () -> appointments.cancel(freed.id(), freed.version(),
                "patient called", CancelledBy.PATIENT));
        var offers = jdbc.sql("SELECT id FROM wait_list_offer WHERE freed_by = :freed ORDER BY rank")
                .param("freed", freed.id().value()).query(UUID.class).list();
        assertThat(offers).hasSize(2);

        var page = mvc.perform(get("/schedule/wait-list").with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("offer-" + offers.get(0), "book-" + offers.get(0), "book-" + offers.get(1));

        mvc.perform(post("/schedule/wait-list/offers/{id}/book", offers.get(0)).with(csrf())
                        .with(as(Role.FRONT_DESK)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("message"));
        assertThat(jdbc.sql("SELECT status FROM wait_list_offer WHERE freed_by = :freed ORDER BY rank")
                .param("freed", freed.id().value()).query(String.class).list()).containsExactly("TAKEN", "GONE");
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE patient_id = :patient AND status = 'BOOKED'")
                .param("patient", first.value()).query(Long.class).single()).isOne();

        mvc.perform(post("/schedule/wait-list/offers/{id}/book", offers.get(1)).with(csrf())
                        .with(as(Role.FRONT_DESK)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("warning"));
        var after = mvc.perform(get("/schedule/wait-list").with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).doesNotContain("book-" + offers.get(1)).contains("offer-" + offers.get(1));
    }

    /** Other tests' offers share the database: the count is compared with what it was before. */
    @Test
    void theNavigationCountsFreedTimesOnOfferUntilTheOfferIsBooked() throws Exception {
        var freed = booked(4, 11, 0);
        addAsSystem(WaitListRequest.of(fixture.patient(), practice.type(), today(), today().plusDays(10)));
        addAsSystem(WaitListRequest.of(fixture.patient(), practice.type(), today(), today().plusDays(10)));
        int before = offered();
        var home = mvc.perform(get("/schedule/day").with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).as("every page asks for the count").contains("hx-get=\"/schedule/wait-list/offered\"");

        SystemTask.run(List.of(Permission.SCHEDULE_WRITE), () -> appointments.cancel(freed.id(), freed.version(),
                "patient called", CancelledBy.PATIENT));

        assertThat(offered()).as("one freed time, offered to two patients").isEqualTo(before + 1);
        var offer = jdbc.sql("SELECT id FROM wait_list_offer WHERE freed_by = :freed ORDER BY rank LIMIT 1")
                .param("freed", freed.id().value()).query(UUID.class).single();
        mvc.perform(post("/schedule/wait-list/offers/{id}/book", offer).with(csrf()).with(as(Role.FRONT_DESK)))
                .andExpect(status().is3xxRedirection());
        assertThat(offered()).isEqualTo(before);
    }

    private int offered() throws Exception {
        var badge = mvc.perform(get("/schedule/wait-list/offered").with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().trim();
        if (badge.isEmpty()) {
            return 0;
        }
        assertThat(badge).startsWith("<mark").contains("class=\"badge offered\"");
        return Integer.parseInt(badge.replaceAll("<[^>]+>", "").trim());
    }

    @Test
    void removingNeedsAReasonBesideTheRow() throws Exception {
        var entry = addAsSystem(WaitListRequest.of(fixture.patient(), practice.type(), today(), today()));

        var page = mvc.perform(post("/schedule/wait-list/{id}/remove", entry).with(csrf()).with(as(Role.FRONT_DESK))
                        .param("version", "0").param("reason", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("reason-error-" + entry);

        mvc.perform(post("/schedule/wait-list/{id}/remove", entry).with(csrf()).with(as(Role.FRONT_DESK))
                        .param("version", "0").param("reason", "seen at urgent care"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM wait_list_entry WHERE id = :id").param("id", entry)
                .query(String.class).single()).isEqualTo("REMOVED");
    }

    @Test
    void billingReadsTheListButCannotAddAndNobodyPostsWithoutTheCsrfToken() throws Exception {
        var patient = fixture.patient();
        var page = mvc.perform(get("/schedule/wait-list").with(as(Role.BILLING)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("id=\"wait-list-form\"");

        mvc.perform(post("/schedule/wait-list").with(csrf()).with(as(Role.BILLING))
                        .param("patient", patient.value().toString()).param("type", id(practice.type()))
                        .param("earliest", today().toString()).param("latest", today().toString()))
                .andExpect(status().isForbidden());
        // without the token: 403, or, with no session to hold a token, the "expired" sign-in
        mvc.perform(post("/schedule/wait-list").with(as(Role.FRONT_DESK))
                        .param("patient", patient.value().toString()).param("type", id(practice.type()))
                        .param("earliest", today().toString()).param("latest", today().toString()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 403))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isIn(null, "/login?expired"));
        assertThat(jdbc.sql("SELECT count(*) FROM wait_list_entry WHERE patient_id = :patient")
                .param("patient", patient.value()).query(Long.class).single()).isZero();
    }

    private UUID addAsSystem(WaitListRequest request) {
        return SystemTask.run(List.of(Permission.SCHEDULE_WRITE), () -> waitList.add(request)).id().value();
    }

    private Appointment booked(int days, int hour, int minute) {
        return CalendarWeb.book(appointments, BookingRequest.of(fixture.patient(), practice.provider(),
                practice.location(), null, practice.type(), fixture.at(days, hour, minute), null)).appointment();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A family name may hold letters only; a random tail keeps tests from finding each other's patients. */
    private static String letters() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        var tail = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            tail.append((char) ('a' + random.nextInt(26)));
        }
        return tail.toString();
    }

    private static String id(Object id) {
        return id.toString();
    }
}
