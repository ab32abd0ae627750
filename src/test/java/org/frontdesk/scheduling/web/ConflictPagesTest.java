package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.web.CalendarWeb.as;
import static org.frontdesk.scheduling.web.CalendarWeb.book;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.scheduling.Appointment;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.ScheduleSetup;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.scheduling.TimeOff;
import org.frontdesk.security.Permission;
import org.frontdesk.security.Role;
import org.frontdesk.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * The conflict assistant's page over MockMvc: the front desk sees every displaced patient by name with a proposal
 * chosen and moves them all with one button; billing may look but not move; a time taken meanwhile moves nothing
 * and shows fresh proposals.
 */
@FrontdeskTest
class ConflictPagesTest {

    static final int SICK = 6;
    private static final Pattern CHOSEN = Pattern.compile("name=\"move-([0-9a-f-]{36})\" value=\"([^\"]+)\""
            + "[^>]* checked=\"checked\"");

    @Autowired
    WebApplicationContext context;

    @Autowired
    Appointments appointments;

    @Autowired
    ScheduleSetup schedule;

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
    void theFrontDeskSeesEveryDisplacedPatientByNameAndMovesThemAllWithOneButton() throws Exception {
        var booked = List.of(booked("Conflictova", "Alma", 9), booked("Conflictova", "Berta", 10),
                booked("Conflictova", "Cilka", 11));
        sickDay();

        var page = page(Role.FRONT_DESK);

        assertThat(page).contains("Conflictova, Alma", "Conflictova, Berta", "Conflictova, Cilka",
                "The provider is away then (Sick day).", "id=\"move-all\"", "Move all (3)");
        var chosen = chosen(page);
        assertThat(chosen).containsOnlyKeys(booked.stream().map(a -> a.id().toString()).toList());
        assertThat(lastReadAudit()).as("the names shown are audited").contains("conflicts of provider "
                + practice.provider() + ": 3 appointments");

        var result = mvc.perform(moveAll(Role.FRONT_DESK, booked, chosen))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/schedule/conflicts?provider=" + practice.provider()))
                .andReturn();

        assertThat(booked).allSatisfy(a -> assertThat(CalendarWeb.status(jdbc, a.id())).isEqualTo("RESCHEDULED"));
        var after = mvc.perform(get("/schedule/conflicts").param("provider", practice.provider().toString())
                        .flashAttrs(result.getFlashMap()).with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("id=\"moved-summary\"", "3 appointments moved; each patient gets a notice.",
                "Conflictova, Alma", "id=\"nothing-to-move\"");
    }

    @Test
    void aTimeTakenMeanwhileMovesNothingAndShowsWhichOneAndFreshProposals() throws Exception {
        var booked = List.of(booked("Conflictova", "Dana", 9), booked("Conflictova", "Eva", 10));
        sickDay();
        var chosen = chosen(page(Role.FRONT_DESK));
        var snatched = chosen.get(booked.get(1).id().toString()).split("\\|");
        book(appointments, BookingRequest.of(fixture.patient(), practice.provider(), practice.location(), null,
                practice.type(), Instant.parse(snatched[1]), null));

        var page = mvc.perform(moveAll(Role.FRONT_DESK, booked, chosen))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"move-refused\"", "Nothing was moved.", "Its new time was taken meanwhile.",
                "class=\"refused\"");
        assertThat(booked).allSatisfy(a -> assertThat(CalendarWeb.status(jdbc, a.id())).isEqualTo("BOOKED"));
        assertThat(chosen(page).get(booked.get(1).id().toString())).as("a fresh proposal")
                .isNotEqualTo(String.join("|", snatched));
    }

    @Test
    void billingMayLookButNotMove() throws Exception {
        var booked = List.of(booked("Conflictova", "Fany", 9));
        sickDay();

        var page = page(Role.BILLING);
        assertThat(page).contains("Conflictova, Fany", "id=\"read-only\"").doesNotContain("id=\"move-all\"");

        mvc.perform(moveAll(Role.BILLING, booked, Map.of(booked.getFirst().id().toString(), CHOSEN.matcher(page)
                        .results().findFirst().map(m -> m.group(2)).orElseThrow())))
                .andExpect(status().isForbidden());
        assertThat(CalendarWeb.status(jdbc, booked.getFirst().id())).isEqualTo("BOOKED");
    }

    @Test
    void withNothingDisplacedThePageSaysSo() throws Exception {
        booked("Conflictova", "Gita", 9);

        assertThat(page(Role.FRONT_DESK)).contains("id=\"nothing-to-move\"", "Nothing to move")
                .doesNotContain("id=\"conflicts-form\"");
    }

    @Test
    void aMissingOrUnknownProviderIsSaidPlainly() throws Exception {
        mvc.perform(get("/schedule/conflicts").with(as(Role.FRONT_DESK))).andExpect(status().isBadRequest());
        mvc.perform(get("/schedule/conflicts").param("provider", "00000000-0000-0000-0000-000000000000")
                .with(as(Role.FRONT_DESK))).andExpect(status().isNotFound());
    }

