package org.frontdesk.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit page in a real browser, under the real Content Security Policy: the verify button works through htmx
 * (script from our origin, CSRF token from the meta tags), and the filter narrows the table. Needs Debian's
 * Chromium and chromedriver, which {@code ./frontdesk test} installs.
 */
@FrontdeskTest
class AuditPageBrowserTest {

    @LocalServerPort
    int port;

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
    void aManagerVerifiesTheTrailAndFiltersItByUsername() {
        browser.signIn("manager", FrontdeskTest.DEMO_PASSWORD);
        browser.open("/audit");
        var page = browser.driver();

        page.findElement(By.id("verify")).click();
        var verdict = browser.waitForVisible(By.id("chain-intact"));
        assertThat(verdict.getText()).startsWith("Intact");
        assertThat(page.getCurrentUrl()).as("htmx swapped the result into the page").endsWith("/audit");
        browser.screenshot("audit-verified");

        page.findElement(By.name("username")).sendKeys("manager");
        page.findElement(By.cssSelector("form.audit-filter button[type=submit]")).click();
        browser.waitFor(ExpectedConditions.urlContains("username=manager"));
        var who = page.findElements(By.cssSelector("tr.audit-row td:nth-child(2)"));
        assertThat(who).isNotEmpty().allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("manager"));
        assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
        browser.screenshot("audit-filtered");
    }
}
