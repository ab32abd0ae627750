package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.Booking.Booked;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The next free slot and alternatives, derived from templates and bookings in PostgreSQL. */
@FrontdeskTest
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE",
        "SCHEDULE_READ", "SCHEDULE_WRITE"})
class FreeSlotsIntegrationTest {

    @Autowired
    FreeSlots freeSlots;

    @Autowired
    Appointments appointments;

    @Autowired
    ScheduleSetup schedule;

    @Autowired
    PracticeSetup setup;

    @Autowired
    Patients patients;

    @Autowired
    Clock clock;

    SchedulingFixture fixture;
    Practice practice;

    @BeforeEach
    void practice() {
        fixture = new SchedulingFixture(setup, patients, clock);
        practice = fixture.practice();
    }

    @Test
    void theNextFreeSlotIsTheEarliestAcrossEveryProviderWhoOffersTheType() {
        var second = fixture.provider(practice.type());
        book(practice.provider(), fixture.at(2, 7, 0));
        book(practice.provider(), fixture.at(2, 7, 30));

        var slots = freeSlots.find(SlotSearch.forType(practice.type()).from(day(2)), 6);

        assertThat(slots).first().satisfies(slot -> {
            assertThat(slot.provider()).isEqualTo(second);
            assertThat(slot.time()).isEqualTo(new TimeRange(fixture.at(2, 7, 0), fixture.at(2, 7, 30)));
            assertThat(slot.localStart().toLocalTime()).isEqualTo(LocalTime.of(7, 0));
        });
        assertThat(slots).extracting(slot -> slot.time().start()).isSorted();
        assertThat(slots.stream().filter(slot -> slot.provider().equals(practice.provider())).findFirst())
                .as("the booked provider's first free time comes after the two bookings")
                .get().extracting(slot -> slot.time().start()).isEqualTo(fixture.at(2, 8, 0));
    }

    @Test
    void onlyTheAskedProviderDaysAndPartOfTheDay() {
        fixture.provider(practice.type());
        var wednesdayAfternoons = SlotSearch.forType(practice.type()).withProvider(practice.provider())
                .on(Set.of(DayOfWeek.WEDNESDAY), PartOfDay.AFTERNOON).from(day(1));

        var slots = freeSlots.find(wednesdayAfternoons, 30);

        assertThat(slots).hasSize(30).allSatisfy(slot -> {
            assertThat(slot.provider()).isEqualTo(practice.provider());
            assertThat(slot.localStart().getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(slot.localStart().toLocalTime()).isAfterOrEqualTo(LocalTime.NOON);
        });
        assertThat(slots.getFirst().localStart().toLocalTime()).isEqualTo(LocalTime.NOON);
    }

    @Test
    void aDayOffAndTheBookedTimeAreNeverOffered() {
        var sick = day(3);
        schedule.addException(TimeOff.days(practice.provider(), null, TimeOff.Kind.SICK_DAY, sick, sick));
        var booked = book(practice.provider(), fixture.at(4, 7, 0));
        var taken = new TimeRange(booked.start(), booked.end());

        var slots = freeSlots.find(SlotSearch.forType(practice.type()).withProvider(practice.provider())
                .from(day(3)), 3);

        assertThat(slots).extracting(FreeSlot::time)
                .containsExactly(new TimeRange(fixture.at(4, 7, 30), fixture.at(4, 8, 0)),
                        new TimeRange(fixture.at(4, 7, 45), fixture.at(4, 8, 15)),
                        new TimeRange(fixture.at(4, 8, 0), fixture.at(4, 8, 30)));
        assertThat(slots).noneMatch(slot -> slot.time().overlaps(taken));
    }

    @Test
    void alternativesComeFromTheSameProviderFirstNearestTheWantedTimeAndNeverClashWithEachOther() {
        var colleague = fixture.provider(practice.type());
        var wanted = fixture.at(5, 12, 0);
        var proposed = new ArrayList<FreeSlot>();
        for (int i = 0; i < 3; i++) {
            proposed.add(freeSlots.nearest(practice.type(), practice.provider(), practice.location(), wanted,
                    Duration.ofMinutes(30), proposed, 1).getFirst());
        }

        assertThat(proposed).allMatch(slot -> slot.provider().equals(practice.provider()));
        assertThat(proposed).extracting(slot -> slot.time().start())
                .containsExactly(fixture.at(5, 12, 0), fixture.at(5, 11, 30), fixture.at(5, 12, 30));
        var alternatives = freeSlots.nearest(practice.type(), practice.provider(), practice.location(), wanted,
                Duration.ofMinutes(30), List.of(), 200);
        assertThat(alternatives).hasSize(200);
        assertThat(alternatives.getLast().provider()).isEqualTo(practice.provider());

        var fromColleagues = freeSlots.nearest(practice.type(), fixture.unscheduledProvider(), practice.location(),
                wanted, Duration.ofMinutes(30), List.of(), 2);
        assertThat(fromColleagues).extracting(FreeSlot::provider).containsOnly(practice.provider(), colleague);
        assertThat(fromColleagues).extracting(slot -> slot.time().start()).containsOnly(wanted);
    }

    @Test
    void noAlternativeIsInThePast() {
        var yesterday = fixture.at(-1, 12, 0);

        var alternatives = freeSlots.nearest(practice.type(), practice.provider(), practice.location(), yesterday,
                Duration.ofMinutes(30), List.of(), 50);

        assertThat(alternatives).isNotEmpty().allMatch(slot -> !slot.time().start().isBefore(clock.instant()));
    }

    @Test
    void anUnknownTypeOrAProviderWhoDoesNotOfferItIsRefusedByName() {
        assertThatThrownBy(() -> freeSlots.find(SlotSearch.forType(new AppointmentTypeId(java.util.UUID.randomUUID())),
                5)).isInstanceOfSatisfying(InvalidBooking.class,
                        refused -> assertThat(refused.fieldErrors()).containsOnlyKeys("type"));
        var stranger = fixture.unscheduledProvider();
        assertThatThrownBy(() -> freeSlots.find(SlotSearch.forType(practice.type()).withProvider(stranger), 5))
                .isInstanceOfSatisfying(InvalidBooking.class,
                        refused -> assertThat(refused.fieldErrors()).containsOnlyKeys("provider"));
        assertThatThrownBy(() -> freeSlots.find(SlotSearch.forType(practice.type()), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Appointment book(ProviderId provider, Instant start) {
        var outcome = appointments.book(BookingRequest.of(fixture.patient(), provider, practice.location(), null,
                practice.type(), start, null));
        assertThat(outcome).isInstanceOf(Booked.class);
        return ((Booked) outcome).appointment();
    }

    private LocalDate day(int days) {
        return LocalDate.now(clock.withZone(SchedulingFixture.ZONE)).plusDays(days);
    }
}
