package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.web.CalendarWeb.as;
import static org.frontdesk.scheduling.web.CalendarWeb.book;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.scheduling.Appointment;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.security.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** Booking from the form and moving by drag, as the browser sends them, through the real security filters. */
@FrontdeskTest
class BookingAndMovingPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Appointments appointments;

    @Autowired
    JdbcClient jdbc;

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
    void movesAnAppointmentToAFreeTimeWithAnotherProvider() throws Exception {
        var other = fixture.provider(practice.type());
        var appointment = booked(3, 9, 0);

        mvc.perform(move(appointment, fixture.at(3, 10, 15).toString(), other.toString(), practice.room().toString())
                        .with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message", Matchers.startsWith("Moved to ")))
                .andExpect(jsonPath("$.message", Matchers.containsString("10:15–10:45 AM")));

        assertThat(CalendarWeb.status(jdbc, appointment.id())).isEqualTo("RESCHEDULED");
        var replacement = jdbc.sql("SELECT provider_id::text || ' ' || lower(during)::text FROM appointment"
                        + " WHERE id = (SELECT rescheduled_to FROM appointment WHERE id = :id)")
                .param("id", appointment.id().value()).query(String.class).single();
        assertThat(replacement).startsWith(other.toString());
    }

    @Test
    void aMoveIntoTakenTimeIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        booked(3, 11, 0);
        var appointment = booked(3, 13, 0);

        mvc.perform(move(appointment, fixture.at(3, 11, 15).toString(), practice.provider().toString(), "")
                        .with(as(Role.FRONT_DESK)))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", Matchers.containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail", Matchers.containsString("has an appointment 11:00–11:30 AM")));

        assertThat(CalendarWeb.status(jdbc, appointment.id())).isEqualTo("BOOKED");
    }

    @Test
    void billingMayNotMoveAppointments() throws Exception {
        var appointment = booked(3, 15, 0);

        mvc.perform(move(appointment, fixture.at(3, 16, 0).toString(), practice.provider().toString(), "")
                        .with(as(Role.BILLING)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", Matchers.containsString("needs permission")));

        assertThat(CalendarWeb.status(jdbc, appointment.id())).isEqualTo("BOOKED");
    }

    @Test
    void aMalformedOrStaleMoveIsRefusedReadably() throws Exception {
        var appointment = booked(4, 9, 0);

        mvc.perform(move(appointment, "tomorrow at nine", practice.provider().toString(), "")
                        .with(as(Role.FRONT_DESK)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("ISO-8601")));
        mvc.perform(post("/schedule/appointments/" + appointment.id() + "/move").with(csrf())
                        .param("version", String.valueOf(appointment.version() + 5))
                        .param("start", fixture.at(4, 12, 0).toString()).with(as(Role.FRONT_DESK)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("someone else changed")));
        mvc.perform(move(appointment, fixture.at(-1, 12, 0).toString(), practice.provider().toString(), "")
                        .with(as(Role.FRONT_DESK)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", Matchers.containsString("The start is in the past.")));

        assertThat(CalendarWeb.status(jdbc, appointment.id())).isEqualTo("BOOKED");
    }

    @Test
    void booksFromTheFormAndWarnsThatThePatientIsAlreadyBookedElsewhere() throws Exception {
        var patient = fixture.patient("Pellingham", "Roe", LocalDate.of(1975, 8, 9));
        var other = fixture.provider(practice.type());
        book(appointments, BookingRequest.of(patient, other, practice.location(), null, practice.type(),
                fixture.at(5, 9, 15), null));

        var page = mvc.perform(bookingForm(5, patient.toString(), "9:00 AM").param("reason", "follow-up")
                        .header("HX-Request", "true").with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "calendar-changed"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"booked\"", "Pellingham, Roe", "id=\"double-booking-warning\"",
                "9:15–9:45 AM").doesNotContain("<html");
    }

    @Test
    void badFieldsAreNamedBesideThemAndNothingIsBooked() throws Exception {
        long before = appointments();

        var page = mvc.perform(bookingForm(6, "", "half past nine").header("HX-Request", "true")
                        .with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"patient-error\"", "Choose the patient.", "id=\"time-error\"",
                "That is not a time");
        assertThat(appointments()).isEqualTo(before);
    }

    @Test
    void takenTimeIsNamedAndOnlyAManagerIsOfferedToOverbook() throws Exception {
        booked(6, 10, 0);
        var patient = fixture.patient();

        var frontDesk = mvc.perform(bookingForm(6, patient.toString(), "10:00").header("HX-Request", "true")
                        .with(as(Role.FRONT_DESK)))
                .andReturn().getResponse().getContentAsString();
        assertThat(frontDesk).contains("id=\"booking-conflict\"", "has an appointment 10:00–10:30 AM")
                .doesNotContain("Overbook on purpose");

        var manager = mvc.perform(bookingForm(6, patient.toString(), "10:00").param("overbook", "true")
                        .param("overbookReason", "urgent, doctor agreed").header("HX-Request", "true")
                        .with(as(Role.MANAGER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(manager).contains("id=\"booked\"", "Overbooked");
    }

    @Test
    void thePatientLookUpInTheFormListsMatchesToChooseFrom() throws Exception {
        var patient = fixture.patient("Yarborough", "Quince", LocalDate.of(1966, 6, 16));

        mvc.perform(post("/schedule/patients").with(csrf()).param("q", "yarbrough quince")
                        .with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("value=\"" + patient + "\"")));
    }

    @Test
    void thePanelConfirmsAndCancelsOnlyWithAReason() throws Exception {
        var appointment = booked(7, 9, 0);

        mvc.perform(get("/schedule/appointments/" + appointment.id()).with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("id=\"confirm\"")));
        mvc.perform(post("/schedule/appointments/" + appointment.id() + "/confirm").with(csrf())
                        .param("version", String.valueOf(appointment.version())).with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "calendar-changed"));
        assertThat(CalendarWeb.status(jdbc, appointment.id())).isEqualTo("CONFIRMED");

        mvc.perform(post("/schedule/appointments/" + appointment.id() + "/cancel").with(csrf())
                        .param("version", String.valueOf(appointment.version() + 1)).param("cancellationReason", " ")
                        .with(as(Role.FRONT_DESK)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(Matchers.containsString("id=\"cancellationReason-error\"")));
        assertThat(CalendarWeb.status(jdbc, appointment.id())).isEqualTo("CONFIRMED");
    }

    @Test
    void thePatientPageOffersBookingWithAKeyToThoseWhoMayBook() throws Exception {
        var patient = fixture.patient();

        mvc.perform(get("/patients/" + patient).with(as(Role.FRONT_DESK)))
                .andExpect(content()
                        .string(Matchers.allOf(Matchers.containsString("id=\"book-appointment\""),
                                Matchers.containsString("data-shortcut=\"b\""))));
        mvc.perform(get("/patients/" + patient).with(as(Role.BILLING)))
                .andExpect(content()
                        .string(Matchers.not(Matchers.containsString("id=\"book-appointment\""))));
        mvc.perform(get("/schedule/book").param("patient", patient.toString()).with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("id=\"chosen-patient\"")));
    }

    private MockHttpServletRequestBuilder move(Appointment appointment, String start, String provider, String room) {
        return post("/schedule/appointments/" + appointment.id() + "/move").with(csrf())
                .param("version", String.valueOf(appointment.version())).param("start", start)
                .param("provider", provider).param("room", room);
    }

    private MockHttpServletRequestBuilder bookingForm(int days, String patient, String time) {
        var date = fixture.at(days, 12, 0).atZone(SchedulingFixture.ZONE).toLocalDate();
        return post("/schedule/appointments").with(csrf()).param("patient", patient)
                .param("provider", practice.provider().toString()).param("location", practice.location().toString())
                .param("room", "").param("type", practice.type().toString()).param("date", date.toString())
                .param("time", time);
    }

    private Appointment booked(int days, int hour, int minute) {
        return book(appointments, BookingRequest.of(fixture.patient(), practice.provider(), practice.location(),
                null, practice.type(), fixture.at(days, hour, minute), null)).appointment();
    }

    private long appointments() {
        return jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single();
    }
}
