package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.web.TodaysClinic.billing;
import static org.frontdesk.scheduling.web.TodaysClinic.frontDesk;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.scheduling.Appointment;
import org.frontdesk.scheduling.Booking.Booked;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.frontdesk.shell.PracticeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * The printable day sheet, read back with poppler's {@code pdftotext} and {@code pdfinfo} (installed by
 * {@code ./frontdesk test}) as a person would see it.
 */
@FrontdeskTest
class DaySheetPdfIntegrationTest {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    @Autowired
    WebApplicationContext context;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    PracticeProperties practiceProperties;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    TodaysClinic clinic;
    SchedulingFixture fixture;
    Practice practice;
    LocalDate tomorrow;

    @BeforeEach
    void setUp() {
        mvc = TodaysClinic.mvc(context);
        clinic = TodaysClinic.open(context);
        fixture = clinic.fixture;
        practice = fixture.practice();
        tomorrow = LocalDate.now(clock).plusDays(1);
    }

    @Test
    void listsTheProvidersDayWithPatientsDatesOfBirthAndReasonsOnAPageThatSaysWhoseAndWhen() throws Exception {
        var first = book(1, 9, 0, 30, "annual physical");
        var second = book(1, 10, 30, 30, "sore throat");
        book(2, 8, 0, 30, "booked for another day");

        var response = send(get(sheet(tomorrow)).with(frontDesk()));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("inline; filename=\"day-sheet-" + tomorrow
                + ".pdf\"");
        var pdf = response.getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(info(pdf)).containsPattern("Pages:\\s+1\\n").contains("(letter)");
        var text = text(pdf);
        assertThat(text).contains(practiceProperties.name(), "Day sheet: Test Provider",
                DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US).format(tomorrow), "2 appointments",
                "9:00–9:30 AM", "10:30–11:00 AM", "annual physical", "sore throat", "Page 1 of 1");
        for (var a : List.of(first, second)) {
            assertThat(text).contains(clinic.nameOf(a.patient()));
        }
        assertThat(text).contains(US_DATE.format(birthDate(first))).doesNotContain("booked for another day");
        assertThat(text.indexOf("annual physical")).isLessThan(text.indexOf("sore throat"));
    }

    @Test
    void aFullDaySpansPagesEachWithTheHeadingsAndItsPageNumber() throws Exception {
        for (int slot = 0; slot < 40; slot++) {
            book(1, 8 + slot / 4, (slot % 4) * 15, 15, "visit " + slot);
        }

        var pdf = send(get(sheet(tomorrow) + "&paper=a4").with(frontDesk())).getContentAsByteArray();

        var info = info(pdf);
        assertThat(info).contains("(A4)");
        int pages = Integer.parseInt(info.replaceAll("(?s).*Pages:\\s+(\\d+).*", "$1"));
        assertThat(pages).isGreaterThan(1);
        var text = text(pdf);
        for (int page = 1; page <= pages; page++) {
            assertThat(text).contains("Page " + page + " of " + pages);
        }
        assertThat(text.split("\f")).allSatisfy(page -> {
            if (!page.isBlank()) {
                assertThat(page).contains("Patient", "DOB", "Reason", "Day sheet");
            }
        });
        assertThat(text).contains("visit 0", "visit 39");
        picture(pdf, "day-sheet-full-day");
    }

    @Test
    void billingMayPrintItAndEachPrintIsOneAuditEntryNamingThePatientsListed() throws Exception {
        var a = book(1, 11, 0, 30, "check-up");
        var b = book(1, 11, 30, 30, "check-up");
        auditTrail.awaitChained(); // a booking does not wait for its entry to be chained (ADR 20)
        long mark = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();

        var response = send(get(sheet(tomorrow)).with(billing()));

        assertThat(response.getStatus()).isEqualTo(200);
        var patients = jdbc.sql("SELECT patient_ids FROM audit_event WHERE id > :mark AND username = 'billing-flow'")
                .param("mark", mark).query((rs, n) -> List.of((UUID[]) rs.getArray(1).getArray())).list();
        assertThat(patients).singleElement().satisfies(ids -> assertThat(ids)
                .containsExactlyInAnyOrder(a.patient().value(), b.patient().value()));
    }

    @Test
    void aDayWithoutAppointmentsSaysSo() throws Exception {
        var text = text(send(get(sheet(tomorrow)).with(frontDesk())).getContentAsByteArray());

        assertThat(text).contains("No appointments on this day.", "Page 1 of 1");
    }

    @Test
    void badRequestsAreAnsweredWithAPageThatSaysWhatIsWrong() throws Exception {
        var badDate = send(get("/schedule/day-sheet.pdf?provider=" + practice.provider() + "&date=2026-02-30")
                .with(frontDesk()));
        assertThat(badDate.getStatus()).isEqualTo(400);
        assertThat(badDate.getContentType()).startsWith("text/html");
        assertThat(badDate.getContentAsString()).contains("The date must be a real date written as YYYY-MM-DD");

        var words = send(get("/schedule/day-sheet.pdf?provider=" + practice.provider() + "&date=next+tuesday")
                .with(frontDesk()));
        assertThat(words.getStatus()).isEqualTo(400);

        var noProvider = send(get("/schedule/day-sheet.pdf?date=" + tomorrow).with(frontDesk()));
        assertThat(noProvider.getStatus()).isEqualTo(400);
        assertThat(noProvider.getContentAsString()).contains("Choose a provider.");

        var unknown = send(get("/schedule/day-sheet.pdf?provider=" + UUID.randomUUID()).with(frontDesk()));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("Unknown provider.");

        var paper = send(get(sheet(tomorrow) + "&paper=legal").with(frontDesk()));
        assertThat(paper.getStatus()).isEqualTo(400);
        assertThat(paper.getContentAsString()).contains("The paper must be letter or a4.");
    }

    @Test
    void staffWhoMayNotSeeTheScheduleCannotPrintIt() throws Exception {
        assertThat(send(get(sheet(tomorrow)).with(TodaysClinic.admin())).getStatus()).isEqualTo(403);
    }

    /** Books a new patient {@code days} from today, for {@code minutes}, in the practice's zone. */
    private Appointment book(int days, int hour, int minute, int minutes, String reason) {
        var patient = fixture.patient();
        var start = fixture.at(clock.getZone(), days, hour, minute);
        var request = BookingRequest.of(patient, practice.provider(), practice.location(), null, practice.type(),
                start, reason).endingAt(start.plus(Duration.ofMinutes(minutes)));
        return clinic.asAnotherDesk(() -> ((Booked) clinic.appointments().book(request)).appointment());
    }

    private LocalDate birthDate(Appointment a) {
        return clinic.asAnotherDesk(() -> context.getBean(org.frontdesk.patients.Patients.class).get(a.patient())
                .details().birthDate());
    }

    private String sheet(LocalDate day) {
        return "/schedule/day-sheet.pdf?provider=" + practice.provider() + "&date=" + day;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The text in the order it was written (cell by cell), pages split by form feeds, runs of spaces as one. */
    private static String text(byte[] pdf) throws IOException, InterruptedException {
        return poppler(pdf, "pdftotext", "-raw").replaceAll("[ \\t\\n]+", " ");
    }

    private static String info(byte[] pdf) throws IOException, InterruptedException {
        return poppler(pdf, "pdfinfo");
    }

    /** The first page as a PNG under target/screenshots, for a person to look at. */
    private static void picture(byte[] pdf, String name) throws IOException, InterruptedException {
        var out = java.nio.file.Path.of("target", "screenshots", name).toAbsolutePath();
        Files.createDirectories(out.getParent());
        var file = Files.createTempFile("day-sheet", ".pdf");
        try {
            Files.write(file, pdf);
            var process = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-singlefile", "-f", "1", "-l", "1",
                    file.toString(), out.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            assertThat(process.waitFor()).isZero();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Runs a poppler tool on the PDF; it fails (exit code) on a file that is not a valid PDF. */
    private static String poppler(byte[] pdf, String... command) throws IOException, InterruptedException {
        var file = Files.createTempFile("day-sheet", ".pdf");
        try {
            Files.write(file, pdf);
            var args = new ArrayList<>(List.of(command));
            args.add(file.toString());
            if (command[0].equals("pdftotext")) {
                args.add("-");
            }
            var process = new ProcessBuilder(args).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(command[0] + " output: " + output).isZero();
            assertThat(output).as("poppler complains").doesNotContain("Syntax Error", "Syntax Warning");
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
