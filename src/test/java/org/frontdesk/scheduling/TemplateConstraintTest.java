package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.Patients;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The template tables refuse what the office could never mean, whatever writes the row: plain SQL here. */
@FrontdeskTest
class TemplateConstraintTest {

    private static final String CHECK_VIOLATION = "23514";
    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PracticeSetup setup;

    @Autowired
    Patients patients;

    @Autowired
    Clock clock;

    SchedulingFixture fixture;
    ProviderId provider;
    LocationId clinic;
    LocationId annex;
    AppointmentTypeId type;

    @BeforeEach
    void practice() {
        fixture = new SchedulingFixture(setup, patients, clock);
        var practice = fixture.practice();
        clinic = practice.location();
        type = practice.type();
        annex = fixture.practice().location();
        provider = fixture.unscheduledProvider();
    }

    @Test
    void aPeriodStartsBeforeItEndsOnARealWeekdayWithinItsDates() {
        assertThat(sqlState(catchThrowable(() -> period(clinic, "WORKING", 2, "12:00", "09:00", null, FROM, null))))
                .isEqualTo(CHECK_VIOLATION);
        assertThat(sqlState(catchThrowable(() -> period(clinic, "WORKING", 8, "09:00", "12:00", null, FROM, null))))
                .isEqualTo(CHECK_VIOLATION);
        assertThat(sqlState(catchThrowable(() -> period(clinic, "WORKING", 2, "09:00", "12:00", null, FROM,
                FROM.minusDays(1))))).isEqualTo(CHECK_VIOLATION);
        assertThatCode(() -> period(clinic, "WORKING", 2, "18:00", "24:00", null, FROM, FROM))
                .as("until midnight, for one day").doesNotThrowAnyException();
    }

    @Test
    void aBlockAlwaysHasATypeAndNothingElseDoes() {
        assertThat(sqlState(catchThrowable(() -> period(clinic, "BLOCK", 2, "09:00", "11:00", null, FROM, null))))
                .isEqualTo(CHECK_VIOLATION);
        assertThat(sqlState(catchThrowable(() -> period(clinic, "BREAK", 2, "09:00", "11:00", type, FROM, null))))
                .isEqualTo(CHECK_VIOLATION);
    }

    @Test
    void aProviderNeverWorksTwoOverlappingPeriodsAtOneLocationOrTwo() {
        period(clinic, "WORKING", 3, "08:00", "12:00", null, FROM, FROM.plusMonths(6));

        assertExclusionViolation(catchThrowable(() -> period(clinic, "WORKING", 3, "11:00", "13:00", null,
                FROM.plusMonths(1), null)), "template_period_working_no_overlap");
        assertExclusionViolation(catchThrowable(() -> period(annex, "WORKING", 3, "11:30", "17:00", null,
                FROM.plusMonths(6), null)), "template_period_working_no_overlap");
        assertThatCode(() -> period(annex, "WORKING", 3, "12:00", "17:00", null, FROM, null))
                .as("back to back, another location").doesNotThrowAnyException();
        assertThatCode(() -> period(clinic, "WORKING", 3, "08:00", "12:00", null, FROM.plusMonths(6).plusDays(1),
                null)).as("the same hours after the first period ends").doesNotThrowAnyException();
        assertThatCode(() -> period(clinic, "WORKING", 4, "08:00", "12:00", null, FROM, null))
                .as("another weekday").doesNotThrowAnyException();
    }

    @Test
    void blocksDoNotOverlapButBreaksMay() {
        period(clinic, "BLOCK", 2, "09:00", "11:00", type, FROM, null);
        assertExclusionViolation(catchThrowable(() -> period(clinic, "BLOCK", 2, "10:00", "12:00", type, FROM, null)),
                "template_period_block_no_overlap");

        period(clinic, "BREAK", 2, "12:00", "13:00", null, FROM, null);
        assertThatCode(() -> period(clinic, "BREAK", 2, "12:30", "13:30", null, FROM, null))
                .doesNotThrowAnyException();
    }

    @Test
    void anExceptionEndsAfterItStarts() {
        assertThat(sqlState(catchThrowable(() -> jdbc.sql("""
                INSERT INTO provider_exception (id, provider_id, kind, first_day, starts_at, last_day, ends_at,
                    created_by)
                VALUES (:id, :provider, 'SICK_DAY', :day, '14:00', :day, '13:00', 'test')""")
                .param("id", UUID.randomUUID()).param("provider", provider.value()).param("day", FROM)
                .update()))).isEqualTo(CHECK_VIOLATION);
        assertThat(sqlState(catchThrowable(() -> jdbc.sql("""
                INSERT INTO provider_exception (id, provider_id, kind, first_day, last_day, created_by)
                VALUES (:id, :provider, 'HOLIDAY', :day, :day, 'test')""")
                .param("id", UUID.randomUUID()).param("provider", provider.value()).param("day", FROM)
                .update()))).as("an unknown kind").isEqualTo(CHECK_VIOLATION);
    }

