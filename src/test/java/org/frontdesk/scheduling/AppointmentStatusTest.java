package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontdesk.scheduling.AppointmentStatus.ARRIVED;
import static org.frontdesk.scheduling.AppointmentStatus.BOOKED;
import static org.frontdesk.scheduling.AppointmentStatus.CANCELLED;
import static org.frontdesk.scheduling.AppointmentStatus.CHECKED_OUT;
import static org.frontdesk.scheduling.AppointmentStatus.CONFIRMED;
import static org.frontdesk.scheduling.AppointmentStatus.IN_ROOM;
import static org.frontdesk.scheduling.AppointmentStatus.NO_SHOW;
import static org.frontdesk.scheduling.AppointmentStatus.RESCHEDULED;
import static org.frontdesk.scheduling.AppointmentStatus.WITH_PROVIDER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AppointmentStatusTest {

    /** The whole lifecycle, written out once more by hand: every pair not listed here is refused. */
    private static final Map<AppointmentStatus, Set<AppointmentStatus>> ALLOWED = Map.of(
            BOOKED, Set.of(CONFIRMED, ARRIVED, CANCELLED, NO_SHOW, RESCHEDULED),
            CONFIRMED, Set.of(ARRIVED, CANCELLED, NO_SHOW, RESCHEDULED),
            ARRIVED, Set.of(IN_ROOM),
            IN_ROOM, Set.of(WITH_PROVIDER),
            WITH_PROVIDER, Set.of(CHECKED_OUT),
            CHECKED_OUT, Set.of(),
            CANCELLED, Set.of(),
            NO_SHOW, Set.of(),
            RESCHEDULED, Set.of());

    @Test
    void aVisitRunsFromBookedToCheckedOut() {
        var status = BOOKED;
        for (var next : new AppointmentStatus[] {CONFIRMED, ARRIVED, IN_ROOM, WITH_PROVIDER, CHECKED_OUT}) {
            status = status.moveTo(next);
        }
        assertThat(status).isEqualTo(CHECKED_OUT);
        assertThat(status.isFinal()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(AppointmentStatus.class)
    void allowsExactlyTheListedMoves(AppointmentStatus from) {
        for (var to : AppointmentStatus.values()) {
            assertThat(from.mayMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
        }
    }

    @Test
    void refusesCheckingOutAPatientWhoNeverArrived() {
        assertThatThrownBy(() -> BOOKED.moveTo(CHECKED_OUT)).isInstanceOfSatisfying(TransitionRefused.class,
                refused -> {
                    assertThat(refused.from()).isEqualTo(BOOKED);
                    assertThat(refused.to()).isEqualTo(CHECKED_OUT);
                });
    }

    @Test
    void refusesCancellingAVisitThatHasBegunOrReopeningACancelledOne() {
        assertThatThrownBy(() -> ARRIVED.moveTo(CANCELLED)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> WITH_PROVIDER.moveTo(NO_SHOW)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> CANCELLED.moveTo(BOOKED)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> CONFIRMED.moveTo(CONFIRMED)).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void onlyCancelledNoShowAndRescheduledFreeTheTime() {
        assertThat(EnumSet.complementOf(EnumSet.copyOf(AppointmentStatus.ACTIVE)))
                .containsExactlyInAnyOrder(CANCELLED, NO_SHOW, RESCHEDULED);
    }
}
