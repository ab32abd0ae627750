package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.browser.Browser;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.SchedulingFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The front desk finds a free afternoon, opens the booking form from it, books it weekly × 4 for a patient, sees the
 * week that clashed with its alternatives, books one, and cancels the last two ("this and following"), in a real
 * headless Chromium under the real Content Security Policy. Screenshots go to target/screenshots.
 */
@FrontdeskTest
class FrontDeskBooksASeriesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Appointments appointments;

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
    void findsASlotBooksItWeeklyBooksAClashElsewhereAndCancelsThisAndFollowing() {
        var fixture = SchedulingFixture.of(context);
        var practice = fixture.practice();
        var patient = fixture.patient();
        var first = LocalDate.ofInstant(fixture.at(7, 12, 0), SchedulingFixture.ZONE);
        // the second week is taken at 2:00 PM
        CalendarWeb.book(appointments, BookingRequest.of(fixture.patient(), practice.provider(), practice.location(),
                null, practice.type(), first.plusWeeks(1).atTime(14, 0).atZone(SchedulingFixture.ZONE).toInstant(),
                null));
        browser.signIn("frontdesk", FrontdeskTest.DEMO_PASSWORD);

        browser.driver().findElement(By.id("nav-find")).click();
        new Select(browser.waitForVisible(By.id("find-type"))).selectByValue(practice.type().toString());
        new Select(find("find-provider")).selectByValue(practice.provider().toString());
        find("find-part-afternoon").click();
        browser.type(By.id("find-earliest"), first.toString());
        find("find").click();
        var slot = browser.waitForVisible(By.cssSelector("#slots li.slot"));
        assertThat(slot.getText()).contains("12:00–12:30 PM");
        browser.screenshot("find-free-slots");

        var twoPm = browser.driver().findElements(By.cssSelector("#slots li.slot")).stream()
                .filter(li -> li.getText().contains("2:00–2:30 PM")).findFirst().orElseThrow();
        var link = twoPm.findElement(By.cssSelector("a.book-slot")).getAttribute("href");
        browser.driver().get(link + "&patient=" + patient);
        assertThat(new Select(browser.waitForVisible(By.id("booking-type"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(practice.type().toString());
        assertThat(find("booking-time").getAttribute("value")).isEqualTo("2:00 PM");

        find("repeat").findElement(By.tagName("summary")).click();
        find("booking-repeat").click();
        browser.type(By.id("repeat-count"), "4");
        browser.screenshot("series-booking-form");
        find("book").click();
        browser.waitForVisible(By.id("series-heading"));
        assertThat(status(1)).isEqualTo("Booked");
        assertThat(status(2)).isEqualTo("Not booked");
        assertThat(find("occurrence-2").getText()).contains("The provider's time is taken.");
        browser.screenshot("series-with-a-clash");

        find("book-2-0").click();
        assertThat(browser.waitForVisible(By.id("series-notice")).getText()).isEqualTo("Occurrence 2 booked.");
        assertThat(status(2)).isEqualTo("Booked");

        find("cancel-open-3").click();
        browser.type(By.id("cancel-reason-3"), "Treatment finished");
        find("cancel-following-3").click();
        assertThat(browser.waitForVisible(By.id("series-notice")).getText()).contains("following ones cancelled");
        assertThat(status(1)).isEqualTo("Booked");
        assertThat(status(2)).isEqualTo("Booked");
        assertThat(status(3)).isEqualTo("Cancelled");
        assertThat(status(4)).isEqualTo("Cancelled");
        assertThat(find("occurrence-4").getText()).contains("By the patient: Treatment finished");
        browser.screenshot("series-cancelled-this-and-following");
        assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
    }

    private String status(int number) {
        return find("occurrence-" + number).getAttribute("data-status");
    }

    private WebElement find(String id) {
        return browser.driver().findElement(By.id(id));
    }
}
