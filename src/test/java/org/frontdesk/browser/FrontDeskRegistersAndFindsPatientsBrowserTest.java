package org.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.frontdesk.FrontdeskTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The front desk's everyday path through the registry, in a real headless Chromium. */
@FrontdeskTest
class FrontDeskRegistersAndFindsPatientsBrowserTest {

    static Browser browser;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
        browser.signIn("frontdesk", FrontdeskTest.DEMO_PASSWORD);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void registersAPatientIsWarnedOfTheDuplicateAndFindsThemByAMisspeltName() throws Exception {
        browser.open("/patients/new");
        fillRegistration("Pemberton-Lyle", "Rosalind", "1988-07-14", "(646) 555-0142");
        browser.driver().findElement(By.id("register")).click();
        var name = browser.waitForVisible(By.id("patient-name"));
        assertThat(name.getText()).isEqualTo("Pemberton-Lyle, Rosalind");
        var mrn = browser.driver().findElement(By.id("patient-mrn")).getText().replace("MRN ", "");

        browser.open("/patients/new");
        fillRegistration("Pemberton Lyle", "Rosalyn", "1988-07-14", "");
        browser.driver().findElement(By.id("register")).click();
        var warning = browser.waitForVisible(By.id("duplicate-warning"));
        assertThat(warning.getText()).contains("Pemberton-Lyle, Rosalind", mrn, "similar name, same date of birth");
        browser.screenshot("patients-duplicate-warning");

        browser.open("/patients");
        var box = browser.waitForVisible(By.id("patient-search"));
        box.sendKeys("rozalind pemberten");
        var hit = browser.waitForVisible(By.cssSelector("#search-results a.patient-link"));
        assertThat(hit.getText()).isEqualTo("Pemberton-Lyle, Rosalind");
        browser.screenshot("patients-search-misspelt");

        box.sendKeys(Keys.ENTER);
        browser.waitFor(ExpectedConditions.urlMatches("/patients/[0-9a-f-]{36}$"));
        assertThat(browser.waitForVisible(By.id("patient-name")).getText()).isEqualTo("Pemberton-Lyle, Rosalind");
        var screenshot = browser.screenshot("patient-page");
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    @Test
    void showsAMessageNextToEachBadFieldAndKeepsWhatWasTyped() {
        browser.open("/patients/new");
        fillRegistration("Okonkwo", "Adaeze", "1980-02-30", "555-12");
        browser.fill("postalCode", "123");
        browser.driver().findElement(By.id("register")).click();
        assertThat(browser.waitForVisible(By.id("birthDate-error")).getText()).contains("not a real date");
        assertThat(browser.driver().findElement(By.id("mobilePhone-error")).getText()).contains("10-digit");
        assertThat(browser.driver().findElement(By.id("postalCode-error")).getText()).contains("ZIP");
        assertThat(browser.driver().findElement(By.name("familyName")).getAttribute("value")).isEqualTo("Okonkwo");
        browser.screenshot("patients-register-errors");
    }

    private static void fillRegistration(String family, String given, String birthDate, String mobile) {
        browser.waitForVisible(By.name("familyName"));
        browser.fill("familyName", family);
        browser.fill("givenName", given);
        browser.fill("birthDate", birthDate);
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.name("sex"))).selectByValue("FEMALE");
        browser.fill("mobilePhone", mobile);
    }
}