    @Test
    void aLocationHasOneHolidayADay() {
        var day = FROM; // the locations are this test's own
        holiday(day, clinic);
        assertThatCode(() -> holiday(day, annex)).doesNotThrowAnyException();

        assertThat(sqlState(catchThrowable(() -> holiday(day, clinic)))).isEqualTo("23505"); // unique_violation
    }

    @Test
    void onlyATelemedicineTypeHasAVideoLinkAndOnlyASecureOne() {
        var telehealth = setup.addType("Video visit " + UUID.randomUUID(), 20, "#0099aa", true);

        assertThat(sqlState(catchThrowable(() -> videoLink(type, "https://video.example.org/room"))))
                .isEqualTo(CHECK_VIOLATION);
        assertThat(sqlState(catchThrowable(() -> videoLink(telehealth, "http://video.example.org/room"))))
                .isEqualTo(CHECK_VIOLATION);
        assertThat(sqlState(catchThrowable(() -> videoLink(telehealth, "https://user@video.example.org/room"))))
                .isEqualTo(CHECK_VIOLATION);
        assertThatCode(() -> videoLink(telehealth, "https://video.example.org/room")).doesNotThrowAnyException();
    }

    @Test
    void anOverrideOfTheTemplateNeedsAReason() {
        var patient = fixture.patient();
        var start = fixture.at(14, 6, 0).atOffset(ZoneOffset.UTC);

        var refused = catchThrowable(() -> jdbc.sql("""
                INSERT INTO appointment (id, patient_id, provider_id, location_id, appointment_type_id, during,
                    status, status_changed_at, outside_template, created_by, updated_by)
                VALUES (:id, :patient, :provider, :location, :type, tstzrange(:s, :s + interval '30 minutes', '[)'),
                    'BOOKED', now(), true, 'test', 'test')""")
                .param("id", UUID.randomUUID()).param("patient", patient.value())
                .param("provider", provider.value()).param("location", clinic.value()).param("type", type.value())
                .param("s", start).update());

        assertThat(sqlState(refused)).isEqualTo(CHECK_VIOLATION);
    }

    private void period(LocationId location, String kind, int weekday, String starts, String ends,
            @Nullable AppointmentTypeId reservedFor, LocalDate from, @Nullable LocalDate until) {
        jdbc.sql("""
                INSERT INTO template_period (id, provider_id, location_id, kind, weekday, starts_at, ends_at,
                    appointment_type_id, effective_from, effective_until, created_by)
                VALUES (:id, :provider, :location, :kind, :weekday, CAST(:starts AS time), CAST(:ends AS time), :type,
                    :from, :until, 'test')""")
                .param("id", UUID.randomUUID()).param("provider", provider.value())
                .param("location", location.value()).param("kind", kind).param("weekday", weekday)
                .param("starts", starts).param("ends", ends)
                .param("type", reservedFor == null ? null : reservedFor.value())
                .param("from", from).param("until", until)
                .update();
    }

    private void holiday(LocalDate day, LocationId location) {
        jdbc.sql("INSERT INTO holiday (id, day, name, location_id, created_by)"
                        + " VALUES (:id, :day, 'Founders'' day', :location, 'test')")
                .param("id", UUID.randomUUID()).param("day", day).param("location", location.value()).update();
    }

    private void videoLink(AppointmentTypeId of, String link) {
        jdbc.sql("UPDATE appointment_type SET video_link = :link WHERE id = :id")
                .param("link", link).param("id", of.value()).update();
    }

    private static void assertExclusionViolation(@Nullable Throwable refused, String constraint) {
        assertThat(sqlState(refused)).isEqualTo(EXCLUSION_VIOLATION);
        assertThat(NestedExceptionUtils.getMostSpecificCause(refused)).hasMessageContaining(constraint);
    }

    private static @Nullable String sqlState(@Nullable Throwable thrown) {
        assertThat(thrown).as("the database refused the row").isNotNull();
        return NestedExceptionUtils.getMostSpecificCause(thrown) instanceof SQLException sql ? sql.getSQLState() : null;
    }
}
