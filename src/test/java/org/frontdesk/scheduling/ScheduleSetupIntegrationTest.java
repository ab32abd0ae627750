package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.Patients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The office manager sets up templates and holidays, the front desk enters exceptions; each change is announced. */
@FrontdeskTest
@RecordApplicationEvents
@WithMockUser(username = "manager", authorities = {"ROLE_MANAGER", "SCHEDULE_READ", "SCHEDULE_WRITE", "OVERBOOK",
        "PRACTICE_SETUP"})
class ScheduleSetupIntegrationTest {

    static final LocalDate FROM = LocalDate.of(2027, 1, 4);

    @Autowired
    ScheduleSetup schedule;

    @Autowired
    PracticeSetup setup;

    @Autowired
    Patients patients;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    SchedulingFixture.Practice practice;
    ProviderId provider;
    LocationId annex;

    @BeforeEach
    void practice() {
        var fixture = new SchedulingFixture(setup, patients, clock);
        practice = fixture.practice();
        annex = fixture.practice().location();
        provider = fixture.unscheduledProvider();
        setup.offer(provider, practice.type());
    }

    @Test
    void aTemplatePeriodIsStoredWithWhoAddedItAndAnnounced() {
        var period = schedule.addToTemplate(monday(8, 12));

        assertThat(schedule.template(provider)).containsExactly(period);
        assertThat(jdbc.sql("SELECT created_by FROM template_period WHERE id = :id").param("id", period.id().value())
                .query(String.class).single()).isEqualTo("manager");
        assertThat(events.stream(ProviderTemplateChanged.class).filter(e -> e.provider().equals(provider)))
                .containsExactly(new ProviderTemplateChanged(provider, practice.location(), FROM, null));
    }

    @Test
    void workingHoursThatOverlapTheProvidersOthersAreRefusedEvenAtAnotherLocation() {
        schedule.addToTemplate(monday(8, 12));

        assertThatThrownBy(() -> schedule.addToTemplate(TemplatePeriod.working(provider, annex, DayOfWeek.MONDAY,
                LocalTime.of(11, 0), LocalTime.of(15, 0), FROM.plusWeeks(4))))
                .isInstanceOfSatisfying(InvalidSetup.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("start",
                                "This overlaps the provider's other working hours, at this or another location."));
        assertThat(schedule.template(provider)).hasSize(1);
    }

