package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.frontdesk.patients.PatientId;
import org.frontdesk.scheduling.BookingsInFlight.Admission;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class BookingsInFlightTest {

    private static final Instant NINE = Instant.parse("2027-06-08T13:00:00Z");
    private static final ProviderId DOCTOR = new ProviderId(UUID.randomUUID());
    private static final ProviderId OTHER_DOCTOR = new ProviderId(UUID.randomUUID());
    private static final RoomId ROOM = new RoomId(UUID.randomUUID());

    private final AtomicLong nanos = new AtomicLong();
    private final BookingsInFlight inFlight = new BookingsInFlight(nanos::get);

    @Test
    void aBookingCommittedHereAnswersForItsProvidersAndRoomsTimeWithTheClashesTheDatabaseWouldName() {
        var flight = go(inFlight.admit(request(DOCTOR, ROOM, 0, 30)));
        var booked = appointment(DOCTOR, ROOM, 0, 30);
        inFlight.landed(flight, booked);

        assertThat(inFlight.admit(request(DOCTOR, null, 10, 40)))
                .isEqualTo(new Admission.Taken(List.of(new Clash(Clash.Kind.PROVIDER, booked.id(),
                        booked.start(), booked.end()))));
        assertThat(inFlight.admit(request(OTHER_DOCTOR, ROOM, 29, 60)))
                .isEqualTo(new Admission.Taken(List.of(new Clash(Clash.Kind.ROOM, booked.id(),
                        booked.start(), booked.end()))));
        assertThat(inFlight.admit(request(DOCTOR, ROOM, 5, 10))).isInstanceOfSatisfying(Admission.Taken.class,
                taken -> assertThat(taken.clashes()).extracting(Clash::kind)
                        .containsExactly(Clash.Kind.PROVIDER, Clash.Kind.ROOM));
    }

    @Test
    void timeBackToBackOrElsewhereIsLeftToTheDatabase() {
        inFlight.landed(go(inFlight.admit(request(DOCTOR, ROOM, 0, 30))), appointment(DOCTOR, ROOM, 0, 30));

        assertThat(inFlight.admit(request(DOCTOR, ROOM, 30, 60))).isInstanceOf(Admission.Go.class);
        assertThat(inFlight.admit(request(OTHER_DOCTOR, null, 0, 30))).isInstanceOf(Admission.Go.class);
    }

    @Test
    void aRequestWithoutAnEndIsTakenWhenItsFirstMinuteIs() {
        inFlight.landed(go(inFlight.admit(request(DOCTOR, null, 0, 30))), appointment(DOCTOR, null, 0, 30));

        assertThat(inFlight.admit(request(DOCTOR, null, 29, null))).isInstanceOf(Admission.Taken.class);
        assertThat(inFlight.admit(request(DOCTOR, null, 30, null))).isInstanceOf(Admission.Go.class);
    }

    @Test
    void aRequestWithoutAnEndIsTakenForItsTypesLengthWhenABookingOfThatTypeJustFoundIt() {
        var checkUp = new AppointmentTypeId(UUID.randomUUID());
        var booked = appointment(DOCTOR, null, 0, 30, checkUp);
        inFlight.landed(go(inFlight.admit(request(DOCTOR, null, 0, null, checkUp))), booked);

        assertThat(inFlight.admit(request(DOCTOR, null, -29, null, checkUp))).as("its 30 minutes reach the booking")
                .isEqualTo(new Admission.Taken(List.of(new Clash(Clash.Kind.PROVIDER, booked.id(), booked.start(),
                        booked.end()))));
        assertThat(inFlight.admit(request(DOCTOR, null, -30, null, checkUp))).as("back to back")
                .isInstanceOf(Admission.Go.class);
        assertThat(inFlight.admit(request(DOCTOR, null, -20, null, new AppointmentTypeId(UUID.randomUUID()))))
                .as("another type's length is not known: the database tells").isInstanceOf(Admission.Go.class);
    }

    @Test
    void aRequestWithAnEndIsNotTakenForTheTypesLength() {
        var checkUp = new AppointmentTypeId(UUID.randomUUID());
        inFlight.landed(go(inFlight.admit(request(DOCTOR, null, 0, null, checkUp))),
                appointment(DOCTOR, null, 0, 30, checkUp));

        assertThat(inFlight.admit(request(DOCTOR, null, -20, -10, checkUp))).isInstanceOf(Admission.Go.class);
    }

    @Test
    void aClerkWithoutAnEndWaitsForAFlightWithinItsTypesLastLengthAndIsThenAnsweredFromMemory() throws Exception {
        var checkUp = new AppointmentTypeId(UUID.randomUUID());
        // a booking of the type earlier in the day tells its length: 30 minutes
        inFlight.landed(go(inFlight.admit(request(DOCTOR, null, -120, null, checkUp))),
                appointment(DOCTOR, null, -120, -90, checkUp));
        var first = go(inFlight.admit(request(DOCTOR, null, 20, null, checkUp)));
        var second = CompletableFuture.supplyAsync(() -> inFlight.admit(request(DOCTOR, null, 0, null, checkUp)));

        Thread.sleep(50); // nothing but the first flight's landing can let it go
        assertThat(second).isNotDone();
        var booked = appointment(DOCTOR, null, 20, 50, checkUp);
        inFlight.landed(first, booked);

        assertThat(second.get(5, TimeUnit.SECONDS)).isInstanceOfSatisfying(Admission.Taken.class,
                taken -> assertThat(taken.clashes()).extracting(Clash::appointment).containsExactly(booked.id()));
    }

    @Test
    void aClerkWaitsForTheOverlappingBookingInFlightAndIsThenAnsweredFromMemory() throws Exception {
        var first = go(inFlight.admit(request(DOCTOR, null, 0, 30)));
        var second = CompletableFuture.supplyAsync(() -> inFlight.admit(request(DOCTOR, null, 15, 45)));

        Thread.sleep(50); // nothing but the first flight's landing can let it go
        assertThat(second).isNotDone();
        var booked = appointment(DOCTOR, null, 0, 30);
        inFlight.landed(first, booked);

        assertThat(second.get(5, TimeUnit.SECONDS)).isInstanceOfSatisfying(Admission.Taken.class,
                taken -> assertThat(taken.clashes()).extracting(Clash::appointment).containsExactly(booked.id()));
    }

    @Test
    void whenTheBookingInFlightIsNotMadeTheNextClerkBooksThroughTheDatabase() throws Exception {
        var first = go(inFlight.admit(request(DOCTOR, ROOM, 0, 30)));
        var second = CompletableFuture.supplyAsync(() -> inFlight.admit(request(OTHER_DOCTOR, ROOM, 15, 45)));
        Thread.sleep(50);
        assertThat(second).isNotDone();

        inFlight.landed(first, null); // refused by the database, or bad input

        assertThat(go(second.get(5, TimeUnit.SECONDS))).isNotNull();
        assertThat(inFlight.admit(request(DOCTOR, null, 0, 30))).as("the first flight is gone")
                .isInstanceOf(Admission.Go.class);
    }

    @Test
    void aBookingIsRememberedOnlyForAMoment() {
        inFlight.landed(go(inFlight.admit(request(DOCTOR, null, 0, 30))), appointment(DOCTOR, null, 0, 30));
        nanos.addAndGet(BookingsInFlight.REMEMBERED.toNanos() - 1);
        assertThat(inFlight.admit(request(DOCTOR, null, 0, 30))).isInstanceOf(Admission.Taken.class);

        nanos.addAndGet(1);

        assertThat(inFlight.admit(request(DOCTOR, null, 40, 50))).isInstanceOf(Admission.Go.class);
        assertThat(inFlight.size()).as("only the flight just admitted").isEqualTo(1);
    }

    @Test
    void anAppointmentWhoseStatusChangesIsForgottenAtOnce() {
        var booked = appointment(DOCTOR, ROOM, 0, 30);
        inFlight.landed(go(inFlight.admit(request(DOCTOR, ROOM, 0, 30))), booked);

        inFlight.forget(booked.id());

        assertThat(inFlight.admit(request(DOCTOR, ROOM, 0, 30))).isInstanceOf(Admission.Go.class);
    }

    @Test
    void anOverbookedAppointmentHoldsNoTime() {
        var overbooked = new Appointment(AppointmentId.random(), new PatientId(UUID.randomUUID()), DOCTOR,
                new LocationId(UUID.randomUUID()), null, new AppointmentTypeId(UUID.randomUUID()), NINE,
                NINE.plus(Duration.ofMinutes(30)), AppointmentStatus.BOOKED, null, true, "squeeze in", null, null,
                null, 0, Map.of(AppointmentStatus.BOOKED, NINE), false, null);
        inFlight.landed(go(inFlight.admit(request(DOCTOR, null, 0, 30))), overbooked);

        assertThat(inFlight.admit(request(DOCTOR, null, 0, 30))).isInstanceOf(Admission.Go.class);
    }

    @Test
    void aClerkStopsWaitingAfterTheLongestWaitAndBooksThroughTheDatabase() {
        // every look at the clock finds it a longest wait later
        var clock = new AtomicLong();
        var impatient = new BookingsInFlight(() -> clock.getAndAdd(BookingsInFlight.LONGEST_WAIT.toNanos()));
        assertThat(go(impatient.admit(request(DOCTOR, null, 0, 30)))).as("a flight that never lands").isNotNull();

        assertThat(impatient.admit(request(DOCTOR, null, 0, 30))).isEqualTo(new Admission.Go(null));
    }

    private static BookingsInFlight.@Nullable Flight go(Admission admission) {
        assertThat(admission).isInstanceOf(Admission.Go.class);
        return ((Admission.Go) admission).flight();
    }

    private static BookingRequest request(ProviderId provider, @Nullable RoomId room, int fromMinute,
            @Nullable Integer untilMinute) {
        return request(provider, room, fromMinute, untilMinute, new AppointmentTypeId(UUID.randomUUID()));
    }

    private static BookingRequest request(ProviderId provider, @Nullable RoomId room, int fromMinute,
            @Nullable Integer untilMinute, AppointmentTypeId type) {
        return new BookingRequest(new PatientId(UUID.randomUUID()), provider, new LocationId(UUID.randomUUID()), room,
                type, NINE.plus(Duration.ofMinutes(fromMinute)),
                untilMinute == null ? null : NINE.plus(Duration.ofMinutes(untilMinute)), null, false, null);
    }

    private static Appointment appointment(ProviderId provider, @Nullable RoomId room, int fromMinute,
            int untilMinute) {
        return appointment(provider, room, fromMinute, untilMinute, new AppointmentTypeId(UUID.randomUUID()));
    }

    private static Appointment appointment(ProviderId provider, @Nullable RoomId room, int fromMinute,
            int untilMinute, AppointmentTypeId type) {
        return new Appointment(AppointmentId.random(), new PatientId(UUID.randomUUID()), provider,
                new LocationId(UUID.randomUUID()), room, type,
                NINE.plus(Duration.ofMinutes(fromMinute)), NINE.plus(Duration.ofMinutes(untilMinute)),
                AppointmentStatus.BOOKED, null, false, null, null, null, null, 0, Map.of(AppointmentStatus.BOOKED,
                        NINE), false, null);
    }
}
