package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.web.CalendarWeb.as;
import static org.frontdesk.scheduling.web.CalendarWeb.book;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;
import org.frontdesk.FrontdeskTest;
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

/** The booking form's Repeat, the series page and the find-a-slot page, through the real security filters. */
@FrontdeskTest
class SeriesAndFindPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Appointments appointments;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    SchedulingFixture fixture;
    SchedulingFixture.Practice practice;
    LocalDate nextWeek;

    @BeforeEach
    void setUp() {
        mvc = CalendarWeb.mvc(context);
        fixture = SchedulingFixture.of(context);
        practice = fixture.practice();
        nextWeek = LocalDate.ofInstant(fixture.at(7, 12, 0), SchedulingFixture.ZONE);
    }

    @Test
    void repeatBooksASeriesThenTheSeriesPageCancelsOneAndThisAndFollowing() throws Exception {
        // the third week is taken at 9:00: a clash with alternatives to book
        book(appointments, BookingRequest.of(fixture.patient(), practice.provider(), practice.location(), null,
                practice.type(), nextWeek.plusWeeks(2).atTime(9, 0).atZone(SchedulingFixture.ZONE).toInstant(), null));

        var page = mvc.perform(repeat("1", "count", "6", "").with(as(Role.FRONT_DESK)))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.startsWith("/schedule/series/")))
                .andReturn().getResponse().getRedirectedUrl();

        var html = show(page);
        assertThat(html).contains("id=\"occurrence-6\"").contains("Weekly at 9:00 AM, 6 times")
                .contains(">1 of 6</span> could not be booked").contains("The provider&#39;s time is taken.");
        assertThat(html).contains("id=\"book-3-0\"");
        assertThat(statusOf(html, 1)).isEqualTo("Booked");
        assertThat(statusOf(html, 3)).isEqualTo("Not booked");

        var alternative = Pattern.compile("name=\"start\" value=\"([^\"]+)\"").matcher(html);
        assertThat(alternative.find()).isTrue();
        mvc.perform(post(page + "/occurrences/3/book").with(csrf()).with(as(Role.FRONT_DESK))
                        .param("provider", practice.provider().toString())
                        .param("location", practice.location().toString()).param("start", alternative.group(1)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("notice", "Occurrence 3 booked."));

        mvc.perform(post(page + "/occurrences/2/cancel").with(csrf()).with(as(Role.FRONT_DESK))
                        .param("version", "0").param("cancellationReason", " "))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("errors", java.util.Map.of(2, "Give a reason for the cancellation.")));
        var withError = mvc.perform(get(page).with(as(Role.FRONT_DESK))
                        .flashAttr("errors", java.util.Map.of(2, "Give a reason for the cancellation.")))
                .andReturn().getResponse().getContentAsString();
        assertThat(withError).contains("id=\"occurrence-error-2\">Give a reason for the cancellation.");
        assertThat(statusOf(withError, 2)).isEqualTo("Booked");
        mvc.perform(post(page + "/occurrences/2/cancel").with(csrf()).with(as(Role.FRONT_DESK))
                        .param("version", "0").param("cancellationReason", "Away").param("cancelledBy", "PATIENT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/occurrences/5/cancel-following").with(csrf()).with(as(Role.FRONT_DESK))
                        .param("cancellationReason", "Finished").param("cancelledBy", "OFFICE"))
                .andExpect(status().is3xxRedirection());

        // the calendar's panel of an occurrence links back to its series
        var first = jdbc.sql("SELECT appointment_id FROM series_occurrence WHERE number = 1 AND series_id = :id")
                .param("id", java.util.UUID.fromString(page.substring(page.lastIndexOf('/') + 1)))
                .query(java.util.UUID.class).single();
        mvc.perform(get("/schedule/appointments/" + first).with(as(Role.FRONT_DESK)))
                .andExpect(content().string(Matchers.containsString("href=\"" + page + "\"")));

        html = show(page);
        assertThat(html).contains("ended before occurrence 5");
        assertThat(statusOf(html, 1)).isEqualTo("Booked");
        assertThat(statusOf(html, 2)).isEqualTo("Cancelled");
        assertThat(statusOf(html, 3)).isEqualTo("Booked");
        assertThat(statusOf(html, 4)).isEqualTo("Booked");
        assertThat(statusOf(html, 5)).isEqualTo("Cancelled");
        assertThat(statusOf(html, 6)).isEqualTo("Cancelled");
    }

    @Test
    void fromTheDayViewsPanelTheSeriesPageReplacesThePanel() throws Exception {
        mvc.perform(repeat("2", "until", "", nextWeek.plusWeeks(4).toString()).header("HX-Request", "true")
                        .with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", Matchers.startsWith("/schedule/series/")));

        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE provider_id = :p AND status = 'BOOKED'")
                .param("p", practice.provider().value()).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void aProviderSeesTheSeriesAndFreeSlotsButNoButtonsAndCannotCancel() throws Exception {
        var page = mvc.perform(repeat("1", "count", "2", "").with(as(Role.FRONT_DESK)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        var html = mvc.perform(get(page).with(as(Role.PROVIDER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"occurrence-2\"").doesNotContain("cancel-one-").doesNotContain("Cancel this");
        mvc.perform(post(page + "/occurrences/1/cancel-following").with(csrf()).with(as(Role.PROVIDER))
                        .param("cancellationReason", "No"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE resource_type = 'AppointmentSeries'"
                        + " AND resource_id = :id AND action = 'READ' AND username LIKE 'provider%'")
                .param("id", page.substring(page.lastIndexOf('/') + 1)).query(Integer.class).single()).isOne();

        mvc.perform(get("/schedule/find").with(as(Role.PROVIDER)).param("type", practice.type().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("class=\"slot\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("book-slot"))));
        mvc.perform(get("/schedule/find").with(as(Role.ADMIN))).andExpect(status().isForbidden());
    }

    @Test
    void repeatMonthlyBooksTheSameDayOfEachMonth() throws Exception {
        var page = mvc.perform(repeat("1", "count", "3", "").param("unit", "months").with(as(Role.FRONT_DESK)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(show(page)).contains("Monthly at 9:00 AM, 3 times", "id=\"occurrence-3\"");
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE provider_id = :p AND status = 'BOOKED'")
                .param("p", practice.provider().value()).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void repeatByWeekdayOfTheMonthBooksTheSameWeekdayOfEachMonth() throws Exception {
        var page = mvc.perform(repeat("1", "count", "3", "").param("unit", "weekday-of-month")
                        .with(as(Role.FRONT_DESK)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        int ordinal = (nextWeek.getDayOfMonth() - 1) / 7 + 1;
        var place = ordinal == 5 ? "last" : List.of("1st", "2nd", "3rd", "4th").get(ordinal - 1);
        var weekday = nextWeek.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US);
        assertThat(show(page)).contains("Monthly on the " + place + " " + weekday + " at 9:00 AM, 3 times");
        var dates = jdbc.sql("SELECT (lower(during) AT TIME ZONE :zone)::date FROM appointment"
                        + " WHERE provider_id = :p AND status = 'BOOKED' ORDER BY lower(during)")
                .param("zone", SchedulingFixture.ZONE.getId()).param("p", practice.provider().value())
                .query(LocalDate.class).list();
        assertThat(dates).hasSize(3).allSatisfy(d -> {
            assertThat(d.getDayOfWeek()).isEqualTo(nextWeek.getDayOfWeek());
            int placeThere = (d.getDayOfMonth() - 1) / 7 + 1;
            boolean last = d.plusWeeks(1).getMonth() != d.getMonth();
            assertThat(ordinal == 5 ? last : placeThere == ordinal).as(d + " is the " + place + " " + weekday).isTrue();
        });
        assertThat(dates.get(1).getMonthValue()).isEqualTo(nextWeek.plusMonths(1).getMonthValue());
    }

    @Test
    void aRepeatThatMakesNoSenseShowsMessagesBesideTheFieldsAndBooksNothing() throws Exception {
        mvc.perform(repeat("13", "count", "3", "").param("unit", "months").with(as(Role.FRONT_DESK)))
                .andExpect(content().string(Matchers.containsString("Repeat every 1 to 12 months.")));
        mvc.perform(repeat("1", "count", "3", "").param("unit", "days").with(as(Role.FRONT_DESK)))
                .andExpect(content().string(Matchers.containsString("Choose weeks or months.")));
        mvc.perform(repeat("0", "count", "0", "").with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"repeatEvery-error\"")));
        mvc.perform(repeat("1", "count", "53", "").with(as(Role.FRONT_DESK)))
                .andExpect(content().string(Matchers.containsString("id=\"repeatCount-error\"")));
        mvc.perform(repeat("1", "until", "", nextWeek.minusDays(1).toString()).with(as(Role.FRONT_DESK)))
                .andExpect(content().string(Matchers.containsString("The end date is before the first appointment.")));
        mvc.perform(repeat("1", "until", "", nextWeek.plusYears(2).toString()).with(as(Role.FRONT_DESK)))
                .andExpect(content().string(Matchers.containsString("id=\"repeatUntil-error\"")));

        assertThat(jdbc.sql("SELECT count(*) FROM appointment_series WHERE provider_id = :p")
                .param("p", practice.provider().value()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE provider_id = :p")
                .param("p", practice.provider().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void findListsTheEarliestFreeSlotsWithBookLinksToTheFilledInForm() throws Exception {
        var html = mvc.perform(get("/schedule/find").with(as(Role.FRONT_DESK))
                        .param("type", practice.type().toString()).param("provider", practice.provider().toString())
                        .param("day", nextWeek.getDayOfWeek().name()).param("part", "AFTERNOON")
                        .param("earliest", nextWeek.toString()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        var first = nextWeek.atTime(LocalTime.NOON).atZone(SchedulingFixture.ZONE).toInstant();
        assertThat(html).contains("Earliest free slots").contains("12:00–12:30 PM")
                .contains("/schedule/book?provider=" + practice.provider() + "&amp;location=" + practice.location()
                        + "&amp;type=" + practice.type() + "&amp;start=" + first);
        assertThat(Pattern.compile("class=\"slot\"").matcher(html).results().count()).isEqualTo(FindSlotPages.RESULTS);
        assertThat(html).doesNotContain(" AM</strong>");

        var form = mvc.perform(get("/schedule/book").with(as(Role.FRONT_DESK))
                        .param("provider", practice.provider().toString())
                        .param("location", practice.location().toString()).param("type", practice.type().toString())
                        .param("start", first.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).containsPattern("value=\"" + practice.type() + "\"[^>]*selected").contains("value=\"12:00 PM\"");
    }

    @Test
    void findWithoutATypeOrWithABadDateSaysWhichField() throws Exception {
        mvc.perform(get("/schedule/find").with(as(Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"find-form\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("type-error"))));
        mvc.perform(get("/schedule/find").with(as(Role.FRONT_DESK)).param("type", "").param("earliest", "31/31/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"type-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"earliest-error\"")));
    }

    private MockHttpServletRequestBuilder repeat(String every, String ends, String count, String until) {
        return post("/schedule/appointments").with(csrf()).param("patient", fixture.patient().toString())
                .param("provider", practice.provider().toString()).param("location", practice.location().toString())
                .param("room", "").param("type", practice.type().toString()).param("date", nextWeek.toString())
                .param("time", "9:00 AM").param("repeat", "true").param("every", every).param("ends", ends)
                .param("count", count).param("until", until);
    }

    private String show(String page) throws Exception {
        return mvc.perform(get(page).with(as(Role.FRONT_DESK))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String statusOf(String html, int number) {
        var row = Pattern.compile("id=\"occurrence-" + number + "\" data-status=\"([^\"]+)\"").matcher(html);
        assertThat(row.find()).as("occurrence %d", number).isTrue();
        return row.group(1);
    }
}
