package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.frontdesk.patients.PatientId;
import org.frontdesk.scheduling.AppointmentId;
import org.frontdesk.scheduling.AppointmentStatus;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.ProviderSummary;
import org.frontdesk.scheduling.Visit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BoardRowTest {

    static final Instant START = Instant.parse("2026-03-10T14:00:00Z"); // 10:00 AM in New York (EDT)

    @Test
    void waitsReadAsMinutesAndSecondsAndHoursOnceTheyRunThatLong() {
        assertThat(BoardRow.clock(Duration.ofSeconds(7))).isEqualTo("0:07");
        assertThat(BoardRow.clock(Duration.ofSeconds(754))).isEqualTo("12:34");
        assertThat(BoardRow.clock(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
        assertThat(BoardRow.clock(Duration.ofSeconds(-5))).isEqualTo("0:00");
    }

    @Test
    void aWaitIsLongFromFifteenMinutesAndOverdueFromThirty() {
        assertThat(BoardRow.cue(Duration.ofMinutes(14))).isEmpty();
        assertThat(BoardRow.cue(Duration.ofMinutes(15))).isEqualTo("wait-long");
        assertThat(BoardRow.cue(Duration.ofMinutes(30))).isEqualTo("wait-overdue");
    }

    @Test
    void aLateArrivalIsMarkedWithTheMinutesPastTheStart() {
        var row = BoardRow.of(visit(AppointmentStatus.CONFIRMED, null), START.plusSeconds(7 * 60 + 30), "?x", false);

        assertThat(row.lateBy()).isEqualTo("7 min late");
        assertThat(row.rowClass()).isEqualTo("visit status-confirmed late");
        assertThat(row.time()).isEqualTo("10:00 AM");
        assertThat(row.buttons()).extracting(BoardRow.Button::step).containsExactly("check-in", "no-show");
        assertThat(row.buttons().get(1).confirm()).isNotNull();
        assertThat(row.action()).endsWith("?x");
    }

    @Test
    void aCheckedInPatientShowsTheArrivalTheWaitSoFarAndTheNextStep() {
        var row = BoardRow.of(visit(AppointmentStatus.ARRIVED, START.minusSeconds(20 * 60)), START, "", true);

        assertThat(row.arrived()).isEqualTo("9:40 AM");
        assertThat(row.waitedFor()).isEqualTo("20:00");
        assertThat(row.waitClass()).isEqualTo("wait total wait-long");
        assertThat(row.lateBy()).isNull();
        assertThat(row.rowClass()).endsWith(" changed");
        assertThat(row.buttons()).extracting(BoardRow.Button::label).containsExactly("Room");
    }

    /** Whatever the status, the board offers exactly the steps the lifecycle allows, and none when it is over. */
    @ParameterizedTest
    @EnumSource(AppointmentStatus.class)
    void offersOnlyTheStepsTheLifecycleAllows(AppointmentStatus status) {
        var row = BoardRow.of(visit(status, null), START, "", false);

        assertThat(row.buttons()).allSatisfy(button -> assertThat(
                status.mayMoveTo(Step.of(button.step()).orElseThrow().target())).isTrue());
        assertThat(row.action() == null).isEqualTo(row.buttons().isEmpty());
        if (status == AppointmentStatus.CHECKED_OUT || status == AppointmentStatus.NO_SHOW) {
            assertThat(row.buttons()).isEmpty();
        }
    }

    private static Visit visit(AppointmentStatus status, @Nullable Instant arrived) {
        return new Visit(AppointmentId.random(), 3, status, PatientId.random(), "Doe, Jane", null,
                new ProviderSummary(ProviderId.random(), "Lee", "MD"), "Office visit", "#3366cc", false, null,
                LocationId.random(), "Main", ZoneId.of("America/New_York"), START, START.plusSeconds(1800), null,
                false, arrived, null, null, null);
    }
}
