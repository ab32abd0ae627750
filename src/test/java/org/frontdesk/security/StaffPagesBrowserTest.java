package org.frontdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The security pages in a real browser under the strict CSP: forms work and nothing is blocked. */
@FrontdeskTest
class StaffPagesBrowserTest {

    @Autowired StaffAccounts staff;
    @Autowired StaffAccountRepository accounts;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
        browser.driver().manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorSetsUpMfaAndOpensAnAccountWithFieldErrorsShown() {
        var admin = new StaffFixture(staff, accounts, jdbc).account("chromeadmin", Role.ADMIN);
        browser.open("/login");
        browser.fill("username", admin.username());
        browser.fill("password", StaffFixture.PASSWORD);
        var page = browser.driver();
        page.findElement(By.id("sign-in")).click();

        var secret = page.findElement(By.id("secret")).getText(); // waits for the page after the password
        assertThat(page.getCurrentUrl()).endsWith("/mfa/enroll");
        browser.screenshot("mfa-enrol");
        page.findElement(By.id("code")).sendKeys(Totp.codeAt(secret, Instant.now()));
        page.findElement(By.id("confirm")).click();
        page.findElement(By.cssSelector("a[href='/admin/staff']")).click(); // the home page's header

        page.findElement(By.name("username")).sendKeys("x");
        page.findElement(By.name("password")).sendKeys("short");
        page.findElement(By.id("open-account")).click();

        assertThat(page.findElement(By.id("username-error")).getText()).startsWith("2 to 40 characters");
        assertThat(page.findElement(By.id("password-error")).getText()).isEqualTo("At least 12 characters.");
        assertThat(page.findElement(By.id("role-error")).getText()).isEqualTo("Choose a role.");
        assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
        browser.screenshot("admin-staff-field-errors");
    }
}
