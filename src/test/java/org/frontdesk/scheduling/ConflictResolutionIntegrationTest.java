package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.PatientId;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.Booking.Booked;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.frontdesk.security.Permission;
import org.frontdesk.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The conflict assistant (issue 3, item 7): a sick day over booked appointments lists every one of them with free
 * alternatives, and one confirmation moves them all, or none.
 */
@FrontdeskTest
@RecordApplicationEvents
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE",
        "SCHEDULE_READ", "SCHEDULE_WRITE"})
class ConflictResolutionIntegrationTest {

    static final int SICK = 5;

    @Autowired
    ConflictResolution conflicts;

    @Autowired
    Appointments appointments;

    @Autowired
    Availability availability;

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

    SchedulingFixture fixture;
    Practice practice;

    @BeforeEach
    void practice() {
        fixture = new SchedulingFixture(setup, patients, clock);
        practice = fixture.practice();
    }

    @Test
    void aSickDayOverTwelveBookedAppointmentsListsThemAllWithFreeAlternativesAndMovesThemWithoutOverlaps() {
        var booked = bookedOnTheSickDay(12);
        addTheSickDay();

        var displaced = conflicts.displaced(practice.provider(), today(), null);

        assertThat(displaced).extracting(Displaced::id)
                .containsExactlyElementsOf(booked.stream().map(Appointment::id).toList());
        assertThat(displaced).allSatisfy(d -> {
            assertThat(d.misfit().why()).isEqualTo(NotWorking.EXCEPTION);
            assertThat(d.alternatives()).isNotEmpty().allSatisfy(alternative -> {
                assertThat(availability.fits(alternative.provider(), practice.location(), practice.type(),
                        alternative.time().start(), alternative.time().end())).isEqualTo(Fit.FITS);
                assertThat(activeOverlapping(alternative.provider(), alternative.time())).as("free").isZero();
            });
        });
        assertThat(displaced).as("proposals for different appointments never overlap, whichever are chosen")
                .allSatisfy(d -> assertThat(displaced).filteredOn(other -> other != d)
                        .flatExtracting(Displaced::alternatives)
                        .noneMatch(b -> d.alternatives().stream().anyMatch(a -> a.provider().equals(b.provider())
                                && a.time().overlaps(b.time()))));

        var outcome = conflicts.moveAll(practice.provider(), firstChoices(displaced));

        assertThat(outcome).isInstanceOfSatisfying(BulkMove.Moved.class, moved -> assertThat(moved.moves())
                .hasSize(12));
        assertThat(overlappingActivePairs()).as("no two active appointments of one provider overlap").isZero();
        assertThat(activeOverlapping(practice.provider(), sickDay())).as("nobody left inside the sick day").isZero();
        assertThat(booked).allSatisfy(a -> assertThat(appointments.get(a.id()).status())
                .isEqualTo(AppointmentStatus.RESCHEDULED));
        assertThat(conflicts.displaced(practice.provider(), today(), null)).isEmpty();
    }

    @Test
    void everyMovedPatientGetsANoticeWithTheOldAndNewTimeAndTheReason() {
        var booked = bookedOnTheSickDay(3);
        addTheSickDay();
        var displaced = conflicts.displaced(practice.provider(), today(), null);

        var moved = (BulkMove.Moved) conflicts.moveAll(practice.provider(), firstChoices(displaced));

        var notices = events.stream(AppointmentMovedByOffice.class)
                .filter(e -> e.formerProvider().equals(practice.provider())).toList();
        assertThat(notices).containsExactlyElementsOf(moved.moves());
        assertThat(notices).extracting(AppointmentMovedByOffice::patient)
                .containsExactlyElementsOf(booked.stream().map(Appointment::patient).toList());
        for (int i = 0; i < notices.size(); i++) {
            var notice = notices.get(i);
            var old = booked.get(i);
            var chosen = displaced.get(i).alternatives().getFirst();
            assertThat(notice.previous()).isEqualTo(old.id());
            assertThat(notice.formerTime()).isEqualTo(new TimeRange(old.start(), old.end()));
            assertThat(notice.time()).isEqualTo(chosen.time());
            assertThat(notice.provider()).isEqualTo(chosen.provider());
            assertThat(notice.reason()).isEqualTo("The provider is away then (Sick day).");
            assertThat(appointments.get(notice.replacement()).patient()).isEqualTo(old.patient());
        }
    }

