package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.PatientId;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.Booking.Booked;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@FrontdeskTest
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE",
        "SCHEDULE_READ", "SCHEDULE_WRITE"})
class WaitListIntegrationTest {

    @Autowired
    WaitList waitList;

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

    @Autowired
    PlatformTransactionManager transactionManager;

    SchedulingFixture fixture;
    Practice practice;

    @BeforeEach
    void practice() {
        fixture = new SchedulingFixture(setup, patients, clock);
        practice = fixture.practice();
    }

    @Test
    void aCancellationOffersItsTimeToTheMatchingEntriesMostUrgentFirstThenLongestWaiting() {
        var freed = booked(3, 9, 0);
        var day = localDay(3);
        var shortType = fixture.type(practice.provider(), 15);
        var longType = fixture.type(practice.provider(), 45);
        var otherProvider = fixture.provider(practice.type());
        var notOffered = fixture.practice().type();

        var normalFirst = waiting(new WaitListRequest(fixture.patient(), practice.type(), null, null, day, day,
                Set.of(), PartOfDay.ANY, WaitListPriority.NORMAL, "call after 3"));
        var urgent = waiting(new WaitListRequest(fixture.patient(), practice.type(), null, practice.location(),
                day.minusDays(1), day.plusDays(5), Set.of(day.getDayOfWeek()), PartOfDay.MORNING,
                WaitListPriority.URGENT, null));
        var high = waiting(new WaitListRequest(fixture.patient(), shortType, practice.provider(), null, day, day,
                Set.of(), PartOfDay.ANY, WaitListPriority.HIGH, null));
        var normalSecond = waiting(WaitListRequest.of(fixture.patient(), practice.type(), day, day.plusDays(1)));
        // none of these fits 9:00-9:30 with this provider on that day
        waiting(WaitListRequest.of(fixture.patient(), longType, day, day));
        waiting(WaitListRequest.of(fixture.patient(), notOffered, day, day));
        waiting(new WaitListRequest(fixture.patient(), practice.type(), otherProvider, null, day, day, Set.of(),
                PartOfDay.ANY, WaitListPriority.URGENT, null));
        waiting(WaitListRequest.of(fixture.patient(), practice.type(), day.plusDays(1), day.plusDays(9)));
        waiting(new WaitListRequest(fixture.patient(), practice.type(), null, null, day, day, Set.of(),
                PartOfDay.AFTERNOON, WaitListPriority.URGENT, null));
        waiting(new WaitListRequest(fixture.patient(), practice.type(), null, null, day, day,
                Set.of(day.getDayOfWeek().plus(1)), PartOfDay.ANY, WaitListPriority.URGENT, null));

        appointments.cancel(freed.id(), freed.version(), "patient called", CancelledBy.PATIENT);

        var offers = offersFor(freed);
        assertThat(offers).extracting(WaitListOffer::entry)
                .containsExactly(urgent.id(), high.id(), normalFirst.id(), normalSecond.id());
        assertThat(offers).extracting(WaitListOffer::rank).containsExactly(1, 2, 3, 4);
        assertThat(offers).allSatisfy(o -> {
            assertThat(o.bookable()).isTrue();
            assertThat(o.time().start()).isEqualTo(freed.start());
            assertThat(o.patientName()).isNotBlank();
        });
        assertThat(offers.get(1).time().end()).isEqualTo(fixture.at(3, 9, 15));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE resource_type = 'WaitListOffer'"
                        + " AND resource_id = :id AND action = 'CREATE'").param("id", freed.id().toString())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE detail LIKE '%call after%'")
                .query(Long.class).single()).as("the note is never audited").isZero();
    }

    @Test
    void aCancellationThatRollsBackOffersNothing() {
        var freed = booked(3, 11, 0);
        waiting(WaitListRequest.of(fixture.patient(), practice.type(), localDay(3), localDay(3)));

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            appointments.cancel(freed.id(), freed.version(), "patient called", CancelledBy.PATIENT);
            status.setRollbackOnly();
        });

        assertThat(appointments.get(freed.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(offersFor(freed)).isEmpty();
    }

    @Test
    void reschedulingAnAppointmentAwayOffersItsOldTime() {
        var moved = booked(4, 10, 0);
        var entry = waiting(new WaitListRequest(fixture.patient(), practice.type(), null, null, localDay(4),
                localDay(4), Set.of(), PartOfDay.MORNING, WaitListPriority.NORMAL, null));

        appointments.reschedule(moved.id(), moved.version(), fixture.at(4, 15, 0));

        assertThat(offersFor(moved)).singleElement().satisfies(o -> {
            assertThat(o.entry()).isEqualTo(entry.id());
            assertThat(o.time().start()).isEqualTo(fixture.at(4, 10, 0));
        });
    }

    @Test
    void aNoShowRecordedAheadOfTimeOffersItsTime() {
        var missed = booked(4, 16, 0);
        var entry = waiting(new WaitListRequest(fixture.patient(), practice.type(), null, null, localDay(4),
                localDay(4), Set.of(), PartOfDay.AFTERNOON, WaitListPriority.HIGH, null));

        appointments.noShow(missed.id(), missed.version());

        assertThat(offersFor(missed)).extracting(WaitListOffer::entry).containsExactly(entry.id());
    }

    @Test
    void everyAdditionAndEveryListingIsAuditedNamingThePatientAndNeverTheNote() {
        var entry = waiting(new WaitListRequest(fixture.patient(), practice.type(), null, null, localDay(2),
                localDay(9), Set.of(), PartOfDay.ANY, WaitListPriority.URGENT, "daughter Mia drives her"));

        var lines = waitList.waiting(new WaitListFilter(practice.type(), null, null));

        assertThat(lines).singleElement().satisfies(l -> assertThat(l.entry().id()).isEqualTo(entry.id()));
        assertThat(jdbc.sql("SELECT action || ' ' || resource_type FROM audit_event WHERE :patient = ANY (patient_ids)"
                        + " AND username = 'frontdesk' ORDER BY id")
                .param("patient", entry.patient().value()).query(String.class).list())
                .containsSubsequence("CREATE WaitListEntry", "READ Patient");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE detail LIKE '%Mia%'").query(Long.class).single())
                .isZero();
    }

    @Test
    void staffBookAnOfferAndTheOtherOffersForThatTimeAreGone() {
        var freed = booked(5, 14, 0);
        var urgent = waiting(new WaitListRequest(fixture.patient(), practice.type(), null, null, localDay(5),
                localDay(5), Set.of(), PartOfDay.ANY, WaitListPriority.URGENT, null));
        var chosen = waiting(WaitListRequest.of(fixture.patient(), practice.type(), localDay(5), localDay(5)));
        appointments.cancel(freed.id(), freed.version(), "patient called", CancelledBy.PATIENT);
        var offers = offersFor(freed);

        var outcome = waitList.book(offers.get(1).id());

        assertThat(outcome).isInstanceOfSatisfying(OfferBooking.Booked.class, booked -> {
            assertThat(booked.appointment().patient()).isEqualTo(chosen.patient());
            assertThat(booked.appointment().start()).isEqualTo(freed.start());
            assertThat(booked.appointment().provider()).isEqualTo(practice.provider());
        });
        var booked = ((OfferBooking.Booked) outcome).appointment();
        assertThat(waitList.get(chosen.id())).satisfies(e -> {
            assertThat(e.status()).isEqualTo(WaitListEntry.Status.BOOKED);
            assertThat(e.bookedAppointment()).isEqualTo(booked.id());
        });
        assertThat(offersFor(freed)).extracting(WaitListOffer::status)
                .containsExactly(WaitListOffer.Status.GONE, WaitListOffer.Status.TAKEN);
        assertThat(waitList.book(offers.getFirst().id())).isInstanceOf(OfferBooking.Gone.class);
        assertThat(waitList.get(urgent.id()).status()).isEqualTo(WaitListEntry.Status.WAITING);
        assertThat(waitList.waiting(WaitListFilter.all())).extracting(w -> w.entry().id())
                .contains(urgent.id()).doesNotContain(chosen.id());
    }

    @Test
    void anOfferKeepsTheFreedRoomAndBookingItBooksTheRoomToo() {
        var entry = waitingOnDay(6);
        var offer = offerForCancelledRoomBooking(6, 9);
        assertThat(offer.roomName()).isNotBlank();

        assertThat(waitList.book(offer.id())).isInstanceOfSatisfying(OfferBooking.Booked.class, booked -> {
            assertThat(booked.appointment().patient()).isEqualTo(entry.patient());
            assertThat(booked.appointment().room()).isEqualTo(practice.room());
        });
    }

    /** The time offered is the provider's; a room someone booked since is left out rather than the offer lost. */
    @Test
    void whenTheRoomIsTakenMeanwhileTheOfferBooksTheProvidersTimeWithoutIt() {
        var entry = waitingOnDay(6);
        var offer = offerForCancelledRoomBooking(6, 11);
        bookedInRoom(fixture.provider(practice.type(), practice.location()), 6, 11, 0);

        assertThat(offersFor(offer.freedBy()).getFirst().bookable()).as("the provider's time is still free").isTrue();
        assertThat(waitList.book(offer.id())).isInstanceOfSatisfying(OfferBooking.Booked.class, booked -> {
            assertThat(booked.appointment().patient()).isEqualTo(entry.patient());
            assertThat(booked.appointment().provider()).isEqualTo(practice.provider());
            assertThat(booked.appointment().room()).isNull();
        });
        assertThat(waitList.book(offer.id())).as("an offer is booked once").isInstanceOf(OfferBooking.Gone.class);
    }

    @Test
    void aRoomBookedBeforeTheOfferIsMadeIsLeftOutOfIt() {
        var freed = bookedInRoom(practice.provider(), 6, 13, 0);
        waitingOnDay(6);
        var other = fixture.provider(practice.type(), practice.location());
        // the other provider takes the room in the cancellation's own transaction: offers are made after its commit
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            appointments.cancel(freed.id(), freed.version(), "patient called", CancelledBy.PATIENT);
            bookedInRoom(other, 6, 13, 0);
        });

        assertThat(offersFor(freed)).singleElement().satisfies(offer -> {
            assertThat(offer.room()).isNull();
            assertThat(offer.bookable()).isTrue();
        });
    }

    @Test
    void timeBookedMeanwhileIsShownAsTakenAndBookingTheOfferSaysSo() {
        var freed = booked(5, 16, 0);
        var entry = waiting(WaitListRequest.of(fixture.patient(), practice.type(), localDay(5), localDay(5)));
        appointments.cancel(freed.id(), freed.version(), "patient called", CancelledBy.OFFICE);
        var offer = offersFor(freed).getFirst();
        booked(5, 16, 0); // someone else, straight on the calendar

        assertThat(offersFor(freed).getFirst().bookable()).isFalse();
        assertThat(waitList.book(offer.id())).isInstanceOfSatisfying(OfferBooking.Gone.class,
                gone -> assertThat(gone.reason()).contains("booked meanwhile"));

        assertThat(offersFor(freed).getFirst().status()).isEqualTo(WaitListOffer.Status.GONE);
        assertThat(waitList.get(entry.id()).status()).isEqualTo(WaitListEntry.Status.WAITING);
    }

    @Test
    void removingAnEntryNeedsAReasonAndClosesItsOffers() {
        var freed = booked(6, 9, 0);
        var entry = waiting(WaitListRequest.of(fixture.patient(), practice.type(), localDay(6), localDay(6)));
        appointments.cancel(freed.id(), freed.version(), "patient called", CancelledBy.PATIENT);

        assertThatThrownBy(() -> waitList.remove(entry.id(), entry.version(), " "))
                .isInstanceOfSatisfying(InvalidWaitListEntry.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("reason"));
        var removed = waitList.remove(entry.id(), entry.version(), "booked elsewhere");

        assertThat(removed.status()).isEqualTo(WaitListEntry.Status.REMOVED);
        assertThat(removed.removalReason()).isEqualTo("booked elsewhere");
        assertThat(offersFor(freed)).extracting(WaitListOffer::status).containsExactly(WaitListOffer.Status.GONE);
    }

    @Test
    void badRequestsAreRefusedFieldByFieldAndNothingIsStored() {
        var patient = fixture.patient();
        var today = LocalDate.now(clock);

        assertThatThrownBy(() -> waitList.add(WaitListRequest.of(patient, practice.type(), today.plusDays(5),
                today.plusDays(2)))).isInstanceOfSatisfying(InvalidWaitListEntry.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("latest"));
        assertThatThrownBy(() -> waitList.add(WaitListRequest.of(patient, AppointmentTypeId.random(), today,
                today.plusDays(2)))).isInstanceOfSatisfying(InvalidWaitListEntry.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("type"));
        assertThatThrownBy(() -> waitList.add(WaitListRequest.of(patient, practice.type(), today.minusDays(9),
                today.minusDays(2)))).isInstanceOfSatisfying(InvalidWaitListEntry.class,
                        e -> assertThat(e.fieldErrors().get("latest")).contains("passed"));
        assertThatThrownBy(() -> waitList.add(new WaitListRequest(new PatientId(UUID.randomUUID()), practice.type(),
                fixture.unscheduledProvider(), null, today, today, Set.of(), PartOfDay.ANY,
                WaitListPriority.NORMAL, null))).isInstanceOfSatisfying(InvalidWaitListEntry.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("patient", "provider"));
        assertThat(entriesOf(patient)).isZero();

        waitList.add(WaitListRequest.of(patient, practice.type(), today, today.plusDays(3)));
        assertThatThrownBy(() -> waitList.add(WaitListRequest.of(patient, practice.type(), today, today)))
                .isInstanceOfSatisfying(InvalidWaitListEntry.class,
                        e -> assertThat(e.fieldErrors().get("type")).contains("already"));
        assertThat(entriesOf(patient)).isOne();
    }

    @Test
    void theDatabaseRefusesAWindowThatEndsBeforeItStarts() {
        var patient = fixture.patient();

        assertThatThrownBy(() -> jdbc.sql("INSERT INTO wait_list_entry (id, patient_id, appointment_type_id,"
                        + " earliest, latest, days, part_of_day, priority, status, added_at, added_by)"
                        + " VALUES (gen_random_uuid(), :patient, :type, DATE '2030-01-05', DATE '2030-01-02',"
                        + " '{1}', 'ANY', 'NORMAL', 'WAITING', now(), 'test')")
                .param("patient", patient.value()).param("type", practice.type().value()).update())
                .hasMessageContaining("wait_list_entry_window_in_order");
    }

    @Test
    @WithMockUser(username = "billing", authorities = {"ROLE_BILLING", "PATIENT_READ", "SCHEDULE_READ"})
    void billingSeesTheListButCannotAddToIt() {
        var request = WaitListRequest.of(fixture.patient(), practice.type(), LocalDate.now(clock),
                LocalDate.now(clock).plusDays(3));

        assertThatThrownBy(() -> waitList.add(request)).isInstanceOf(AccessDeniedException.class);
        assertThat(waitList.waiting(WaitListFilter.all())).isNotNull();
        assertThat(entriesOf(request.patient())).isZero();
    }

    private WaitListEntry waiting(WaitListRequest request) {
        var entry = waitList.add(request);
        assertThat(entry.status()).isEqualTo(WaitListEntry.Status.WAITING);
        return entry;
    }

    private List<WaitListOffer> offersFor(Appointment freed) {
        return offersFor(freed.id());
    }

    private List<WaitListOffer> offersFor(AppointmentId freed) {
        return waitList.offers().stream().filter(o -> o.freedBy().equals(freed)).toList();
    }

    private long entriesOf(PatientId patient) {
        return jdbc.sql("SELECT count(*) FROM wait_list_entry WHERE patient_id = :patient")
                .param("patient", patient.value()).query(Long.class).single();
    }

    /** The local date {@code days} ahead in the fixture's zone. */
    private LocalDate localDay(int days) {
        return LocalDate.now(clock.withZone(SchedulingFixture.ZONE)).plusDays(days);
    }

    private WaitListEntry waitingOnDay(int days) {
        return waiting(WaitListRequest.of(fixture.patient(), practice.type(), localDay(days), localDay(days)));
    }

    /** The first offer for the time of an appointment in the practice's room, cancelled; it carries the room. */
    private WaitListOffer offerForCancelledRoomBooking(int days, int hour) {
        var freed = bookedInRoom(practice.provider(), days, hour, 0);
        appointments.cancel(freed.id(), freed.version(), "patient called", CancelledBy.PATIENT);
        var offer = offersFor(freed).getFirst();
        assertThat(offer.room()).isEqualTo(practice.room());
        return offer;
    }

    private Appointment bookedInRoom(ProviderId provider, int days, int hour, int minute) {
        var outcome = appointments.book(BookingRequest.of(fixture.patient(), provider, practice.location(),
                practice.room(), practice.type(), fixture.at(days, hour, minute), null));
        assertThat(outcome).isInstanceOf(Booked.class);
        return ((Booked) outcome).appointment();
    }

    private Appointment booked(int days, int hour, int minute) {
        var outcome = appointments.book(BookingRequest.of(fixture.patient(), practice.provider(),
                practice.location(), null, practice.type(), fixture.at(days, hour, minute), null));
        assertThat(outcome).isInstanceOf(Booked.class);
        return ((Booked) outcome).appointment();
    }
}
