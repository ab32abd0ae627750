package org.frontdesk.scheduling.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.audit.AuditLog;
import org.frontdesk.audit.AuditQuery;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.Appointment;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.Booking;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.CalendarFeeds;
import org.frontdesk.scheduling.CancelledBy;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.frontdesk.security.Permission;
import org.frontdesk.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** A provider's calendar as a calendar client sees it: fetched without sign-in, parsed back with ical4j. */
@FrontdeskTest
@ExtendWith(OutputCaptureExtension.class)
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE",
        "SCHEDULE_READ", "SCHEDULE_WRITE"})
class CalendarFeedTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Appointments appointments;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    Patients patients;

    @Autowired
    AuditLog auditLog;

    SchedulingFixture fixture;
    Practice practice;
    Appointment morning;
    Appointment inTheRoom;
    Appointment cancelled;

    @BeforeEach
    void threeAppointments() {
        fixture = SchedulingFixture.of(context);
        practice = fixture.practice();
        morning = book(2, 9, null);
        inTheRoom = book(2, 10, practice.room());
        var toCancel = book(3, 9, null);
        cancelled = appointments.cancel(toCancel.id(), toCancel.version(), "Patient moved away", CancelledBy.PATIENT);
    }

    private Appointment book(int days, int hour, org.frontdesk.scheduling.RoomId room) {
        var request = BookingRequest.of(fixture.patient(), practice.provider(), practice.location(), room,
                practice.type(), fixture.at(days, hour, 0), "Invented knee complaint");
        return ((Booking.Booked) appointments.book(request)).appointment();
    }

    private HttpResponse<String> fetch(String token) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/calendar/" + token
                    + ".ics")).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Calendar parse(String body) {
        try {
            return new CalendarBuilder().build(new StringReader(body));
        } catch (Exception e) {
            throw new AssertionError("not iCalendar", e);
        }
    }

    /** UID to start, end and status, as a calendar client would store them. */
    private static Map<String, String> events(Calendar calendar) {
        var events = new TreeMap<String, String>();
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            var uid = event.getProperty(Property.UID).orElseThrow().getValue();
            var start = event.<DateProperty<Temporal>>getProperty(Property.DTSTART).orElseThrow();
            var end = event.<DateProperty<Temporal>>getProperty(Property.DTEND).orElseThrow();
            assertThat(start.getParameter(Parameter.TZID)).hasValueSatisfying(
                    tzid -> assertThat(tzid.getValue()).isEqualTo("America/New_York"));
            events.put(uid, Instant.from(start.getDate()) + " " + Instant.from(end.getDate()) + " "
                    + event.getProperty(Property.STATUS).orElseThrow().getValue());
        }
        return events;
    }

    @Test
    void aCalendarClientGetsTheAppointmentsWithStableUidsTheirTimesAndTheirTimeZone() {
        var token = feeds.issue(practice.provider()).token();

        var first = fetch(token);
        var second = fetch(token);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/calendar"));
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        var calendar = parse(first.body());
        assertThat(calendar.<net.fortuna.ical4j.model.component.VTimeZone>getComponents(Component.VTIMEZONE)).singleElement().satisfies(zone ->
                assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("America/New_York"));
        assertThat(events(calendar)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                morning.id() + "@frontdesk", morning.start() + " " + morning.end() + " CONFIRMED",
                inTheRoom.id() + "@frontdesk", inTheRoom.start() + " " + inTheRoom.end() + " CONFIRMED",
                cancelled.id() + "@frontdesk", cancelled.start() + " " + cancelled.end() + " CANCELLED")));
        assertThat(events(parse(second.body()))).isEqualTo(events(calendar));
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void theFeedNamesTheTypeAndThePlaceButNoPatient() {
        var token = feeds.issue(practice.provider()).token();
        var patient = patients.get(morning.patient()).details();

        var body = fetch(token).body();

        var event = parse(body).<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().startsWith(inTheRoom.id().toString()))
                .findFirst().orElseThrow();
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).startsWith("Office visit");
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).contains("Test clinic", "Exam");
        assertThat(body).doesNotContain(patient.name().family(), patient.name().given(), "Invented knee",
                morning.patient().toString(), "Patient moved away");
    }

    @Test
    void aRevokedOrReplacedLinkOpensNothing() {
        var old = feeds.issue(practice.provider()).token();
        var current = feeds.issue(practice.provider()).token();

        assertThat(fetch(old).statusCode()).isEqualTo(404);
        assertThat(fetch(current).statusCode()).isEqualTo(200);
        assertThat(feeds.revoke(practice.provider())).isTrue();
        assertThat(fetch(current).statusCode()).isEqualTo(404);
        assertThat(fetch("cal_not-a-token").statusCode()).isEqualTo(404);
        assertThat(feeds.live(practice.provider())).isEmpty();
    }

    @Test
    void everyFetchIsAuditedAndTheTokenIsLoggedNowhere(CapturedOutput output) {
        var issued = feeds.issue(practice.provider());

        fetch(issued.token());
        fetch(issued.token().substring(0, issued.token().length() - 2) + "xx");

        var fetches = auditLog.search(new AuditQuery(null, CalendarFeeds.FEED_USER, null, null, 0, 500)).stream()
                .filter(r -> issued.id().toString().equals(r.resourceId())).toList();
        assertThat(fetches).singleElement().satisfies(r -> {
            assertThat(r.resourceType()).isEqualTo("CalendarFeed");
            assertThat(r.channel()).isEqualTo("API");
            assertThat(r.patientIds()).isEmpty();
            assertThat(r.detail()).contains("3 appointments").doesNotContain(issued.token());
        });
        assertThat(output.getAll()).doesNotContain(issued.token().substring(4));
        assertThat(issued.toString()).doesNotContain(issued.token());
        assertThat(feeds.live(practice.provider()).orElseThrow().lastFetchedAt()).isNotNull();
    }

    @Test
    void onlyStaffWhoBookMayIssueOrRevokeALink() {
        var readOnly = List.of(Permission.PATIENT_READ, Permission.SCHEDULE_READ);
        assertThatThrownBy(() -> SystemTask.run(readOnly, () -> feeds.issue(practice.provider())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemTask.run(readOnly, () -> feeds.revoke(practice.provider())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
