package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.RangesTest.r;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeDayTest {

    final AppointmentTypeId visit = AppointmentTypeId.random();
    final AppointmentTypeId newPatient = AppointmentTypeId.random();
    final WorkingDay day = new WorkingDay(ProviderId.random(), LocationId.random(), LocalDate.of(2027, 6, 8),
            ZoneOffset.UTC, List.of(r(8, 12), r(13, 17)), List.of(new WorkingDay.Block(r(8, 10), newPatient)),
            List.of());

    @Test
    void freeTimeIsWorkingTimeWithoutAppointments() {
        var free = new FreeDay(day, List.of(r(11, 14), r(16, 17)));

        assertThat(free.free()).containsExactly(r(8, 11), r(14, 16));
        assertThat(free.freeFor(visit)).containsExactly(r(10, 11), r(14, 16));
        assertThat(free.freeFor(newPatient)).containsExactly(r(8, 11), r(14, 16));
    }

    @Test
    void slotsStartOnTheGridAndFitEntirely() {
        var ten = Instant.parse("2027-06-08T10:10:00Z");
        var free = new FreeDay(day, List.of(r(8, 10), new TimeRange(ten, ten.plusSeconds(1200)), r(11, 17)));

        assertThat(free.slots(visit, Duration.ofMinutes(20), Duration.ofMinutes(15)))
                .extracting(slot -> slot.start().toString())
                .containsExactly("2027-06-08T10:30:00Z");
        assertThat(free.firstSlot(newPatient, Duration.ofMinutes(15), Duration.ofMinutes(15), ten)).contains(
                new TimeRange(Instant.parse("2027-06-08T10:30:00Z"), Instant.parse("2027-06-08T10:45:00Z")));
    }
}
