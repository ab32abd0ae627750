package org.frontdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.interop.FhirClient;
import org.frontdesk.scheduling.Availability;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.WorkingDay;
import org.frontdesk.security.Permission;
import org.frontdesk.security.SystemTask;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Slot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo practice's calendars as seeded at start-up: a busy office that never double-books (issue 3, item 12). */
@FrontdeskTest
class DemoCalendarsTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final String ACTIVE =
            "('BOOKED', 'CONFIRMED', 'ARRIVED', 'IN_ROOM', 'WITH_PROVIDER', 'CHECKED_OUT')";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Availability availability;

    @LocalServerPort
    int port;

    @Test
    void theNextTwoWeeksAreAboutSeventyPercentBooked() {
        var providers = demoProviders();
        var tomorrow = LocalDate.now().plusDays(1);
        List<WorkingDay> days = SystemTask.run(List.of(Permission.SCHEDULE_READ), () -> availability
                .workingDays(providers, null, tomorrow, tomorrow.plusDays(13)).toList());
        var working = days.stream().map(WorkingDay::workingTime).reduce(Duration.ZERO, Duration::plus);
        var from = days.stream().flatMap(d -> d.hours().stream()).map(h -> h.start()).min(Instant::compareTo)
                .orElseThrow();
        var until = days.stream().flatMap(d -> d.hours().stream()).map(h -> h.end()).max(Instant::compareTo)
                .orElseThrow();

        long bookedSeconds = jdbc.sql("SELECT coalesce(sum(extract(epoch FROM upper(during) - lower(during))), 0)"
                        + " FROM appointment WHERE provider_id = ANY (:providers) AND status IN " + ACTIVE
                        + " AND lower(during) >= :from AND lower(during) < :until")
                .param("providers", providers.stream().map(ProviderId::value).toArray(UUID[]::new))
                .param("from", java.sql.Timestamp.from(from)).param("until", java.sql.Timestamp.from(until))
                .query(Long.class).single();

        assertThat(providers).hasSize(5);
        assertThat(working).isGreaterThan(Duration.ofHours(5 * 8 * 9));
        double share = bookedSeconds / (double) working.toSeconds();
        assertThat(share).as("booked share of working time").isBetween(0.60, 0.80);
    }

    @Test
    void noProviderOrRoomIsBookedTwiceAtOnce() {
        long providerOverlaps = jdbc.sql("SELECT count(*) FROM appointment a JOIN appointment b ON a.id < b.id"
                + " AND a.provider_id = b.provider_id AND a.during && b.during WHERE a.status IN " + ACTIVE
                + " AND b.status IN " + ACTIVE + " AND NOT a.overbooked AND NOT b.overbooked").query(Long.class)
                .single();
        long roomOverlaps = jdbc.sql("SELECT count(*) FROM appointment a JOIN appointment b ON a.id < b.id"
                + " AND a.room_id = b.room_id AND a.during && b.during WHERE a.status IN " + ACTIVE
                + " AND b.status IN " + ACTIVE + " AND NOT a.overbooked AND NOT b.overbooked").query(Long.class)
                .single();

        assertThat(providerOverlaps).isZero();
        assertThat(roomOverlaps).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE created_by = 'demo' AND room_id IS NOT NULL")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void theDemoDoctorIsLinkedToAProviderWithATemplateBreaksAndANewPatientBlock() {
        var doctor = jdbc.sql("SELECT id FROM provider WHERE staff_username = 'doctor'").query(UUID.class).single();
        var kinds = jdbc.sql("SELECT DISTINCT kind FROM template_period WHERE provider_id = :p").param("p", doctor)
                .query(String.class).list();
        var block = jdbc.sql("SELECT t.name FROM template_period p JOIN appointment_type t"
                        + " ON t.id = p.appointment_type_id WHERE p.provider_id = :p AND p.weekday = 2"
                        + " AND p.starts_at = '09:00' AND p.ends_at = '11:00'")
                .param("p", doctor).query(String.class).list();

        assertThat(kinds).containsExactlyInAnyOrder("WORKING", "BREAK", "BLOCK");
        assertThat(block).containsExactly("New patient");
        assertThat(jdbc.sql("SELECT count(DISTINCT time_zone) FROM location WHERE name IN ('Midtown Office',"
                + " 'Lakeside Office')").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT video_link FROM appointment_type WHERE telemedicine AND name ="
                + " 'Telemedicine follow-up'").query(String.class).single()).startsWith("https://");
    }

    @Test
    void todaysVisitsShowEveryStateOfTheFlowBoard() {
        var statuses = jdbc.sql("SELECT DISTINCT a.status FROM appointment a JOIN location l ON l.id = a.location_id"
                        + " WHERE a.created_by = 'demo' AND (lower(a.during) AT TIME ZONE l.time_zone)::date"
                        + " = (now() AT TIME ZONE l.time_zone)::date")
                .query(String.class).list();

        var today = LocalDate.now(DemoCalendars.NEW_YORK);
        boolean open = SystemTask.run(List.of(Permission.SCHEDULE_READ), () -> availability
                .workingDays(demoProviders(), null, today, today).anyMatch(d -> !d.hours().isEmpty()));
        if (open) {
            assertThat(statuses).contains("BOOKED", "CONFIRMED", "ARRIVED", "IN_ROOM", "WITH_PROVIDER",
                    "CHECKED_OUT", "NO_SHOW", "CANCELLED");
        } else {
            // a weekend or the demo's Christmas: the office is closed and the flow board rightly empty
            assertThat(statuses).isEmpty();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM appointment a JOIN appointment_status_change c"
                        + " ON c.appointment_id = a.id WHERE a.created_by = 'demo' AND c.changed_at > now()")
                .query(Long.class).single()).as("nothing happened in the future").isZero();
    }

    @Test
    void theDoctorsFreeSlotsInTheTuesdayBlockOfferOnlyNewPatientVisits() {
        var doctor = jdbc.sql("SELECT id FROM provider WHERE staff_username = 'doctor'").query(UUID.class).single();
        var fhir = FhirClient.as(port, "frontdesk");
        var schedules = FHIR.newJsonParser().parseResource(Bundle.class,
                fhir.get("Schedule?actor=Practitioner/" + doctor).body()).getEntry();
        assertThat(schedules).hasSize(1);
        var schedule = schedules.getFirst().getResource().getIdElement().getIdPart();
        var tuesday = LocalDate.now(DemoCalendars.NEW_YORK).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

        var response = fhir.get("Slot?schedule=Schedule/" + schedule + "&status=free&_count=100&start=ge" + tuesday
                + "&start=lt" + tuesday.plusDays(8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var slots = FHIR.newJsonParser().parseResource(Bundle.class, response.body()).getEntry().stream()
                .map(e -> (Slot) e.getResource()).toList();
        assertThat(slots).isNotEmpty();
        assertThat(slots).filteredOn(s -> inTuesdayBlock(s.getStart().toInstant()))
                .allSatisfy(s -> assertThat(s.getServiceType()).extracting(c -> c.getText())
                        .containsExactly("New patient"));
        assertThat(slots).anySatisfy(s -> assertThat(s.getServiceType()).extracting(c -> c.getText())
                .contains("Follow-up", "Telemedicine follow-up"));
    }

    private static boolean inTuesdayBlock(Instant start) {
        var local = start.atZone(DemoCalendars.NEW_YORK);
        return local.getDayOfWeek() == DayOfWeek.TUESDAY && local.getHour() >= 9 && local.getHour() < 11;
    }

    private List<ProviderId> demoProviders() {
        return jdbc.sql("SELECT id FROM provider WHERE npi = ANY (:npis) ORDER BY npi")
                .param("npis", DemoCalendars.NPIS.toArray(String[]::new)).query(UUID.class).list().stream()
                .map(ProviderId::new).toList();
    }
}
