package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.web.CalendarWeb.as;
import static org.frontdesk.scheduling.web.CalendarWeb.book;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The day and week pages over MockMvc, through the real security filters. */
@FrontdeskTest
class DayAndWeekPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Appointments appointments;

    @Autowired
    JdbcClient jdbc;

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
    void showsEachProvidersAppointmentsInColumnsAndAuditsThePatientsShownOnce() throws Exception {
        var second = fixture.provider(practice.type());
        var ada = fixture.patient("Quimbleworth", "Ada", LocalDate.of(1971, 3, 4));
        var bo = fixture.patient("Fennick", "Bo", LocalDate.of(1982, 5, 6));
        var first = book(appointments, BookingRequest.of(ada, practice.provider(), practice.location(), practice.room(),
                practice.type(), fixture.at(3, 9, 0), "knee pain")).appointment();
        book(appointments, BookingRequest.of(bo, second, practice.location(), null, practice.type(),
                fixture.at(3, 14, 30), null));
        long entriesBefore = dayViewEntries();

        var page = mvc.perform(get("/schedule/day").param("date", day(3)).param("location", id(practice.location()))
                        .param("provider", id(practice.provider())).param("provider", id(second))
                        .with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Quimbleworth, Ada", "Fennick, Bo", "data-id=\"" + first.id() + "\"",
                "America/New_York", "data-bookable=\"true\"", "data-movable=\"true\"");
        assertThat(page.indexOf("Quimbleworth, Ada")).as("9:00 in the first provider's column")
                .isLessThan(page.indexOf("Fennick, Bo"));
        // 9:00 is 120 minutes below the 07:00 top; 14:30 is 450
        assertThat(page).contains("data-top=\"120\"", "data-top=\"450\"");
        assertThat(dayViewEntries()).isEqualTo(entriesBefore + 1);
        var patients = jdbc.sql("SELECT patient_ids::text FROM audit_event WHERE action = 'READ'"
                        + " AND resource_type = 'Appointment' AND resource_id IS NULL AND detail LIKE :detail"
                        + " ORDER BY id DESC LIMIT 1")
                .param("detail", "day " + day(3) + " at location " + practice.location() + "%")
                .query(String.class).single();
        assertThat(patients).contains(ada.toString(), bo.toString());
    }

    @Test
    void showsRoomsAsColumnsWithTheProviderOnEachAppointment() throws Exception {
        var patient = fixture.patient();
        book(appointments, BookingRequest.of(patient, practice.provider(), practice.location(), practice.room(),
                practice.type(), fixture.at(4, 10, 0), null));

        mvc.perform(get("/schedule/day").param("date", day(4)).param("location", id(practice.location()))
                        .param("view", "rooms").with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "data-room=\"" + practice.room() + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("No room")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("class=\"appt-where\"")));
    }

    @Test
    void aMalformedDateGivesAReadableErrorAndNoCalendar() throws Exception {
        var page = mvc.perform(get("/schedule/day").param("date", "2026-02-30").param("location",
                        id(practice.location())).with(as(Role.FRONT_DESK)))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"date-error\"", "That is not a date; use YYYY-MM-DD or MM/DD/YYYY.")
                .doesNotContain("class=\"cal\"");
    }

    @Test
    void anUnknownLocationOrProviderIsNamedAsSuch() throws Exception {
        mvc.perform(get("/schedule/day").param("location", UUID.randomUUID().toString()).with(as(Role.FRONT_DESK)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Unknown location")));
        mvc.perform(get("/schedule/week").param("provider", "not-an-id").with(as(Role.FRONT_DESK)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Unknown provider")));
    }

    @Test
    void theWeekViewShowsOneProvidersDaysMondayToSunday() throws Exception {
        var patient = fixture.patient("Ostrander", "Lux", LocalDate.of(1990, 1, 2));
        book(appointments, BookingRequest.of(patient, practice.provider(), practice.location(), null,
                practice.type(), fixture.at(5, 11, 15), null));

        var page = mvc.perform(get("/schedule/week").param("provider", id(practice.provider()))
                        .param("location", id(practice.location())).param("date", day(5)).with(as(Role.PROVIDER)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Ostrander, Lux", "Week of").contains("class=\"cal-column\"");
        assertThat(page.split("class=\"cal-column\"", -1)).hasSize(8);
        assertThat(page).as("a provider sees but does not book or move").doesNotContain("data-bookable",
                "data-movable");
    }

    @Test
    void aProviderSeesTheDayButBillingCannotBookAndAnAdministratorSeesNoCalendar() throws Exception {
        mvc.perform(get("/schedule/day").param("location", id(practice.location())).with(as(Role.PROVIDER)))
                .andExpect(status().isOk());
        mvc.perform(get("/schedule/book").param("location", id(practice.location())).with(as(Role.BILLING)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/schedule/day").with(as(Role.ADMIN))).andExpect(status().isForbidden());
    }

    private long dayViewEntries() {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'READ' AND resource_type = 'Appointment'"
                + " AND detail LIKE :detail").param("detail", "day " + day(3) + " at location " + practice.location()
                        + "%")
                .query(Long.class).single();
    }

    private String day(int days) {
        return fixture.at(days, 12, 0).atZone(SchedulingFixture.ZONE).toLocalDate().toString();
    }

    private static String id(Object id) {
        return id.toString();
    }
}
