package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.browser.Browser;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.SchedulingFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office manager sets a new provider up in a real headless Chromium under the real Content Security Policy: adds
 * them with a valid NPI, gives them working hours Monday to Friday 9-5 with a lunch break and a new-patient block on
 * Tuesday mornings, then enters a sick day over a booked appointment and is told how many no longer fit. Screenshots
 * go to target/screenshots.
 */
@FrontdeskTest
class ManagerSetsUpAProviderBrowserTest {

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
    void theManagerAddsAProviderGivesThemHoursAndSeesWhatASickDayDisplaces() {
        var fixture = SchedulingFixture.of(context);
        var practice = fixture.practice();
        var newPatients = fixture.type("New patient", 45, "#aa3377");
        var npi = SchedulingFixture.freshNpi().value();
        var name = "Vera Lindqvist " + UUID.randomUUID().toString().substring(0, 4);
        browser.signIn("manager", FrontdeskTest.DEMO_PASSWORD);

        browser.driver().findElement(By.id("nav-setup")).click();
        browser.waitForVisible(By.id("provider-form"));
        browser.type(By.id("provider-name"), name);
        browser.type(By.id("provider-credentials"), "MD");
        browser.type(By.id("provider-specialty"), "Family medicine");
        browser.type(By.id("provider-npi"), "1234567890");
        tick("offers-" + practice.type());
        tick("offers-" + newPatients);
        new Select(find("provider-default-type")).selectByValue(practice.type().toString());
        new Select(find("provider-default-location")).selectByValue(practice.location().toString());
        submit("save-provider");
        var npiError = browser.waitForVisible(By.id("npi-error"));
        assertThat(npiError.getText()).contains("check digit does not match");
        browser.screenshot("setup-provider-bad-npi");

        browser.type(By.id("provider-npi"), npi);
        submit("save-provider");
        browser.waitForVisible(By.id("period-form"));
        assertThat(find("message").getText()).contains(name + " added");
        var provider = new ProviderId(jdbc.sql("SELECT id FROM provider WHERE npi = :npi").param("npi", npi)
                .query(UUID.class).single());

        // working hours: the form starts as Monday to Friday, 9:00 to 17:00, from today
        submit("add-period-button");
        assertThat(find("message").getText()).isEqualTo("5 days added to the template.");
        // lunch
        new Select(find("period-kind")).selectByValue("BREAK");
        assertThat(find("reserved-field").isDisplayed()).as("only a block is reserved for a type").isFalse();
        browser.type(By.id("period-start"), "12:00");
        browser.type(By.id("period-end"), "1:00 PM");
        submit("add-period-button");
        assertThat(find("message").getText()).isEqualTo("5 days added to the template.");
        // new patients on Tuesday mornings
        new Select(find("period-kind")).selectByValue("BLOCK");
        new Select(browser.waitForVisible(By.id("period-type"))).selectByValue(newPatients.toString());
        for (var day : new String[] {"monday", "wednesday", "thursday", "friday"}) {
            find("day-" + day).click();
        }
        browser.type(By.id("period-start"), "9:00");
        browser.type(By.id("period-end"), "11:00");
        submit("add-period-button");
        assertThat(find("message").getText()).isEqualTo("Added to the template.");
        assertThat(find("tw-tuesday").getText()).contains("New patient", "Break 12:00 PM–1:00 PM");
        assertThat(browser.driver().findElements(By.cssSelector("#tw-saturday .tw-entry"))).isEmpty();
        browser.screenshot("setup-template-week");

        // a booked afternoon visit, then the provider calls in sick that day
        var sickDay = nextWeekday();
        book(provider, practice, sickDay);
        browser.driver().executeScript("arguments[0].value = arguments[1];", find("exception-first"),
                sickDay.toString());
        new Select(find("exception-kind")).selectByValue("SICK_DAY");
        submit("add-exception");
        var count = browser.waitForVisible(By.id("misfit-count"));
        assertThat(count.getText()).isEqualTo("1 booked appointment no longer fits");
        assertThat(find("misfit-link").getAttribute("href")).endsWith("/schedule/conflicts?provider=" + provider);
        assertThat(find("exceptions").getText()).contains("Sick day");
        browser.screenshot("setup-sick-day-misfits");

        assertThat(jdbc.sql("SELECT count(*) FROM template_period WHERE provider_id = :p AND created_by = 'manager'")
                .param("p", provider.value()).query(Long.class).single()).isEqualTo(11);
        assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
    }

    private void book(ProviderId provider, SchedulingFixture.Practice practice, LocalDate day) {
        var fixture = SchedulingFixture.of(context);
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(SchedulingFixture.ZONE)), day);
        CalendarWeb.book(appointments, BookingRequest.of(fixture.patient(), provider, practice.location(), null,
                practice.type(), fixture.at((int) days, 14, 0), null));
    }

    /** A working day at least two days ahead, in the practice's zone. */
    private LocalDate nextWeekday() {
        var day = LocalDate.now(clock.withZone(SchedulingFixture.ZONE)).plusDays(2);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Clicks a form's button and waits for the page that answers. */
    private void submit(String button) {
        var page = browser.driver().findElement(By.tagName("main"));
        find(button).click();
        browser.waitFor(ExpectedConditions.stalenessOf(page));
        browser.waitForVisible(By.tagName("main"));
    }

    private void tick(String id) {
        var box = find(id);
        if (!box.isSelected()) {
            box.click();
        }
    }

    private WebElement find(String id) {
        return browser.driver().findElement(By.id(id));
    }
}
