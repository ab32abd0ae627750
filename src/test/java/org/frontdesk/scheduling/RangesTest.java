package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangesTest {

    @Test
    void joinsOverlappingAndTouchingRangesInOrder() {
        assertThat(Ranges.union(List.of(r(9, 10), r(8, 9), r(12, 13), r(9, 11))))
                .containsExactly(r(8, 11), r(12, 13));
    }

    @Test
    void takesHolesOutOfRanges() {
        assertThat(Ranges.minus(List.of(r(8, 12), r(13, 17)), List.of(r(9, 10), r(11, 14), r(16, 18))))
                .containsExactly(r(8, 9), r(10, 11), r(14, 16));
        assertThat(Ranges.minus(List.of(r(8, 12)), List.of(r(7, 13)))).isEmpty();
        assertThat(Ranges.minus(List.of(r(8, 12)), List.of())).containsExactly(r(8, 12));
    }

    @Test
    void keepsThePartsInsideAWindow() {
        assertThat(Ranges.within(List.of(r(6, 9), r(10, 11), r(12, 20)), r(8, 13)))
                .containsExactly(r(8, 9), r(10, 11), r(12, 13));
    }

    @Test
    void coversOnlyWhatOneRangeHoldsEntirely() {
        var hours = Ranges.union(List.of(r(8, 12), r(12, 14), r(15, 16)));
        assertThat(Ranges.covers(hours, r(11, 13))).isTrue();
        assertThat(Ranges.covers(hours, r(13, 15))).isFalse();
    }

    @Test
    void aRangeIsNeverEmpty() {
        assertThatThrownBy(() -> r(9, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThat(r(9, 10).overlaps(r(10, 11))).as("back to back").isFalse();
    }

    static TimeRange r(int fromHour, int untilHour) {
        return new TimeRange(at(fromHour), at(untilHour));
    }

    private static Instant at(int hour) {
        return Instant.parse("2027-06-08T00:00:00Z").plusSeconds(hour * 3600L);
    }
}
