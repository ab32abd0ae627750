package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.web.TodaysClinic.admin;
import static org.frontdesk.scheduling.web.TodaysClinic.billing;
import static org.frontdesk.scheduling.web.TodaysClinic.frontDesk;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.scheduling.Appointment;
import org.frontdesk.scheduling.AppointmentStatus;
import org.frontdesk.scheduling.FlowBoard;
import org.frontdesk.security.Permission;
import org.frontdesk.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** The flow board's endpoints through the real security filters: who may see and move what, and what they are told. */
@FrontdeskTest
class FlowBoardPagesIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    FlowBoard flowBoard;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    TodaysClinic clinic;
    String board;

    @BeforeEach
    void setUp() {
        mvc = TodaysClinic.mvc(context);
        clinic = TodaysClinic.open(context);
        board = "/flow?location=" + clinic.practice.location();
    }

    @Test
    void showsTodaysPatientsWithTheNextStepOfEachAndPollsWithIdsOnly() throws Exception {
        var a = clinic.book(12, 0);

        var page = send(get(board).with(frontDesk()));

        assertThat(page.getStatus()).isEqualTo(200);
        var html = page.getContentAsString();
        assertThat(html).contains(clinic.nameOf(a.patient()), "id=\"visit-" + a.id() + "\"",
                "action=\"/flow/appointments/" + a.id() + "?location=" + clinic.practice.location() + "\"",
                "name=\"step\" value=\"check-in\"", "name=\"step\" value=\"no-show\"", "id=\"nav-flow\"")
                .doesNotContain("value=\"check-out\"");
        assertThat(html).containsPattern("hx-get=\"/flow/board\\?location=" + clinic.practice.location()
                + "&amp;since=[0-9-]+\\.[0-9.]+\"");
    }

    @Test
    void checkingInAnswersWithTheUpdatedBoardShowingTheArrivalAndTheWait() throws Exception {
        var a = clinic.book(12, 0);

        var response = send(step(a, "check-in", a.version()).header("HX-Request", "true"));

        assertThat(response.getStatus()).isEqualTo(200);
        var html = response.getContentAsString();
        assertThat(html).startsWith("<section id=\"flow-board\"")
                .contains("Checked in: " + clinic.nameOf(a.patient()) + ".")
                .contains("name=\"step\" value=\"room\"")
                .containsPattern("class=\"wait total\"\\s+data-since=\"[0-9]+\">0:[0-5][0-9]</span>");
        assertThat(current(a).status()).isEqualTo(AppointmentStatus.ARRIVED);
    }

    @Test
    void aClickOnABoardThatIsOutOfDateIsToldWhatChangedAndOverwritesNothing() throws Exception {
        var a = clinic.book(12, 30);
        var arrived = clinic.asAnotherDesk(() -> clinic.appointments().arrive(a.id(), a.version()));
        clinic.asAnotherDesk(() -> clinic.appointments().room(arrived.id(), arrived.version()));

        var response = send(step(a, "no-show", a.version()).header("HX-Request", "true"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString())
                .contains("Someone at another desk changed this appointment since you looked ("
                        + clinic.nameOf(a.patient()) + " is now In room). Nothing was changed")
                .contains("name=\"step\" value=\"start-visit\"");
        assertThat(current(a).status()).isEqualTo(AppointmentStatus.IN_ROOM);
        assertThat(current(a).version()).isEqualTo(2);
    }

    @Test
    void aStepTheVisitCannotTakeIsRefusedWithTheReason() throws Exception {
        var a = clinic.book(13, 0);

        var response = send(step(a, "check-out", a.version()).header("HX-Request", "true"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString())
                .contains("This visit is Booked, so it cannot become Checked out. Nothing was changed.");
        assertThat(current(a).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void billingSeesTheBoardWithoutButtonsAndMayNotMoveAPatient() throws Exception {
        var a = clinic.book(13, 30);

        var page = send(get(board).with(billing()));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains(clinic.nameOf(a.patient()))
                .doesNotContain("/flow/appointments/");

        var refused = send(post("/flow/appointments/" + a.id()).param("step", "check-in").param("version", "0")
                .param("location", clinic.practice.location().toString()).header("HX-Request", "true")
                .with(billing()).with(csrf()));

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(current(a).status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE username = 'billing-flow' AND outcome = 'DENIED'"
                + " AND detail = 'Appointments.arrive'").query(Long.class).single()).isPositive();
    }

    @Test
    void staffWhoMayNotSeeTheScheduleCannotOpenTheBoard() throws Exception {
        assertThat(send(get(board).with(admin())).getStatus()).isEqualTo(403);
    }

    @Test
    void pollingIsAnsweredWithNoContentWhileNothingChangedAndDisclosesNothing() throws Exception {
        var a = clinic.book(14, 0);
        var mark = SystemTask.run(List.of(Permission.SCHEDULE_READ),
                () -> flowBoard.changeMark(clinic.practice.location(), null));
        var poll = "/flow/board?location=" + clinic.practice.location() + "&since=" + mark;
        long before = lastAuditId();

        var unchanged = send(get(poll).with(frontDesk()));

        assertThat(unchanged.getStatus()).isEqualTo(204);
        assertThat(unchanged.getContentAsString()).isEmpty();
        assertThat(lastAuditId()).as("nothing shown, nothing audited").isEqualTo(before);

        clinic.asAnotherDesk(() -> clinic.appointments().arrive(a.id(), a.version()));
        var changed = send(get(poll).with(frontDesk()));

        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getContentAsString()).contains("id=\"visit-" + a.id() + "\"", ">Checked in</span>");
        assertThat(lastAuditId()).isGreaterThan(before);
    }

    @Test
    void withoutJavaScriptAStepRedirectsBackToTheBoardWithTheMessage() throws Exception {
        var a = clinic.book(14, 30);

        var response = send(step(a, "check-in", a.version()));

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo(board);
        assertThat(current(a).status()).isEqualTo(AppointmentStatus.ARRIVED);
    }

    @Test
    void badInputIsAnsweredWithAPageThatSaysWhatIsWrong() throws Exception {
        var a = clinic.book(15, 0);

        var badLocation = send(get("/flow?location=not-a-location").with(frontDesk()));
        assertThat(badLocation.getStatus()).isEqualTo(404);
        assertThat(badLocation.getContentAsString()).contains("Unknown location.");

        var unknownLocation = send(get("/flow?location=" + java.util.UUID.randomUUID()).with(frontDesk()));
        assertThat(unknownLocation.getStatus()).isEqualTo(404);
        assertThat(unknownLocation.getContentAsString()).contains("Unknown location.");

        var badVersion = send(post("/flow/appointments/" + a.id()).param("step", "check-in").param("version", "yesterday")
                .param("location", clinic.practice.location().toString()).with(frontDesk()).with(csrf()));
        assertThat(badVersion.getStatus()).isEqualTo(400);
        assertThat(badVersion.getContentAsString()).contains("incomplete or malformed");

        var badStep = send(step(a, "teleport", a.version()));
        assertThat(badStep.getStatus()).isEqualTo(404);
        assertThat(badStep.getContentAsString()).contains("Unknown step.");
        assertThat(current(a).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    private MockHttpServletRequestBuilder step(Appointment a, String step, int version) {
        return post("/flow/appointments/" + a.id()).param("step", step).param("version", Integer.toString(version))
                .param("location", clinic.practice.location().toString()).with(frontDesk()).with(csrf());
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private Appointment current(Appointment a) {
        return clinic.asAnotherDesk(() -> clinic.appointments().get(a.id()));
    }

    private long lastAuditId() {
        auditTrail.awaitChained(); // a booking does not wait for its entry to be chained (ADR 20)
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }
}
