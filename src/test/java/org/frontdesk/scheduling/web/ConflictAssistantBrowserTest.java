package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.browser.Browser;
import org.frontdesk.scheduling.Appointment;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.ScheduleSetup;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.scheduling.TimeOff;
import org.frontdesk.security.Permission;
import org.frontdesk.security.SystemTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The front desk resolves a sick day in a real headless Chromium under the real Content Security Policy: opens the
 * conflict assistant, picks another time for one patient, leaves another, and moves the rest with one button.
 * Screenshots go to target/screenshots.
 */
@FrontdeskTest
class ConflictAssistantBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Appointments appointments;

    @Autowired
    ScheduleSetup schedule;

    @Autowired
    JdbcClient jdbc;

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
    void theFrontDeskMovesASickDaysPatientsWithOneButton() {
        var fixture = SchedulingFixture.of(context);
        var practice = fixture.practice();
        var booked = new ArrayList<Appointment>();
        for (var given : List.of("Ada", "Bea", "Cora", "Dora")) {
            var patient = fixture.patient("Sickdayova", given, LocalDate.of(1975, 3, 9));
            booked.add(CalendarWeb.book(appointments, BookingRequest.of(patient, practice.provider(),
                    practice.location(), practice.room(), practice.type(), fixture.at(4, 9 + booked.size(), 0), null))
                    .appointment());
        }
        var day = fixture.at(4, 12, 0).atZone(SchedulingFixture.ZONE).toLocalDate();
        SystemTask.run(List.of(Permission.SCHEDULE_WRITE), () -> schedule.addException(
                TimeOff.days(practice.provider(), null, TimeOff.Kind.SICK_DAY, day, day)));
        browser.signIn("frontdesk", FrontdeskTest.DEMO_PASSWORD);

        browser.open("/schedule/conflicts?provider=" + practice.provider());
        browser.waitForVisible(By.id("conflicts"));
        assertThat(browser.driver().findElements(By.cssSelector("#conflicts tbody tr"))).hasSize(4);
        // the sick day alone; a day that is not one is said beside its field first
        browser.driver().findElement(By.id("days-from")).sendKeys("the sick day");
        browser.driver().findElement(By.id("show-days")).click();
        assertThat(browser.waitForVisible(By.id("from-error")).getText()).contains("That is not a date");
        browser.driver().findElement(By.id("days-from")).clear();
        browser.driver().findElement(By.id("days-from")).sendKeys(day.toString());
        browser.driver().findElement(By.id("days-until")).sendKeys(day.toString());
        browser.driver().findElement(By.id("show-days")).click();
        browser.waitForVisible(By.id("conflicts"));
        assertThat(browser.driver().findElements(By.cssSelector("#conflicts tbody tr"))).hasSize(4);
        assertThat(browser.driver().findElements(By.id("from-error"))).isEmpty();
        browser.driver().findElement(By.cssSelector("label[for='move-" + booked.get(1).id() + "-1']")).click();
        browser.driver().findElement(By.cssSelector("label[for='move-" + booked.get(3).id() + "-keep']")).click();
        browser.screenshot("conflicts-chosen");
        browser.driver().findElement(By.id("move-all")).click();

        var summary = browser.waitForVisible(By.id("moved-summary"));
        assertThat(summary.getText()).contains("3 appointments moved", "Sickdayova, Ada", "Sickdayova, Bea");
        assertThat(browser.driver().findElements(By.cssSelector("#conflicts tbody tr"))).as("the one left")
                .hasSize(1);
        assertThat(browser.driver().findElement(By.id("days-until")).getAttribute("value")).as("the days kept")
                .isEqualTo(day.toString());
        assertThat(CalendarWeb.status(jdbc, booked.get(3).id())).isEqualTo("BOOKED");
        assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
        browser.screenshot("conflicts-moved");
    }
}