    @Test
    void aHandMadeFormMovesNothing() throws Exception {
        var booked = List.of(booked("Conflictova", "Ivana", 9));
        sickDay();

        var page = mvc.perform(moveAll(Role.FRONT_DESK, booked, Map.of(booked.getFirst().id().toString(),
                        practice.provider() + "|not-a-time|")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("The form was incomplete; nothing was moved.", "Conflictova, Ivana");
        assertThat(CalendarWeb.status(jdbc, booked.getFirst().id())).isEqualTo("BOOKED");
    }

    @Test
    void aMoveWithoutTheFormsTokenIsRefused() throws Exception {
        var booked = List.of(booked("Conflictova", "Hana", 9));
        sickDay();
        var chosen = chosen(page(Role.FRONT_DESK));

        mvc.perform(post("/schedule/conflicts").with(as(Role.FRONT_DESK))
                        .param("provider", practice.provider().toString())
                        .param("appointment", booked.getFirst().id().toString())
                        .param("version-" + booked.getFirst().id(), "0")
                        .param("move-" + booked.getFirst().id(), chosen.values().iterator().next()))
                .andExpect(redirectedUrl("/login?expired")); // what a missing token gets on every staff page
        assertThat(CalendarWeb.status(jdbc, booked.getFirst().id())).isEqualTo("BOOKED");
    }

    @Test
    void theListCanBeLimitedToSomeDaysAndAMoveKeepsThem() throws Exception {
        var first = booked("Conflictova", "Jana", SICK, 9);
        var later = booked("Conflictova", "Klara", SICK + 2, 9);
        sickDay(SICK);
        sickDay(SICK + 2);

        var fromLater = page(Role.FRONT_DESK, day(SICK + 2).toString(), null);
        assertThat(fromLater).contains("Conflictova, Klara", "Move all (1)").doesNotContain("Conflictova, Jana");
        var untilFirst = page(Role.FRONT_DESK, null, day(SICK).toString());
        assertThat(untilFirst).contains("Conflictova, Jana", "Move all (1)").doesNotContain("Conflictova, Klara");
        assertThat(page(Role.FRONT_DESK, day(SICK + 1).toString(), day(SICK + 1).toString()))
                .contains("id=\"nothing-to-move\"", "on these days");

        mvc.perform(moveAll(Role.FRONT_DESK, List.of(first), chosen(untilFirst)).param("until", day(SICK).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/schedule/conflicts?provider=" + practice.provider() + "&until=" + day(SICK)));
        assertThat(CalendarWeb.status(jdbc, first.id())).isEqualTo("RESCHEDULED");
        assertThat(CalendarWeb.status(jdbc, later.id())).isEqualTo("BOOKED");
    }

    @Test
    void daysThatAreNotDatesOrRunBackwardsAreSaidBesideTheirFieldsAndNothingIsListed() throws Exception {
        booked("Conflictova", "Lada", SICK, 9);
        sickDay(SICK);

        var notADate = mvc.perform(get("/schedule/conflicts").param("provider", practice.provider().toString())
                        .param("from", "next week").with(as(Role.FRONT_DESK)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(notADate).contains("id=\"from-error\"", "That is not a date", "value=\"next week\"")
                .doesNotContain("id=\"conflicts-form\"", "Conflictova, Lada");

        var backwards = mvc.perform(get("/schedule/conflicts").param("provider", practice.provider().toString())
                        .param("from", day(SICK + 1).toString()).param("until", day(SICK).toString())
                        .with(as(Role.FRONT_DESK)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(backwards).contains("id=\"until-error\"", "The last day must not be before the first.")
                .doesNotContain("id=\"from-error\"", "Conflictova, Lada");
    }

    private Appointment booked(String family, String given, int hour) {
        return booked(family, given, SICK, hour);
    }

    private Appointment booked(String family, String given, int days, int hour) {
        var patient = fixture.patient(family, given, LocalDate.of(1980, 5, 17));
        return book(appointments, BookingRequest.of(patient, practice.provider(), practice.location(), null,
                practice.type(), fixture.at(days, hour, 0), null)).appointment();
    }

    private void sickDay() {
        sickDay(SICK);
    }

    private void sickDay(int days) {
        var day = day(days);
        SystemTask.run(List.of(Permission.SCHEDULE_WRITE), () -> schedule.addException(
                TimeOff.days(practice.provider(), null, TimeOff.Kind.SICK_DAY, day, day)));
    }

    private LocalDate day(int days) {
        return fixture.at(days, 12, 0).atZone(SchedulingFixture.ZONE).toLocalDate();
    }

    private String page(Role role, String from, String until) throws Exception {
        var request = get("/schedule/conflicts").param("provider", practice.provider().toString()).with(as(role));
        if (from != null) {
            request.param("from", from);
        }
        if (until != null) {
            request.param("until", until);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String page(Role role) throws Exception {
        return mvc.perform(get("/schedule/conflicts").param("provider", practice.provider().toString())
                .with(as(role))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Appointment id to the value of its checked radio button, as the browser would send it. */
    private static Map<String, String> chosen(String page) {
        var chosen = new LinkedHashMap<String, String>();
        CHOSEN.matcher(page).results().forEach(m -> chosen.put(m.group(1), m.group(2).replace("&#39;", "'")));
        return chosen;
    }

    private MockHttpServletRequestBuilder moveAll(Role role, List<Appointment> booked, Map<String, String> chosen) {
        var request = post("/schedule/conflicts").with(csrf()).with(as(role))
                .param("provider", practice.provider().toString());
        for (var appointment : booked) {
            var id = appointment.id().toString();
            request.param("appointment", id).param("version-" + id, Integer.toString(appointment.version()))
                    .param("move-" + id, chosen.get(id));
        }
        return request;
    }

    private List<String> lastReadAudit() {
        return new ArrayList<>(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'READ' AND detail LIKE"
                        + " 'conflicts of provider %' ORDER BY id DESC LIMIT 5").query(String.class).list());
    }
}
