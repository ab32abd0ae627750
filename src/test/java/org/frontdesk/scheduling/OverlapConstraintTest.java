package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.PatientId;
import org.frontdesk.patients.Patients;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The guarantee lives in PostgreSQL, not in {@link Appointments}: plain SQL that bypasses the application cannot
 * put two active appointments of one provider or one room at overlapping times either.
 */
@FrontdeskTest
class OverlapConstraintTest {

    private static final String EXCLUSION_VIOLATION = "23P01";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PracticeSetup setup;

    @Autowired
    Patients patients;

    @Autowired
    Clock clock;

    SchedulingFixture fixture;
    SchedulingFixture.Practice practice;
    PatientId patient;

    @BeforeEach
    void practice() {
        fixture = new SchedulingFixture(setup, patients, clock);
        practice = fixture.practice();
        patient = fixture.patient();
    }

    @Test
    void aRawInsertOfAnOverlappingActiveAppointmentIsRefusedByTheProviderConstraint() {
        insert(UUID.randomUUID(), null, fixture.at(10, 9, 0), fixture.at(10, 9, 30), "CONFIRMED", false);

        var refused = catchThrowable(() -> insert(UUID.randomUUID(), null, fixture.at(10, 9, 29),
                fixture.at(10, 10, 0), "BOOKED", false));

        assertExclusionViolation(refused, "appointment_provider_no_overlap");
    }

    @Test
    void aRawInsertIntoAnOccupiedRoomIsRefusedByTheRoomConstraint() {
        insert(UUID.randomUUID(), practice.room(), fixture.at(10, 11, 0), fixture.at(10, 11, 30), "ARRIVED", false);
        var otherProvider = fixture.provider(practice.type());

        var refused = catchThrowable(() -> jdbc.sql("""
                INSERT INTO appointment (id, patient_id, provider_id, location_id, room_id, appointment_type_id, during,
                    status, status_changed_at, created_by, updated_by)
                VALUES (:id, :patient, :provider, :location, :room, :type, tstzrange(:s, :e, '[)'), 'BOOKED', now(),
                    'test', 'test')""")
                .param("id", UUID.randomUUID()).param("patient", patient.value())
                .param("provider", otherProvider.value()).param("location", practice.location().value())
                .param("room", practice.room().value()).param("type", practice.type().value())
                .param("s", fixture.at(10, 11, 15).atOffset(ZoneOffset.UTC))
                .param("e", fixture.at(10, 11, 45).atOffset(ZoneOffset.UTC))
                .update());

        assertExclusionViolation(refused, "appointment_room_no_overlap");
    }

    /** Keeps {@link AppointmentStatus#ACTIVE} and the constraints' WHERE clause in step. */
    @ParameterizedTest
    @EnumSource(AppointmentStatus.class)
    void exactlyTheActiveStatusesHoldTheTime(AppointmentStatus status) {
        var id = UUID.randomUUID();
        insert(id, null, fixture.at(11, 9, 0), fixture.at(11, 9, 30), status.name(), false);

        var second = catchThrowable(() -> insert(UUID.randomUUID(), null, fixture.at(11, 9, 0),
                fixture.at(11, 9, 30), "BOOKED", false));

        if (status.isActive()) {
            assertExclusionViolation(second, "appointment_provider_no_overlap");
        } else {
            assertThat(second).isNull();
        }
    }

    @Test
    void overbookedAppointmentsMayOverlapButNeedAReason() {
        insert(UUID.randomUUID(), null, fixture.at(12, 9, 0), fixture.at(12, 9, 30), "BOOKED", false);
        assertThatCode(() -> insert(UUID.randomUUID(), null, fixture.at(12, 9, 0), fixture.at(12, 9, 30), "BOOKED",
                true)).doesNotThrowAnyException();

        var withoutReason = catchThrowable(() -> jdbc.sql("UPDATE appointment SET overbook_reason = NULL"
                + " WHERE provider_id = :p AND overbooked").param("p", practice.provider().value()).update());
        assertThat(sqlState(withoutReason)).isEqualTo("23514"); // check_violation
    }

    @Test
    void aCancellationNeedsAReason() {
        var id = UUID.randomUUID();
        insert(id, null, fixture.at(12, 11, 0), fixture.at(12, 11, 30), "CANCELLED", false);

        var withoutReason = catchThrowable(() -> jdbc.sql("UPDATE appointment SET cancellation_reason = NULL"
                + " WHERE id = :id").param("id", id).update());
        assertThat(sqlState(withoutReason)).isEqualTo("23514");
    }

    @Test
    void anEmptyOrInclusiveEndedRangeIsRefused() {
        var at = fixture.at(13, 9, 0).atOffset(ZoneOffset.UTC);
        for (var range : new String[] {"tstzrange(:s, :s, '[)')", "tstzrange(:s, :s + interval '1 hour', '[]')",
                "tstzrange(:s, NULL, '[)')"}) {
            var refused = catchThrowable(() -> jdbc.sql("""
                    INSERT INTO appointment (id, patient_id, provider_id, location_id, appointment_type_id, during,
                        status, status_changed_at, created_by, updated_by)
                    VALUES (:id, :patient, :provider, :location, :type, %s, 'BOOKED', now(), 'test', 'test')"""
                    .formatted(range.replace(":s", ":s::timestamptz")))
                    .param("id", UUID.randomUUID()).param("patient", patient.value())
                    .param("provider", practice.provider().value()).param("location", practice.location().value())
                    .param("type", practice.type().value()).param("s", at)
                    .update());
            assertThat(sqlState(refused)).as(range).isEqualTo("23514");
        }
    }

    private void insert(UUID id, @Nullable RoomId room, Instant start, Instant end, String status, boolean overbooked) {
        jdbc.sql("""
                INSERT INTO appointment (id, patient_id, provider_id, location_id, room_id, appointment_type_id, during,
                    status, status_changed_at, overbooked, overbook_reason, cancelled_by, cancellation_reason,
                    rescheduled_to, created_by, updated_by)
                VALUES (:id, :patient, :provider, :location, :room, :type, tstzrange(:s, :e, '[)'), :status, now(),
                    :overbooked, :overbookReason, :cancelledBy, :cancellationReason, :rescheduledTo, 'test', 'test')""")
                .param("id", id).param("patient", patient.value()).param("provider", practice.provider().value())
                .param("location", practice.location().value()).param("room", room == null ? null : room.value())
                .param("type", practice.type().value())
                .param("s", start.atOffset(ZoneOffset.UTC)).param("e", end.atOffset(ZoneOffset.UTC))
                .param("status", status)
                .param("overbooked", overbooked).param("overbookReason", overbooked ? "test" : null)
                .param("cancelledBy", status.equals("CANCELLED") ? "OFFICE" : null)
                .param("cancellationReason", status.equals("CANCELLED") ? "test" : null)
                .param("rescheduledTo", status.equals("RESCHEDULED") ? id : null)
                .update();
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
