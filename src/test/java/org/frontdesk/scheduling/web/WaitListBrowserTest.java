package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.browser.Browser;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.CancelledBy;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.security.Permission;
import org.frontdesk.security.SystemTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The front desk in a real headless Chromium under the real Content Security Policy: opens the wait list from a
 * patient's page, adds them for mornings, sees the offer a cancellation makes and books it with one click.
 * Screenshots go to target/screenshots.
 */
@FrontdeskTest
class WaitListBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Appointments appointments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theFrontDeskAddsAPatientFromTheirPageAndBooksTheOfferACancellationMakes() {
        var fixture = SchedulingFixture.of(context);
        var practice = fixture.practice();
        var patient = fixture.patient("Queued", "Rosa", LocalDate.of(1969, 7, 20));
        var freed = CalendarWeb.book(appointments, BookingRequest.of(fixture.patient(), practice.provider(),
                practice.location(), null, practice.type(), fixture.at(2, 9, 30), null)).appointment();
        browser.signIn("frontdesk", FrontdeskTest.DEMO_PASSWORD);

        browser.open("/patients/" + patient.value());
        browser.waitForVisible(By.id("add-to-wait-list")).click();
        browser.waitForVisible(By.id("chosen-patient"));
        new Select(browser.driver().findElement(By.id("entry-type"))).selectByValue(practice.type().toString());
        new Select(browser.driver().findElement(By.id("entry-part"))).selectByValue("MORNING");
        new Select(browser.driver().findElement(By.id("entry-priority"))).selectByValue("URGENT");
        browser.type(By.id("entry-note"), "can come at short notice");
        browser.screenshot("wait-list-add");
        browser.driver().findElement(By.id("add-entry-button")).click();
        assertThat(browser.waitForVisible(By.id("message")).getText()).isEqualTo("Added to the wait list.");
        var entry = jdbc.sql("SELECT id FROM wait_list_entry WHERE patient_id = :patient")
                .param("patient", patient.value()).query(UUID.class).single();
        assertThat(browser.driver().findElement(By.id("entry-" + entry)).getText()).contains("Queued, Rosa",
                "Urgent", "Any day · mornings");

        SystemTask.run(List.of(Permission.SCHEDULE_WRITE), () -> appointments.cancel(freed.id(), freed.version(),
                "patient called", CancelledBy.PATIENT));
        var offer = jdbc.sql("SELECT id FROM wait_list_offer WHERE freed_by = :freed AND entry_id = :entry")
                .param("freed", freed.id().value()).param("entry", entry).query(UUID.class).single();
        browser.open("/schedule/wait-list");
        assertThat(browser.waitForVisible(By.id("offer-" + offer)).getText()).contains("Queued, Rosa", "9:30");
        // the navigation counts freed times on offer (other tests' offers too, so at least this one)
        assertThat(Integer.parseInt(browser.waitForVisible(By.cssSelector("#wait-list-offered mark")).getText()))
                .isPositive();
        browser.screenshot("wait-list-offer");
        browser.driver().findElement(By.id("book-" + offer)).click();

        assertThat(browser.waitForVisible(By.id("message")).getText()).startsWith("Booked ");
        assertThat(browser.driver().findElement(By.id("offer-" + offer)).getText()).contains("Booked");
        assertThat(browser.driver().findElements(By.id("entry-" + entry))).isEmpty();
        browser.screenshot("wait-list-booked");
        assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
    }
}
