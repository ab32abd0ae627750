package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Local times the front desk types, on the days the clocks change in New York. */
class WallClockTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void halfPastOneOnTheFallBackNightIsTheFirstOneAndTheSecondCanBeAskedFor() {
        var halfPastOne = LocalDateTime.of(2027, 11, 7, 1, 30);

        assertThat(WallClock.instant(halfPastOne, NEW_YORK)).isEqualTo(Instant.parse("2027-11-07T05:30:00Z"));
        assertThat(WallClock.instants(halfPastOne, NEW_YORK))
                .containsExactly(Instant.parse("2027-11-07T05:30:00Z"), Instant.parse("2027-11-07T06:30:00Z"));
    }

    @Test
    void halfPastTwoOnTheSpringForwardNightDoesNotExistAndIsRefused() {
        var halfPastTwo = LocalDateTime.of(2027, 3, 14, 2, 30);

        assertThat(WallClock.instants(halfPastTwo, NEW_YORK)).isEmpty();
        assertThatThrownBy(() -> WallClock.instant(halfPastTwo, NEW_YORK)).isInstanceOfSatisfying(
                InvalidBooking.class, invalid -> assertThat(invalid.fieldErrors()).containsEntry("start",
                        "That time does not exist on that day: the clocks go forward from 02:00 to 03:00."));
    }

    @Test
    void anOrdinaryTimeHasOneInstant() {
        assertThat(WallClock.instants(LocalDateTime.of(2027, 6, 8, 9, 0), NEW_YORK))
                .containsExactly(Instant.parse("2027-06-08T13:00:00Z"));
    }
}
