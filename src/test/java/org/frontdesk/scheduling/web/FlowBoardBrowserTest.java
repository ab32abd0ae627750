package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.browser.Browser;
import org.frontdesk.scheduling.Appointment;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The flow board in a real headless Chromium under the real Content Security Policy: the demo front-desk clerk checks
 * a patient in, the board answers in place, the wait ticks, and changes made at another desk appear without a
 * reload. Screenshots go to target/screenshots.
 */
@FrontdeskTest
class FlowBoardBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Browser browser;
    TodaysClinic clinic;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
        clinic = TodaysClinic.open(context);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aClerkChecksAPatientInAndTheBoardFollowsWhatAnotherDeskDoes() {
        var first = clinic.book(12, 0);
        var second = clinic.book(12, 30);
        browser.signIn("frontdesk", org.frontdesk.FrontdeskTest.DEMO_PASSWORD);
        browser.driver().findElement(By.id("nav-flow")).click();
        browser.open("/flow?location=" + clinic.practice.location());
        browser.waitForVisible(By.id("visit-" + first.id()));
        assertThat(statusOf(first)).isEqualTo("Booked");
        browser.driver().executeScript("window.sameFlowPage = true;"); // gone if the page reloads
        browser.screenshot("flow-board");

        button(first, "check-in").click();

        browser.waitFor(d -> statusOf(first).equals("Checked in"));
        assertThat(browser.driver().findElement(By.id("flow-message")).getText())
                .isEqualTo("Checked in: " + clinic.nameOf(first.patient()) + ".");
        assertThat(textOf(first, "td.arrived")).matches("\\d{1,2}:\\d\\d [AP]M");
        var firstReading = textOf(first, ".wait.total");
        assertThat(firstReading).matches("0:0\\d");
        browser.waitFor(d -> !textOf(first, ".wait.total").equals(firstReading));
        assertThat(textOf(first, ".wait.total")).as("the wait ticks").matches("0:\\d\\d");
        browser.screenshot("flow-board-checked-in");

        clinic.asAnotherDesk(() -> clinic.appointments().arrive(second.id(), second.version()));

        browser.waitFor(d -> statusOf(second).equals("Checked in"));
        assertThat(textOf(second, "td.arrived")).isNotBlank();
        assertThat(textOf(second, ".wait.total")).matches("0:\\d\\d");
        assertThat(browser.driver().executeScript("return window.sameFlowPage === true;"))
                .as("the board changed in place, without a reload").isEqualTo(true);
        browser.screenshot("flow-board-other-desk");
        assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
    }

    @Test
    void aClickOnABoardThatAnotherDeskChangedIsToldSoAndOverwritesNothing() {
        var visit = clinic.book(13, 0);
        var arrived = clinic.asAnotherDesk(() -> clinic.appointments().arrive(visit.id(), visit.version()));
        browser.signIn("frontdesk", org.frontdesk.FrontdeskTest.DEMO_PASSWORD);
        browser.open("/flow?location=" + clinic.practice.location());
        browser.waitForVisible(By.id("visit-" + visit.id()));
        // Hold the polling, so that the board on screen is surely older than the change below.
        browser.driver().executeScript("document.addEventListener('htmx:beforeRequest', function (e) {"
                + " if (e.detail.elt.id === 'flow-board') { e.preventDefault(); } });");
        clinic.asAnotherDesk(() -> clinic.appointments().room(arrived.id(), arrived.version()));

        button(visit, "room").click();

        var problem = browser.waitForVisible(By.id("flow-problem"));
        assertThat(problem.getText()).startsWith("Someone at another desk changed this appointment since you looked")
                .contains("is now In room").contains("Nothing was changed");
        assertThat(statusOf(visit)).isEqualTo("In room");
        assertThat(button(visit, "start-visit").isDisplayed()).isTrue();
        browser.screenshot("flow-board-changed-elsewhere");
    }

    @Test
    void patientsWhoAreLateAndWaitsThatRunLongStandOut() {
        var late = bookedEarlierToday(Duration.ofMinutes(20), null);
        var waiting = bookedEarlierToday(Duration.ofMinutes(70), Duration.ofMinutes(35));
        browser.signIn("frontdesk", org.frontdesk.FrontdeskTest.DEMO_PASSWORD);
        browser.open("/flow?location=" + clinic.practice.location());

        var lateRow = browser.waitForVisible(By.id("visit-" + late));
        assertThat(lateRow.getAttribute("class")).contains("late");
        assertThat(lateRow.findElement(By.cssSelector(".late-cue")).getText()).matches("2[0-2] min late");
        assertThat(lateRow.findElement(By.cssSelector("button[value='no-show']")).isDisplayed()).isTrue();
        var wait = browser.driver().findElement(By.cssSelector("#visit-" + waiting + " .wait.total"));
        assertThat(wait.getText()).matches("3[5-7]:\\d\\d");
        assertThat(wait.getAttribute("class")).contains("wait-overdue");
        browser.screenshot("flow-board-late-and-waiting");
    }

    /**
     * An appointment that began {@code startedAgo}, checked in {@code arrivedAgo} (or not). Booking refuses times in
     * the past, so the rows are written as the service would have written them then.
     */
    private UUID bookedEarlierToday(Duration startedAgo, @Nullable Duration arrivedAgo) {
        var id = UUID.randomUUID();
        var start = Instant.now().minus(startedAgo).truncatedTo(ChronoUnit.MINUTES);
        var status = arrivedAgo == null ? "BOOKED" : "ARRIVED";
        jdbc.sql("""
                INSERT INTO appointment (id, patient_id, provider_id, location_id, room_id, appointment_type_id, during,
                    status, status_changed_at, created_by, updated_by)
                VALUES (:id, :patient, :provider, :location, NULL, :type,
                    tstzrange(:start::timestamptz, :start::timestamptz + interval '30 minutes', '[)'), :status, now(),
                    'test', 'test')""")
                .param("id", id).param("patient", clinic.fixture.patient().value())
                .param("provider", clinic.practice.provider().value())
                .param("location", clinic.practice.location().value()).param("type", clinic.practice.type().value())
                .param("start", start.atOffset(ZoneOffset.UTC)).param("status", status)
                .update();
        change(id, "BOOKED", start.minus(Duration.ofDays(3)));
        if (arrivedAgo != null) {
            change(id, "ARRIVED", Instant.now().minus(arrivedAgo));
        }
        return id;
    }

    private void change(UUID appointment, String status, Instant at) {
        jdbc.sql("INSERT INTO appointment_status_change (appointment_id, status, changed_at, changed_by)"
                        + " VALUES (:id, :status, :at, 'test')")
                .param("id", appointment).param("status", status).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    private String statusOf(Appointment a) {
        return textOf(a, ".status");
    }

    /** The board polls and swaps its rows; a row swapped away between finding and reading it is found again. */
    private String textOf(Appointment a, String selector) {
        return browser.waitFor(d -> cell(a, selector).getText());
    }

    private WebElement cell(Appointment a, String selector) {
        return browser.driver().findElement(By.cssSelector("#visit-" + a.id() + " " + selector));
    }

    private WebElement button(Appointment a, String step) {
        return browser.waitFor(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#visit-" + a.id() + " button[name='step'][value='" + step + "']")));
    }
}
