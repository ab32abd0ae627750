package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontdesk.patients.PatientId;
import org.frontdesk.scheduling.AppointmentId;
import org.frontdesk.scheduling.AppointmentStatus;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.CalendarDay;
import org.frontdesk.scheduling.CalendarEntry;
import org.frontdesk.scheduling.CalendarSetup;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.ProviderId;
import org.junit.jupiter.api.Test;

class CalendarGridsTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final LocalDate DAY = LocalDate.of(2027, 6, 15);
    /** The spring clock change in New York: 02:00 does not happen. */
    static final LocalDate SPRING_FORWARD = LocalDate.of(2027, 3, 14);

    final LocationId location = LocationId.random();
    final AppointmentTypeId type = AppointmentTypeId.random();
    final CalendarSetup.Provider ana = provider("Ana Ruiz");
    final CalendarSetup setup = new CalendarSetup(List.of(ana),
            List.of(new CalendarSetup.Location(location, "Main St", ZONE)), List.of(),
            List.of(new CalendarSetup.AppointmentType(type, "Office visit", 30, "#3366cc", false)));

    @Test
    void anOrdinaryDayRunsFromSevenToSevenWithAppointmentsPlacedByTheMinute() {
        var grid = CalendarGrids.byProvider(day(DAY, entry(DAY, 9, 0, 30, AppointmentStatus.BOOKED)), setup,
                List.of(ana), true, Instant.EPOCH);

        assertThat(grid.minutes()).isEqualTo(12 * 60);
        assertThat(grid.marks()).hasSize(12).first().isEqualTo(new CalendarGrid.Mark("7 AM", 0, 60));
        assertThat(grid.marks().getLast().label()).isEqualTo("6 PM");
        var block = grid.columns().getFirst().blocks().getFirst();
        assertThat(block.top()).isEqualTo(120);
        assertThat(block.minutes()).isEqualTo(30);
        assertThat(block.range()).isEqualTo("9:00–9:30 AM");
        assertThat(block.movable()).isTrue();
        assertThat(block.css()).contains("status-booked", "movable");
    }

    @Test
    void anEarlyAppointmentWidensTheGridToTheWholeHourBefore() {
        var grid = CalendarGrids.byProvider(day(DAY, entry(DAY, 6, 30, 30, AppointmentStatus.CONFIRMED)), setup,
                List.of(ana), false, Instant.EPOCH);

        assertThat(grid.marks().getFirst().label()).isEqualTo("6 AM");
        var block = grid.columns().getFirst().blocks().getFirst();
        assertThat(block.top()).isEqualTo(30);
        assertThat(block.movable()).as("without SCHEDULE_WRITE").isFalse();
        assertThat(grid.columns().getFirst().bookable()).isFalse();
    }

    @Test
    void onTheSpringClockChangeTheGridIsAnHourShorterAndSkipsTwoInTheMorning() {
        var grid = CalendarGrids.byProvider(day(SPRING_FORWARD, entry(SPRING_FORWARD, 1, 30, 30,
                AppointmentStatus.BOOKED), entry(SPRING_FORWARD, 9, 0, 30, AppointmentStatus.BOOKED)), setup,
                List.of(ana), true, Instant.EPOCH);

        assertThat(grid.minutes()).as("01:00 to 19:00 with one hour skipped").isEqualTo(17 * 60);
        assertThat(grid.marks()).extracting(CalendarGrid.Mark::label).startsWith("1 AM", "3 AM", "4 AM")
                .doesNotContain("2 AM");
        assertThat(grid.marks().getFirst().minutes()).as("1 AM to 3 AM is one real hour").isEqualTo(60);
        assertThat(grid.columns().getFirst().blocks()).extracting(CalendarGrid.Block::top)
                .containsExactly(30, 7 * 60);
    }

    @Test
    void knownWorkingHoursShadeTheRestOfTheDay() {
        var hours = List.of(new CalendarDay.Hours(at(DAY, 9, 0), at(DAY, 12, 0)),
                new CalendarDay.Hours(at(DAY, 13, 0), at(DAY, 17, 0)));
        var day = new CalendarDay(location, DAY, ZONE, DAY.atStartOfDay(ZONE).toInstant(),
                DAY.plusDays(1).atStartOfDay(ZONE).toInstant(), List.of(), List.of(), Map.of(ana.id(), hours));

        var shades = CalendarGrids.byProvider(day, setup, List.of(ana), true, Instant.EPOCH).columns().getFirst()
                .shades();

        assertThat(shades).containsExactly(new CalendarGrid.Shade(0, 120), new CalendarGrid.Shade(300, 60),
                new CalendarGrid.Shade(600, 120));
    }

    @Test
    void anotherLocationsAppointmentShowsOnlyAsBusy() {
        var other = LocationId.random();
        var day = new CalendarDay(location, DAY, ZONE, DAY.atStartOfDay(ZONE).toInstant(),
                DAY.plusDays(1).atStartOfDay(ZONE).toInstant(), List.of(),
                List.of(new CalendarDay.Busy(ana.id(), other, at(DAY, 14, 0), at(DAY, 15, 0))), Map.of());

        var busy = CalendarGrids.byProvider(day, setup, List.of(ana), true, Instant.EPOCH).columns().getFirst().busy();

        assertThat(busy).containsExactly(new CalendarGrid.Busy(420, 60, "At another location"));
    }

    private CalendarDay day(LocalDate date, CalendarEntry... entries) {
        return new CalendarDay(location, date, ZONE, date.atStartOfDay(ZONE).toInstant(),
                date.plusDays(1).atStartOfDay(ZONE).toInstant(), List.of(entries), List.of(), Map.of());
    }

    private CalendarEntry entry(LocalDate date, int hour, int minute, int minutes, AppointmentStatus status) {
        var start = at(date, hour, minute);
        return new CalendarEntry(AppointmentId.random(), 0, PatientId.random(), "Doe, Jane", "1000007", ana.id(),
                location, null, type, start, start.plusSeconds(60L * minutes), status, start, false, null, null);
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    private CalendarSetup.Provider provider(String name) {
        return new CalendarSetup.Provider(ProviderId.random(), name, "MD", null, "#cc6633", true, Set.of(type));
    }
}
