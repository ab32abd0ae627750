package org.frontdesk.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.time.Duration;
import org.frontdesk.FrontdeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit page in a real browser, under the real Content Security Policy: the verify button works through htmx
 * (script from our origin, CSRF token from the meta tags), and the filter narrows the table. Needs Debian's
 * Chromium and chromedriver, which {@code ./frontdesk test} installs.
 */
@FrontdeskTest
class AuditPageBrowserTest {

    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final File CHROMIUM = new File("/usr/bin/chromium");

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        assumeTrue(CHROMEDRIVER.canExecute() && CHROMIUM.canExecute(), "Chromium and chromedriver are not installed");
        var options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,800");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(),
                options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aManagerVerifiesTheTrailAndFiltersItByUsername() {
        signIn("manager");
        browser.get(url("/audit"));

        browser.findElement(By.id("verify")).click();
        var verdict = waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("chain-intact")));
        assertThat(verdict.getText()).startsWith("Intact");
        assertThat(browser.getCurrentUrl()).as("htmx swapped the result into the page").endsWith("/audit");

        browser.findElement(By.name("username")).sendKeys("manager");
        browser.findElement(By.cssSelector("form.audit-filter button[type=submit]")).click();
        waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("username=manager"));
        var who = browser.findElements(By.cssSelector("tr.audit-row td:nth-child(2)"));
        assertThat(who).isNotEmpty().allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("manager"));
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(FrontdeskTest.DEMO_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
