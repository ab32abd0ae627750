package org.frontdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import org.frontdesk.FrontdeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/** The security pages in a real browser under the strict CSP: forms work and nothing is blocked. */
@FrontdeskTest
class StaffPagesBrowserTest {

    @Autowired StaffAccounts staff;
    @Autowired StaffAccountRepository accounts;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    WebDriver browser;
    Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("frontdesk-chrome");
        var options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--user-data-dir=" + profile);
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        browser.quit();
        FileSystemUtils.deleteRecursively(profile);
    }

    @Test
    void anAdministratorSetsUpMfaAndOpensAnAccountWithFieldErrorsShown() {
        var admin = new StaffFixture(staff, accounts, jdbc).account("chromeadmin", Role.ADMIN);
        signIn(admin.username());

        var secret = browser.findElement(By.id("secret")).getText(); // waits for the page after the password
        assertThat(browser.getCurrentUrl()).endsWith("/mfa/enroll");
        browser.findElement(By.id("code")).sendKeys(Totp.codeAt(secret, Instant.now()));
        browser.findElement(By.id("confirm")).click();
        browser.findElement(By.cssSelector("a[href='/admin/staff']")).click(); // the home page's header


        browser.findElement(By.name("username")).sendKeys("x");
        browser.findElement(By.name("password")).sendKeys("short");
        browser.findElement(By.id("open-account")).click();

        assertThat(browser.findElement(By.id("username-error")).getText()).startsWith("2 to 40 characters");
        assertThat(browser.findElement(By.id("password-error")).getText()).isEqualTo("At least 12 characters.");
        assertThat(browser.findElement(By.id("role-error")).getText()).isEqualTo("Choose a role.");
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(StaffFixture.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