    @Test
    void aSlotTakenBetweenListingAndMovingRefusesTheMoveAndNothingMoves() {
        var booked = bookedOnTheSickDay(3);
        addTheSickDay();
        var displaced = conflicts.displaced(practice.provider(), today(), null);
        var snatched = displaced.get(1).alternatives().getFirst();
        var otherDesk = appointments.book(BookingRequest.of(fixture.patient(), snatched.provider(),
                practice.location(), null, practice.type(), snatched.time().start(), null));
        assertThat(otherDesk).isInstanceOf(Booked.class);

        var outcome = conflicts.moveAll(practice.provider(), firstChoices(displaced));

        assertThat(outcome).isInstanceOfSatisfying(BulkMove.Refused.class, refused -> {
            assertThat(refused.appointment()).isEqualTo(displaced.get(1).id());
            assertThat(refused.reason()).isEqualTo("Its new time was taken meanwhile.");
            assertThat(refused.fresh()).extracting(Displaced::id).containsExactlyElementsOf(
                    booked.stream().map(Appointment::id).toList());
            assertThat(refused.fresh()).flatExtracting(Displaced::alternatives)
                    .noneMatch(a -> a.provider().equals(snatched.provider()) && a.time().overlaps(snatched.time()));
        });
        assertThat(booked).as("all or nothing: the first one did not move either").allSatisfy(a ->
                assertThat(appointments.get(a.id())).isEqualTo(a));
        assertThat(events.stream(AppointmentMovedByOffice.class)
                .filter(e -> e.formerProvider().equals(practice.provider()))).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE resource_id = :id AND outcome = 'FAILED'"
                        + " AND detail LIKE 'bulk move of 3 appointments%refused, nothing moved%'")
                .param("id", displaced.get(1).id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAppointmentChangedAfterTheListWasReadRefusesTheMove() {
        var booked = bookedOnTheSickDay(2);
        addTheSickDay();
        var displaced = conflicts.displaced(practice.provider(), today(), null);
        appointments.confirm(booked.getLast().id(), booked.getLast().version());

        var outcome = conflicts.moveAll(practice.provider(), firstChoices(displaced));

        assertThat(outcome).isInstanceOfSatisfying(BulkMove.Refused.class, refused -> {
            assertThat(refused.appointment()).isEqualTo(booked.getLast().id());
            assertThat(refused.reason()).isEqualTo("Someone changed it meanwhile.");
            assertThat(refused.fresh()).hasSize(2);
        });
        assertThat(appointments.get(booked.getFirst().id())).isEqualTo(booked.getFirst());
    }

    @Test
    void anAppointmentThatFitsAgainIsNotMovedByTheAssistant() {
        bookedOnTheSickDay(2);
        var sick = addTheSickDay();
        var displaced = conflicts.displaced(practice.provider(), today(), null);
        schedule.removeException(sick.id());

        var outcome = conflicts.moveAll(practice.provider(), firstChoices(displaced));

        assertThat(outcome).isInstanceOfSatisfying(BulkMove.Refused.class, refused -> {
            assertThat(refused.appointment()).isEqualTo(displaced.getFirst().id());
            assertThat(refused.reason()).startsWith("It no longer needs moving");
            assertThat(refused.fresh()).isEmpty();
        });
    }

    @Test
    void whenTheProviderHasNoOtherTimeTheAlternativesAreWithOthersWhoOfferTheTypeAndTheMoveChangesProvider() {
        var day = sickDay().start().atZone(SchedulingFixture.ZONE).toLocalDate();
        var visiting = fixture.unscheduledProvider();
        fixture.offer(visiting, practice.type());
        SystemTask.run(List.of(Permission.PRACTICE_SETUP), () -> schedule.addToTemplate(new TemplatePeriod(
                TemplatePeriodId.random(), visiting, practice.location(), TemplatePeriod.Kind.WORKING,
                day.getDayOfWeek(), LocalTime.of(9, 0), LocalTime.of(12, 0), null, day, day)));
        var old = ((Booked) appointments.book(BookingRequest.of(fixture.patient(), visiting, practice.location(),
                null, practice.type(), fixture.at(SICK, 9, 0), null))).appointment();
        schedule.addException(TimeOff.days(visiting, null, TimeOff.Kind.SICK_DAY, day, day));

        var displaced = conflicts.displaced(visiting, today(), null);

        assertThat(displaced).singleElement().satisfies(d -> assertThat(d.alternatives()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.provider()).isEqualTo(practice.provider())));
        var moved = (BulkMove.Moved) conflicts.moveAll(visiting, firstChoices(displaced));
        assertThat(moved.moves()).singleElement().satisfies(notice -> {
            assertThat(notice.formerProvider()).isEqualTo(visiting);
            assertThat(notice.provider()).isEqualTo(practice.provider());
            assertThat(appointments.get(notice.replacement()).provider()).isEqualTo(practice.provider());
        });
        assertThat(appointments.get(old.id()).status()).isEqualTo(AppointmentStatus.RESCHEDULED);
    }

    @Test
    void theSameProviderComesFirst() {
        bookedOnTheSickDay(1);
        fixture.provider(practice.type());
        addTheSickDay();

        var displaced = conflicts.displaced(practice.provider(), today(), null);

        assertThat(displaced.getFirst().alternatives()).hasSize(ConflictResolution.ALTERNATIVES)
                .allSatisfy(a -> assertThat(a.provider()).isEqualTo(practice.provider()));
    }

