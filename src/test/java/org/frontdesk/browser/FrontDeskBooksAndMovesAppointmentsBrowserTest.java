package org.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.PatientId;
import org.frontdesk.scheduling.AppointmentId;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.Booking;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.security.Permission;
import org.frontdesk.security.SystemTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The front desk's calendar in a real headless Chromium, under the real Content Security Policy: book by clicking an
 * empty slot, drag an appointment to a free time and to another provider (it moves), drag one onto taken time (it
 * snaps back with the reason), and book from a patient's page with the keyboard alone.
 */
@FrontdeskTest
class FrontDeskBooksAndMovesAppointmentsBrowserTest {

    /** As calendar.js draws the grid. */
    private static final double PX_PER_MINUTE = 1.2;

    static Browser browser;

    @Autowired
    Appointments appointments;

    @Autowired
    JdbcClient jdbc;

    /** One invented practice for the class: two providers whose names the keyboard test types. */
    static SchedulingFixture fixture;
    static SchedulingFixture.Practice practice;
    static ProviderId calder;
    static ProviderId ivers;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port, @Autowired ApplicationContext context) {
        fixture = SchedulingFixture.of(context);
        practice = fixture.practice();
        calder = fixture.provider("Sam Calder", practice.type());
        ivers = fixture.provider("Noor Ivers", practice.type());
        browser = new Browser(port);
        browser.signIn("frontdesk", FrontdeskTest.DEMO_PASSWORD);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void booksFromAnEmptySlotMovesByDragAndIsRefusedOnTakenTime() {
        var toMove = book(fixture.patient("Abernathy", "Moira", LocalDate.of(1961, 2, 3)), calder, 9, 0);
        book(fixture.patient("Bellweather", "Otto", LocalDate.of(1979, 4, 5)), ivers, 11, 0);
        var newcomer = fixture.patient("Quellington", "Rhea", LocalDate.of(1984, 6, 7));
        browser.open("/schedule/day?date=" + date() + "&location=" + practice.location() + "&provider=" + calder
                + "&provider=" + ivers);
        browser.waitForVisible(By.id("appt-" + toMove));
        browser.screenshot("calendar-day");

        // click Calder's empty 10:00 and book the newcomer
        clickAt(column(calder), 10, 5);
        var search = browser.waitForVisible(By.id("patient-search"));
        assertThat(browser.driver().findElement(By.id("booking-time")).getAttribute("value")).isEqualTo("10:00 AM");
        search.sendKeys("quelington rhea");
        browser.waitForVisible(By.cssSelector("#patient-choices input[value='" + newcomer + "']")).click();
        browser.screenshot("calendar-booking-form");
        browser.driver().findElement(By.id("book")).click();
        var summary = browser.waitForVisible(By.id("booked-summary"));
        assertThat(summary.getText()).contains("Quellington, Rhea", "10:00–10:30 AM");
        browser.screenshot("calendar-booked");
        browser.driver().findElement(By.cssSelector("#booked [data-close-panel]")).click();
        var booked = browser.waitForVisible(
                By.xpath("//div[contains(@class,'appt')][.//strong[text()='Quellington, Rhea']]"));
        var bookedId = new AppointmentId(java.util.UUID.fromString(booked.getAttribute("data-id")));

        // drag Abernathy from Calder's 9:00 to Ivers' 13:00: free, so it moves
        drag(block(toMove), column(ivers), 4 * 60);
        var moved = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#calendar-message.ok")));
        assertThat(moved.getText()).contains("Moved to", "1:00–1:30 PM", "Noor Ivers");
        assertThat(status(toMove)).isEqualTo("RESCHEDULED");
        assertThat(jdbc.sql("SELECT provider_id FROM appointment WHERE id = (SELECT rescheduled_to FROM appointment"
                + " WHERE id = :id)").param("id", toMove.value()).query(java.util.UUID.class).single())
                .isEqualTo(ivers.value());
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("appt-" + toMove)));
        browser.screenshot("calendar-moved");

        // drag the newcomer from Calder's 10:00 onto Bellweather's 11:00 with Ivers: taken, so it snaps back
        drag(block(bookedId), column(ivers), 60);
        var refused = browser.waitForVisible(By.cssSelector("#calendar-message.refused"));
        assertThat(refused.getText()).contains("Not moved", "Noor Ivers", "has an appointment 11:00–11:30 AM");
        browser.waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".appt-ghost"), 0));
        assertThat(block(bookedId).getAttribute("data-top")).isEqualTo("180");
        assertThat(block(bookedId).getAttribute("class")).doesNotContain("drag-origin");
        assertThat(status(bookedId)).isEqualTo("BOOKED");
        browser.screenshot("calendar-move-refused");

        // a click (no drag) opens the appointment's panel; confirm it there
        block(bookedId).click();
        browser.waitForVisible(By.id("appointment-panel"));
        browser.driver().findElement(By.id("confirm")).click();
        assertThat(browser.waitForVisible(By.id("panel-notice")).getText()).isEqualTo("Confirmed.");
        assertThat(browser.driver().findElement(By.id("panel-status")).getText()).isEqualTo("Confirmed");
        browser.screenshot("calendar-appointment-panel");
        browser.driver().findElement(By.cssSelector("#panel .panel-close")).click();
        browser.waitFor(ExpectedConditions.attributeContains(By.id("appt-" + bookedId), "class", "status-confirmed"));

        browser.open("/schedule/day?date=" + date() + "&location=" + practice.location() + "&view=rooms");
        browser.waitForVisible(By.cssSelector(".cal-column[data-room='none']"));
        browser.screenshot("calendar-rooms");
        browser.open("/schedule/week?provider=" + ivers + "&location=" + practice.location() + "&date=" + date());
        browser.waitForVisible(By.xpath("//strong[text()='Abernathy, Moira']"));
        browser.screenshot("calendar-week");
        assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
    }

    @Test
    void booksFromThePatientPageWithTheKeyboardAlone() {
        var patient = fixture.patient("Tenterden", "Ilse", LocalDate.of(1958, 9, 10));
        var location = jdbc.sql("SELECT name FROM location WHERE id = :id").param("id", practice.location().value())
                .query(String.class).single();
        browser.open("/patients/" + patient);
        browser.waitForVisible(By.id("book-shortcut"));

        keys("b");
        browser.waitFor(ExpectedConditions.urlContains("/schedule/book?patient=" + patient));
        browser.waitForVisible(By.id("chosen-patient"));
        assertThat(active().getAttribute("id")).isEqualTo("booking-provider");
        keys("Noor Ivers", Keys.TAB); // provider; the type list now offers Ivers' types
        keys(Keys.TAB, location, Keys.TAB, Keys.TAB); // past the type, choose the location, past "No room"
        assertThat(active().getAttribute("id")).isEqualTo("booking-date");
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
        keys(date().toString(), Keys.TAB, "2:15 pm", Keys.TAB, "annual physical");
        browser.screenshot("calendar-book-from-patient-page");
        keys(Keys.ENTER);

        var summary = browser.waitForVisible(By.id("booked-summary"));
        assertThat(summary.getText()).contains("Tenterden, Ilse", "2:15–2:45 PM");
        assertThat(active().getAttribute("id")).as("focus moves to what comes next").isEqualTo("open-day");
        browser.screenshot("calendar-booked-from-patient-page");
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE patient_id = :p AND provider_id = :v"
                        + " AND status = 'BOOKED' AND reason = 'annual physical'")
                .param("p", patient.value()).param("v", ivers.value()).query(Long.class).single()).isEqualTo(1);
    }

    private AppointmentId book(PatientId patient, ProviderId provider, int hour, int minute) {
        var outcome = SystemTask.run(java.util.List.of(Permission.SCHEDULE_WRITE), () -> appointments.book(
                BookingRequest.of(patient, provider, practice.location(), null, practice.type(),
                        fixture.at(3, hour, minute), null)));
        return ((Booking.Booked) outcome).appointment().id();
    }

    private LocalDate date() {
        return fixture.at(3, 12, 0).atZone(SchedulingFixture.ZONE).toLocalDate();
    }

    private String status(AppointmentId id) {
        return jdbc.sql("SELECT status FROM appointment WHERE id = :id").param("id", id.value())
                .query(String.class).single();
    }

    private WebElement column(ProviderId provider) {
        return browser.driver().findElement(By.cssSelector(".cal-column[data-provider='" + provider + "']"));
    }

    private WebElement block(AppointmentId id) {
        return browser.waitForVisible(By.id("appt-" + id));
    }

    /**
     * Clicks the column {@code minutes} after the whole hour {@code hour} (minutes from the grid's 07:00 top), by the
     * hour's line: WebDriver measures offsets from the centre of an element's visible part, and a column is taller
     * than the scroll box that shows it.
     */
    private void clickAt(WebElement column, int hour, int minutes) {
        var line = column.findElement(By.cssSelector(".cal-line[data-top='" + (hour - 7) * 60 + "']"));
        int fromCentre = (int) Math.round(minutes * PX_PER_MINUTE) - line.getSize().getHeight() / 2;
        new Actions(browser.driver()).moveToElement(line, 0, fromCentre).click().perform();
    }

    /** Drags the block into the column, {@code minutes} later than it starts, by pointer events. */
    private void drag(WebElement block, WebElement column, int minutes) {
        // bring the block near the top of the calendar's scroll box, so that the drop point is on screen too
        browser.driver().executeScript("document.querySelector('.cal').scrollTop = arguments[0];",
                (int) Math.round(Integer.parseInt(block.getAttribute("data-top")) * PX_PER_MINUTE) - 20);
        var from = block.getRect();
        var to = column.getRect();
        int dx = to.getX() + to.getWidth() / 2 - (from.getX() + from.getWidth() / 2);
        int dy = (int) Math.round(minutes * PX_PER_MINUTE);
        new Actions(browser.driver()).clickAndHold(block).moveByOffset(dx / 2, dy / 2).moveByOffset(dx - dx / 2,
                dy - dy / 2).release().perform();
    }

    private void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }
}
