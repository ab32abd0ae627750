package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.Booking.Booked;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The flow board's read of today and the day sheet's read of a provider's day. Today's board needs appointments later
 * today within office hours whenever the suite runs, so its location is in a zone where it is now mid-morning.
 */
@FrontdeskTest
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE",
        "SCHEDULE_READ", "SCHEDULE_WRITE"})
class FlowBoardIntegrationTest {

    @Autowired
    FlowBoard flowBoard;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    Appointments appointments;

    @Autowired
    PracticeSetup setup;

    @Autowired
    Patients patients;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    SchedulingFixture fixture;
    ZoneId zone;
    Practice practice;

    @BeforeEach
    void clinicWhereItIsMidMorning() {
        fixture = new SchedulingFixture(setup, patients, clock);
        zone = fixture.zoneWhereItIsNow(10);
        practice = fixture.practice(zone);
    }

    @Test
    void showsTodaysAppointmentsAtTheLocationInTimeOrderWithNamesAndWhenEachStepHappened() {
        var later = book(practice, 0, 14, 0);
        var sooner = book(practice, 0, 12, 0);
        var arrived = appointments.arrive(sooner.id(), sooner.version());

        var board = flowBoard.today(practice.location(), null);

        assertThat(board.day()).isEqualTo(LocalDate.now(clock.withZone(zone)));
        assertThat(board.location().zone()).isEqualTo(zone);
        assertThat(board.visits()).extracting(Visit::id).containsExactly(sooner.id(), later.id());
        var first = board.visits().getFirst();
        assertThat(first.patientName()).isEqualTo(patients.get(sooner.patient()).details().name().filingName());
        assertThat(first.birthDate()).isEqualTo(patients.get(sooner.patient()).details().birthDate());
        assertThat(first.status()).isEqualTo(AppointmentStatus.ARRIVED);
        assertThat(first.version()).isEqualTo(arrived.version());
        assertThat(first.arrivedAt()).isEqualTo(arrived.reached(AppointmentStatus.ARRIVED).orElseThrow());
        assertThat(first.room()).startsWith("Exam ");
        assertThat(first.provider().id()).isEqualTo(practice.provider());
        assertThat(first.provider().displayName()).endsWith(", MD");
        assertThat(first.type()).startsWith("Office visit");
        assertThat(first.waiting()).isTrue();
        assertThat(first.waited(board.asOf())).hasValueSatisfying(wait -> assertThat(wait.isNegative()).isFalse());
        assertThat(board.visits().get(1).arrivedAt()).isNull();
    }

    @Test
    void leavesOutOtherDaysAndOtherLocations() {
        var today = book(practice, 0, 12, 0);
        book(practice, 1, 12, 0);
        book(fixture.practice(zone), 0, 12, 0);

        assertThat(flowBoard.today(practice.location(), null).visits()).extracting(Visit::id)
                .containsExactly(today.id());
    }

    @Test
    void leavesOutCancelledAndRescheduledAppointmentsButKeepsNoShows() {
        var cancelled = book(practice, 0, 12, 0);
        appointments.cancel(cancelled.id(), cancelled.version(), "patient called", CancelledBy.PATIENT);
        var missed = book(practice, 0, 12, 30);
        appointments.noShow(missed.id(), missed.version());
        var moved = book(practice, 0, 13, 0);
        var replacement = ((Booked) appointments.reschedule(moved.id(), moved.version(),
                fixture.at(zone, 0, 15, 0))).appointment();

        assertThat(flowBoard.today(practice.location(), null).visits()).extracting(Visit::id, Visit::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(missed.id(), AppointmentStatus.NO_SHOW),
                        org.assertj.core.groups.Tuple.tuple(replacement.id(), AppointmentStatus.BOOKED));
    }

    @Test
    void showsOneProviderWhenAsked() {
        var colleague = fixture.provider(practice.type());
        var mine = book(practice, 0, 12, 0);
        var theirs = appointments.book(BookingRequest.of(fixture.patient(), colleague, practice.location(), null,
                practice.type(), fixture.at(zone, 0, 12, 0), null));

        assertThat(flowBoard.today(practice.location(), null).visits()).hasSize(2);
        assertThat(flowBoard.today(practice.location(), colleague).visits()).extracting(Visit::id)
                .containsExactly(((Booked) theirs).appointment().id());
        assertThat(flowBoard.today(practice.location(), practice.provider()).visits()).extracting(Visit::id)
                .containsExactly(mine.id());
    }

