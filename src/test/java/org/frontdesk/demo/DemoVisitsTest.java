package org.frontdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.AppointmentStatus.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.frontdesk.scheduling.AppointmentStatus;
import org.frontdesk.scheduling.TimeRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Today's demo visits show every state of the flow board whatever the hour the demo starts. */
class DemoVisitsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @ParameterizedTest
    @ValueSource(strings = {"06:00", "08:10", "12:00", "15:47", "16:40", "17:30", "23:59"})
    void aTwelveVisitDayShowsEveryStateAtAnyHour(String hour) {
        var now = TODAY.atTime(LocalTime.parse(hour)).atZone(NEW_YORK).toInstant();
        var day = twelveVisits();

        var statuses = new DemoVisits(now, new Random(7)).statuses(day, TODAY).stream().map(DemoVisit::status)
                .toList();

        assertThat(statuses).hasSize(12).contains(BOOKED, CONFIRMED, ARRIVED, IN_ROOM, WITH_PROVIDER, CHECKED_OUT,
                NO_SHOW, CANCELLED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"06:00", "12:00", "23:59"})
    void nothingTodayHappensAfterNowAndEveryVisitWasBookedFirst(String hour) {
        var now = TODAY.atTime(LocalTime.parse(hour)).atZone(NEW_YORK).toInstant();

        var visits = new DemoVisits(now, new Random(7)).statuses(twelveVisits(), TODAY);

        assertThat(visits).allSatisfy(visit -> {
            assertThat(visit.lastChange()).isBeforeOrEqualTo(now);
            var first = visit.reached().entrySet().stream().min(java.util.Map.Entry.comparingByValue())
                    .orElseThrow().getKey();
            assertThat(first).isEqualTo(AppointmentStatus.BOOKED);
        });
    }

    /** 08:00 to 17:00 with a lunch hour: twelve 30-minute visits with gaps between, as the demo books them. */
    private static List<DemoVisit> twelveVisits() {
        var provider = UUID.randomUUID();
        var visits = new ArrayList<DemoVisit>();
        var starts = List.of("08:00", "08:40", "09:20", "10:00", "10:40", "11:20", "13:00", "13:40", "14:20",
                "15:00", "15:40", "16:20");
        for (var start : starts) {
            var from = TODAY.atTime(LocalTime.parse(start)).atZone(NEW_YORK).toInstant();
            visits.add(new DemoVisit(UUID.randomUUID(), UUID.randomUUID(), provider, UUID.randomUUID(), null,
                    UUID.randomUUID(), new TimeRange(from, from.plus(Duration.ofMinutes(30))), NEW_YORK,
                    "Follow-up"));
        }
        return visits;
    }
}
