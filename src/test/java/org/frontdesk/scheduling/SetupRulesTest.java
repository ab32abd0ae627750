package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Template periods, exceptions, holidays and video links refuse what the office could never mean. */
class SetupRulesTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 6, 7);

    final ProviderId provider = ProviderId.random();
    final LocationId clinic = LocationId.random();

    @Test
    void aPeriodEndsAfterItStartsWithinTheDayOrAtMidnight() {
        assertRefused(() -> TemplatePeriod.working(provider, clinic, DayOfWeek.MONDAY, LocalTime.of(9, 0),
                LocalTime.of(9, 0), MONDAY), "end");
        assertRefused(() -> TemplatePeriod.working(provider, clinic, DayOfWeek.MONDAY, LocalTime.of(22, 0),
                LocalTime.of(6, 0), MONDAY), "end");
        assertRefused(() -> TemplatePeriod.working(provider, clinic, DayOfWeek.MONDAY, LocalTime.of(9, 0, 30),
                LocalTime.of(10, 0), MONDAY), "start");

        var evening = TemplatePeriod.working(provider, clinic, DayOfWeek.MONDAY, LocalTime.of(18, 0),
                LocalTime.MIDNIGHT, MONDAY);
        assertThat(evening.runsUntilMidnight()).isTrue();
    }

    @Test
    void onlyABlockIsReservedForATypeAndItAlwaysIs() {
        assertRefused(() -> new TemplatePeriod(TemplatePeriodId.random(), provider, clinic, TemplatePeriod.Kind.BLOCK,
                DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), null, MONDAY, null), "reservedFor");
        assertRefused(() -> new TemplatePeriod(TemplatePeriodId.random(), provider, clinic,
                TemplatePeriod.Kind.WORKING, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(11, 0),
                AppointmentTypeId.random(), MONDAY, null), "reservedFor");
    }

    @Test
    void aPeriodsLastDayIsNotBeforeItsFirst() {
        var period = TemplatePeriod.working(provider, clinic, DayOfWeek.MONDAY, LocalTime.of(9, 0),
                LocalTime.of(12, 0), MONDAY);
        assertRefused(() -> period.until(MONDAY.minusDays(1)), "effectiveUntil");
        assertThat(period.until(MONDAY).appliesOn(MONDAY)).isTrue();
        assertThat(period.until(MONDAY).appliesOn(MONDAY.plusWeeks(1))).isFalse();
    }

    @Test
    void anExceptionEndsAfterItStarts() {
        assertRefused(() -> TimeOff.hours(provider, null, TimeOff.Kind.SICK_DAY, MONDAY, LocalTime.of(14, 0),
                LocalTime.of(13, 0)), "until");
        assertRefused(() -> TimeOff.days(provider, null, TimeOff.Kind.VACATION, MONDAY, MONDAY.minusDays(1)),
                "until");
        assertRefused(() -> TimeOff.days(provider, null, TimeOff.Kind.OTHER, MONDAY, MONDAY).withNote("x".repeat(201)),
                "note");

        var toMidnight = TimeOff.hours(provider, null, TimeOff.Kind.SICK_DAY, MONDAY, LocalTime.of(14, 0),
                LocalTime.MIDNIGHT);
        assertThat(toMidnight.until()).as("midnight is the end of the day").isNull();
    }

    @Test
    void aHolidayHasAName() {
        assertRefused(() -> Holiday.of(MONDAY, "  ", null), "name");
        assertThat(Holiday.of(MONDAY, " Memorial Day ", null).name()).isEqualTo("Memorial Day");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://video.example.org/room", "https://user:secret@video.example.org/room",
            "https:///room", "video.example.org/room", "https://video.example.org/a room", "javascript:alert(1)",
            "https://"})
    void aVideoLinkIsASecureLinkWithAHost(String text) {
        assertRefused(() -> VideoLink.of(text), "videoLink");
    }

    @Test
    void aSecureVideoLinkIsKept() {
        assertThat(VideoLink.of(" https://video.example.org/waiting-room?practice=7 ").toString())
                .isEqualTo("https://video.example.org/waiting-room?practice=7");
    }

    private static void assertRefused(Runnable building, String field) {
        assertThatThrownBy(building::run).isInstanceOfSatisfying(InvalidSetup.class,
                invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys(field));
    }
}