    @Test
    void writesOneAuditEntryThatNamesEveryPatientOnTheBoard() {
        var first = book(practice, 0, 12, 0);
        var second = book(practice, 0, 13, 0);
        long mark = lastAuditId();

        flowBoard.today(practice.location(), null);

        assertThat(entriesSince(mark)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("READ");
            assertThat(entry.resourceType()).isEqualTo("Patient");
            assertThat(entry.patients()).containsExactlyInAnyOrder(first.patient().value(), second.patient().value());
            assertThat(entry.detail()).startsWith("flow board ").contains(practice.location().toString());
        });
    }

    @Test
    void anEmptyBoardDisclosesNothingAndWritesNoEntry() {
        long mark = lastAuditId();

        assertThat(flowBoard.today(practice.location(), null).visits()).isEmpty();

        assertThat(lastAuditId()).isEqualTo(mark);
    }

    @Test
    void theChangeMarkStaysWhileNothingChangesAndMovesWithEveryBookingOrStep() {
        var a = book(practice, 0, 12, 0);
        var board = flowBoard.today(practice.location(), null);
        assertThat(flowBoard.changeMark(practice.location(), null)).isEqualTo(board.mark());

        var arrived = appointments.arrive(a.id(), a.version());
        var afterArrival = flowBoard.changeMark(practice.location(), null);
        assertThat(afterArrival).isNotEqualTo(board.mark());
        assertThat(flowBoard.today(practice.location(), null).mark()).isEqualTo(afterArrival);

        var b = book(practice, 0, 13, 0);
        var afterBooking = flowBoard.changeMark(practice.location(), null);
        assertThat(afterBooking).isNotEqualTo(afterArrival);

        appointments.cancel(b.id(), b.version(), "patient called", CancelledBy.PATIENT);
        assertThat(flowBoard.changeMark(practice.location(), null)).as("a cancellation leaves the board")
                .isNotEqualTo(afterBooking);
        assertThat(flowBoard.changeMark(practice.location(), practice.provider()))
                .isEqualTo(flowBoard.today(practice.location(), practice.provider()).mark());
        assertThat(arrived.version()).isEqualTo(1);
    }

    @Test
    void theDaySheetListsTheProvidersDayAtEveryLocationInTimeOrder() {
        var home = fixture.practice();
        var elsewhere = setup.addLocation("Annex " + UUID.randomUUID(), null, null, null, null, SchedulingFixture.ZONE);
        // mornings at the annex, afternoons at home
        var provider = fixture.unscheduledProvider();
        fixture.offer(provider, home.type());
        fixture.workEveryDay(provider, elsewhere, LocalTime.of(7, 0), LocalTime.NOON);
        fixture.workEveryDay(provider, home.location(), LocalTime.NOON, LocalTime.of(19, 0));
        var atHome = appointments.book(BookingRequest.of(fixture.patient(), provider, home.location(), home.room(),
                home.type(), fixture.at(1, 14, 0), "follow-up"));
        var away = appointments.book(BookingRequest.of(fixture.patient(), provider, elsewhere, null,
                home.type(), fixture.at(1, 9, 0), "knee pain"));
        var nextDay = appointments.book(BookingRequest.of(fixture.patient(), provider, home.location(), null,
                home.type(), fixture.at(2, 14, 0), null));
        assertThat(List.of(atHome, away, nextDay)).allMatch(Booked.class::isInstance);
        var day = LocalDate.now(clock.withZone(SchedulingFixture.ZONE)).plusDays(1);

        var sheet = flowBoard.daySheet(provider, day);

        assertThat(sheet.day()).isEqualTo(day);
        assertThat(sheet.provider().id()).isEqualTo(provider);
        assertThat(sheet.visits()).extracting(Visit::id)
                .containsExactly(((Booked) away).appointment().id(), ((Booked) atHome).appointment().id());
        assertThat(sheet.visits().getFirst().reason()).isEqualTo("knee pain");
        assertThat(sheet.visits().getFirst().birthDate()).isNotNull();
        assertThat(sheet.visits().getFirst().locationName()).startsWith("Annex ");
    }

    @Test
    void unknownLocationsAndProvidersAreReportedAsSuch() {
        assertThatThrownBy(() -> flowBoard.today(LocationId.random(), null)).isInstanceOf(LocationNotFound.class);
        assertThatThrownBy(() -> flowBoard.daySheet(ProviderId.random(), LocalDate.now(clock)))
                .isInstanceOf(ProviderNotFound.class);
    }

    @Test
    @WithMockUser(username = "admin", authorities = {"ROLE_ADMIN", "AUDIT_READ", "STAFF_ADMIN"})
    void staffWhoMayNotSeeTheScheduleAreRefused() {
        assertThatThrownBy(() -> flowBoard.today(practice.location(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> flowBoard.daySheet(practice.provider(), LocalDate.now(clock)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Appointment book(Practice at, int days, int hour, int minute) {
        var outcome = appointments.book(BookingRequest.of(fixture.patient(), at.provider(), at.location(), at.room(),
                at.type(), fixture.at(flowBoard.location(at.location()).zone(), days, hour, minute), "follow-up"));
        assertThat(outcome).isInstanceOf(Booked.class);
        return ((Booked) outcome).appointment();
    }

    record Entry(String action, String resourceType, List<UUID> patients, String detail) {}

    private List<Entry> entriesSince(long mark) {
        auditTrail.awaitChained(); // a booking does not wait for its entry to be chained (ADR 20)
        return jdbc.sql("SELECT action, resource_type, patient_ids, detail FROM audit_event WHERE id > :mark")
                .param("mark", mark)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2),
                        List.of((UUID[]) rs.getArray(3).getArray()), rs.getString(4)))
                .list();
    }

    private long lastAuditId() {
        auditTrail.awaitChained();
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }
}