    @Test
    void aBlockIsOnlyForATypeTheProviderOffers() {
        var other = setup.addType("Physical " + UUID.randomUUID(), 45, "#aa3300", false);

        assertThatThrownBy(() -> schedule.addToTemplate(TemplatePeriod.block(provider, practice.location(),
                DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), other, FROM)))
                .isInstanceOfSatisfying(InvalidSetup.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("reservedFor"));
        assertThat(schedule.addToTemplate(TemplatePeriod.block(provider, practice.location(), DayOfWeek.TUESDAY,
                LocalTime.of(9, 0), LocalTime.of(11, 0), practice.type(), FROM)).reservedFor())
                .isEqualTo(practice.type());
    }

    @Test
    void unknownProvidersAndLocationsAreRefusedFieldByField() {
        assertThatThrownBy(() -> schedule.addToTemplate(TemplatePeriod.working(ProviderId.random(),
                LocationId.random(), DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(9, 0), FROM)))
                .isInstanceOfSatisfying(InvalidSetup.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("provider", "location"));
    }

    @Test
    void endingAPeriodAnnouncesTheDaysThatChanged() {
        var period = schedule.addToTemplate(monday(8, 12));
        var lastDay = FROM.plusWeeks(10);

        var ended = schedule.endTemplatePeriod(period.id(), lastDay);

        assertThat(ended.effectiveUntil()).isEqualTo(lastDay);
        assertThat(schedule.template(provider)).containsExactly(ended);
        assertThat(events.stream(ProviderTemplateChanged.class).filter(e -> e.provider().equals(provider)))
                .endsWith(new ProviderTemplateChanged(provider, practice.location(), lastDay.plusDays(1), null));
        assertThat(jdbc.sql("SELECT ended_by FROM template_period WHERE id = :id").param("id", period.id().value())
                .query(String.class).single()).isEqualTo("manager");
        assertThatThrownBy(() -> schedule.endTemplatePeriod(period.id(), FROM.minusDays(1)))
                .isInstanceOf(InvalidSetup.class);
    }

    @Test
    void theNewHoursCanStartTheDayAfterTheOldOnesEnd() {
        var old = schedule.addToTemplate(monday(8, 12));
        schedule.endTemplatePeriod(old.id(), FROM.plusWeeks(10).minusDays(1));

        schedule.addToTemplate(TemplatePeriod.working(provider, practice.location(), DayOfWeek.MONDAY,
                LocalTime.of(9, 0), LocalTime.of(13, 0), FROM.plusWeeks(10)));

        assertThat(schedule.template(provider)).hasSize(2);
        // reopening the old period would overlap the new one
        assertThatThrownBy(() -> schedule.endTemplatePeriod(old.id(), null)).isInstanceOfSatisfying(
                InvalidSetup.class, invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("effectiveUntil"));
    }

    @Test
    void aPeriodEnteredByMistakeIsRemoved() {
        var period = schedule.addToTemplate(monday(8, 12));

        schedule.removeFromTemplate(period.id());

        assertThat(schedule.template(provider)).isEmpty();
        assertThat(events.stream(ProviderTemplateChanged.class).filter(e -> e.provider().equals(provider)))
                .hasSize(2);
    }

    @Test
    @WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "SCHEDULE_READ", "SCHEDULE_WRITE"})
    void theFrontDeskEntersASickDayButDoesNotChangeTemplatesOrHolidays() {
        var sickDay = schedule.addException(TimeOff.days(provider, null, TimeOff.Kind.SICK_DAY, FROM, FROM));

        assertThat(schedule.exceptions(provider, FROM, FROM)).containsExactly(sickDay);
        assertThat(events.stream(ExceptionAdded.class).filter(e -> e.provider().equals(provider)))
                .containsExactly(new ExceptionAdded(sickDay.id(), provider, null, TimeOff.Kind.SICK_DAY, FROM, FROM));
        assertThatThrownBy(() -> schedule.addToTemplate(monday(8, 12))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schedule.addHoliday(Holiday.of(FROM, "Closed", practice.location())))
                .isInstanceOf(AccessDeniedException.class);

        schedule.removeException(sickDay.id());
        assertThat(schedule.exceptions(provider, FROM, FROM)).isEmpty();
        assertThat(events.stream(ExceptionRemoved.class).filter(e -> e.provider().equals(provider))).hasSize(1);
    }

    @Test
    @WithMockUser(username = "billing", authorities = {"ROLE_BILLING", "SCHEDULE_READ"})
    void billingMaySeeButNotChangeTheSchedule() {
        assertThat(schedule.template(provider)).isEmpty();
        assertThatThrownBy(() -> schedule.addException(TimeOff.days(provider, null, TimeOff.Kind.SICK_DAY, FROM,
                FROM))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLocationHasOneHolidayADay() {
        var day = LocalDate.of(2027, 7, 5);
        var holiday = schedule.addHoliday(Holiday.of(day, "Independence Day (observed)", practice.location()));

        assertThatThrownBy(() -> schedule.addHoliday(Holiday.of(day, "Again", practice.location())))
                .isInstanceOfSatisfying(InvalidSetup.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("day"));
        assertThat(schedule.holidays(day, day)).contains(holiday);
        assertThat(events.stream(HolidayAdded.class))
                .contains(new HolidayAdded(holiday.id(), day, practice.location()));

        schedule.removeHoliday(holiday.id());
        assertThat(schedule.holidays(day, day)).doesNotContain(holiday);
        assertThat(events.stream(HolidayRemoved.class)).extracting(HolidayRemoved::holiday).contains(holiday.id());
    }

    @Test
    void aTelemedicineTypeHasADefaultVideoLink() {
        var telehealth = setup.addType("Video follow-up " + UUID.randomUUID(), 15, "#0099aa", true);
        var link = VideoLink.of("https://video.example.org/waiting-room");

        schedule.setVideoLink(telehealth, link);

        assertThat(schedule.videoLink(telehealth)).contains(link);
        assertThatThrownBy(() -> schedule.setVideoLink(practice.type(), link)).isInstanceOfSatisfying(
                InvalidSetup.class, invalid -> assertThat(invalid.fieldErrors()).containsEntry("videoLink",
                        "Only a telemedicine type has a video link."));
        schedule.setVideoLink(telehealth, null);
        assertThat(schedule.videoLink(telehealth)).isEmpty();
    }

    private TemplatePeriod monday(int fromHour, int untilHour) {
        return TemplatePeriod.working(provider, practice.location(), DayOfWeek.MONDAY, LocalTime.of(fromHour, 0),
                LocalTime.of(untilHour, 0), FROM);
    }
}
