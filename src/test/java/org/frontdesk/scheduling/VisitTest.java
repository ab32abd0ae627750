package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class VisitTest {

    static final Instant NINE = Instant.parse("2026-03-10T14:00:00Z");

    @Test
    void theWaitRunsFromCheckInWhileThePatientWaitsInTheRoomToo() {
        var arrived = visit(AppointmentStatus.ARRIVED, NINE.minusSeconds(600), null, null);
        var roomed = visit(AppointmentStatus.IN_ROOM, NINE.minusSeconds(600), NINE.minusSeconds(120), null);

        assertThat(arrived.waited(NINE)).hasValue(Duration.ofMinutes(10));
        assertThat(roomed.waited(NINE)).hasValue(Duration.ofMinutes(10));
        assertThat(arrived.waiting()).isTrue();
        assertThat(roomed.waiting()).isTrue();
    }

    @Test
    void theWaitStopsWhenTheProviderStartsTheVisit() {
        var seen = visit(AppointmentStatus.WITH_PROVIDER, NINE.minusSeconds(1200), NINE.minusSeconds(900),
                NINE.minusSeconds(300));

        assertThat(seen.waited(NINE)).hasValue(Duration.ofMinutes(15));
        assertThat(seen.waited(NINE.plusSeconds(3600))).hasValue(Duration.ofMinutes(15));
        assertThat(seen.waiting()).isFalse();
    }

    @Test
    void nobodyWaitsBeforeCheckIn() {
        var booked = visit(AppointmentStatus.BOOKED, null, null, null);

        assertThat(booked.waited(NINE)).isEmpty();
        assertThat(booked.waiting()).isFalse();
    }

    @Test
    void aPatientIsLateOnlyWhenExpectedAndTheStartHasPassed() {
        var booked = visit(AppointmentStatus.BOOKED, null, null, null);
        var confirmed = visit(AppointmentStatus.CONFIRMED, null, null, null);
        var missed = visit(AppointmentStatus.NO_SHOW, null, null, null);
        var here = visit(AppointmentStatus.ARRIVED, NINE.minusSeconds(60), null, null);

        assertThat(booked.late(NINE)).isFalse();
        assertThat(booked.late(NINE.plusSeconds(60))).isTrue();
        assertThat(confirmed.late(NINE.plusSeconds(60))).isTrue();
        assertThat(missed.late(NINE.plusSeconds(60))).isFalse();
        assertThat(here.late(NINE.plusSeconds(60))).isFalse();
    }

    static Visit visit(AppointmentStatus status, @Nullable Instant arrived, @Nullable Instant roomed,
            @Nullable Instant started) {
        return new Visit(AppointmentId.random(), 0, status, PatientId.random(), "Doe, Jane", null,
                new ProviderSummary(ProviderId.random(), "Lee", "MD"), "Office visit", "#3366cc", false, "Exam 1",
                LocationId.random(), "Main", ZoneId.of("America/New_York"), NINE, NINE.plusSeconds(1800), null,
                false, arrived, roomed, started, null);
    }
}