    @Test
    void theRoomGoesAlongWhenItIsFreeAtTheNewTime() {
        var patient = fixture.patient();
        var old = ((Booked) appointments.book(BookingRequest.of(patient, practice.provider(), practice.location(),
                practice.room(), practice.type(), fixture.at(SICK, 10, 0), null))).appointment();
        addTheSickDay();

        var displaced = conflicts.displaced(practice.provider(), today(), null);

        assertThat(displaced).singleElement().satisfies(d -> {
            assertThat(d.appointment().patientName()).isNotBlank();
            assertThat(d.alternatives()).allSatisfy(a -> assertThat(a.room()).isEqualTo(practice.room()));
        });
        var moved = (BulkMove.Moved) conflicts.moveAll(practice.provider(), firstChoices(displaced));
        assertThat(appointments.get(moved.moves().getFirst().replacement()).room()).isEqualTo(old.room());
    }

    @Test
    void readingTheListIsAuditedWithThePatientsItShows() {
        var booked = bookedOnTheSickDay(2);
        addTheSickDay();

        conflicts.displaced(practice.provider(), today(), null);

        var listed = jdbc.sql("SELECT patient_ids FROM audit_event WHERE action = 'READ' AND detail = :detail"
                        + " ORDER BY id DESC LIMIT 1")
                .param("detail", "conflicts of provider " + practice.provider() + ": 2 appointments")
                .query((rs, n) -> List.of((Object[]) rs.getArray(1).getArray())).single();
        assertThat(listed).map(Object::toString).containsExactlyInAnyOrderElementsOf(
                booked.stream().map(a -> a.patient().value().toString()).toList());
    }

    @Test
    @WithMockUser(username = "billing", authorities = {"ROLE_BILLING", "PATIENT_READ", "SCHEDULE_READ"})
    void billingMaySeeTheListButNotMoveAnything() {
        assertThat(conflicts.displaced(practice.provider(), today(), null)).isEmpty();
        assertThatThrownBy(() -> conflicts.moveAll(practice.provider(), List.of(new MoveChoice(AppointmentId.random(),
                0, practice.provider(), fixture.at(3, 9, 0), null)))).isInstanceOf(AccessDeniedException.class);
    }

    /** {@code count} fresh patients booked back to back from 9:00 on the day that becomes a sick day. */
    private List<Appointment> bookedOnTheSickDay(int count) {
        var booked = new ArrayList<Appointment>();
        for (int i = 0; i < count; i++) {
            PatientId patient = fixture.patient();
            var outcome = appointments.book(BookingRequest.of(patient, practice.provider(), practice.location(), null,
                    practice.type(), fixture.at(SICK, 9 + i / 2, i % 2 * 30), null));
            booked.add(((Booked) outcome).appointment());
        }
        return booked;
    }

    private TimeOff addTheSickDay() {
        var day = sickDay().start().atZone(SchedulingFixture.ZONE).toLocalDate();
        return schedule.addException(TimeOff.days(practice.provider(), null, TimeOff.Kind.SICK_DAY, day, day));
    }

    private TimeRange sickDay() {
        return new TimeRange(fixture.at(SICK, 0, 0), fixture.at(SICK + 1, 0, 0));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchedulingFixture.ZONE));
    }

    private static List<MoveChoice> firstChoices(List<Displaced> displaced) {
        return displaced.stream().map(d -> {
            var first = d.alternatives().getFirst();
            return new MoveChoice(d.id(), d.appointment().version(), first.provider(), first.time().start(),
                    first.room());
        }).toList();
    }

    private long activeOverlapping(ProviderId provider, TimeRange time) {
        return jdbc.sql("SELECT count(*) FROM appointment WHERE provider_id = :provider AND status IN (:active)"
                        + " AND during && tstzrange(:start::timestamptz, :end::timestamptz, '[)')")
                .param("provider", provider.value())
                .param("active", AppointmentStatus.ACTIVE.stream().map(Enum::name).toList())
                .param("start", time.start().atOffset(java.time.ZoneOffset.UTC))
                .param("end", time.end().atOffset(java.time.ZoneOffset.UTC))
                .query(Long.class).single();
    }

    /** Checked by SQL over the whole appointment table, whatever the code thinks. */
    private long overlappingActivePairs() {
        return jdbc.sql("SELECT count(*) FROM appointment a JOIN appointment b ON a.provider_id = b.provider_id"
                        + " AND a.id < b.id AND a.during && b.during"
                        + " WHERE a.status IN (:active) AND b.status IN (:active)"
                        + " AND NOT a.overbooked AND NOT b.overbooked")
                .param("active", AppointmentStatus.ACTIVE.stream().map(Enum::name).toList())
                .query(Long.class).single();
    }
}
