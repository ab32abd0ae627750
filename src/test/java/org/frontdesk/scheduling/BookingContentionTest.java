package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.patients.PatientId;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.Booking.Booked;
import org.frontdesk.scheduling.Booking.Conflict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Many clerks (or servers) booking the same time at once: the database lets exactly one through and every other
 * booking gets a {@link Conflict}, without a deadlock or an error (a deadlock would surface as an exception, which
 * fails the test). Latencies are printed, not asserted: speed belongs to the benchmarks.
 */
@FrontdeskTest
class BookingContentionTest {

    private static final int CLERKS = 200;

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
    AppointmentRepository repository;

    @Autowired
    BookingCheck check;

    @Autowired
    AuditTrail audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    SchedulingFixture fixture;
    SchedulingFixture.Practice practice;
    List<PatientId> patientPool;

    @BeforeEach
    void practice() {
        fixture = new SchedulingFixture(setup, patients, clock);
        practice = fixture.practice();
        patientPool = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            patientPool.add(fixture.patient());
        }
        warmUp();
    }

    /** A few bookings and conflicts on a provider of their own, so that the race does not measure the JIT. */
    private void warmUp() {
        var other = fixture.practice();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "frontdesk", null, AuthorityUtils.createAuthorityList("ROLE_FRONT_DESK", "SCHEDULE_WRITE")));
        try {
            for (int i = 0; i < 50; i++) {
                appointments.book(BookingRequest.of(patient(i), other.provider(), other.location(), other.room(),
                        other.type(), fixture.at(30, 9, 0).plus(Duration.ofMinutes(10L * (i % 10))), null));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void twoHundredClerksBookingOneProviderAtOverlappingTimesGetOneBookingAndConflicts() throws Exception {
        // no room, so only the provider constraint is in play
        var results = race("provider", i -> BookingRequest.of(patient(i), practice.provider(), practice.location(),
                null, practice.type(), overlappingStart(20, i), null));

        assertOneBookedAndTheRestConflict(results, Clash.Kind.PROVIDER);
        assertThat(overlappingActivePairs("provider_id")).isZero();
    }

    /**
     * A second server knows nothing of the first one's bookings in flight (ADR 17): its clerks race the first
     * server's in PostgreSQL, whose exclusion constraint still lets exactly one booking through.
     */
    @Test
    void clerksOnTwoServersBookingOneProviderGetOneBookingAndConflicts() throws Exception {
        var secondServer = new Appointments(repository, check, audit, events, clock, transactionManager,
                new BookingsInFlight());

        var results = race("provider, two servers", i -> BookingRequest.of(patient(i), practice.provider(),
                practice.location(), null, practice.type(), overlappingStart(23, i), null),
                i -> i % 2 == 0 ? appointments : secondServer);

        assertOneBookedAndTheRestConflict(results, Clash.Kind.PROVIDER);
        assertThat(overlappingActivePairs("provider_id")).isZero();
    }

    /** What a booking committed here a moment ago holds is answered from memory, until it is cancelled. */
    @Test
    void aCancelledAppointmentsTimeCanBeBookedAgainAtOnce() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "frontdesk", null, AuthorityUtils.createAuthorityList("ROLE_FRONT_DESK", "SCHEDULE_READ",
                        "SCHEDULE_WRITE")));
        try {
            var first = (Booked) appointments.book(BookingRequest.of(patient(0), practice.provider(),
                    practice.location(), practice.room(), practice.type(), fixture.at(24, 9, 0), null));
            assertThat(appointments.book(BookingRequest.of(patient(1), practice.provider(), practice.location(),
                    null, practice.type(), fixture.at(24, 9, 10), null))).isInstanceOf(Conflict.class);

            appointments.cancel(first.appointment().id(), first.appointment().version(), "called to cancel",
                    CancelledBy.PATIENT);

            assertThat(appointments.book(BookingRequest.of(patient(1), practice.provider(), practice.location(),
                    practice.room(), practice.type(), fixture.at(24, 9, 10), null))).isInstanceOf(Booked.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The cost of one refused booking when nobody else is booking: the figure without queueing for connections. */
    @Test
    void aConflictOnItsOwnIsAnsweredQuickly() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "frontdesk", null, AuthorityUtils.createAuthorityList("ROLE_FRONT_DESK", "SCHEDULE_WRITE")));
        try {
            var first = appointments.book(BookingRequest.of(patient(0), practice.provider(), practice.location(), null,
                    practice.type(), fixture.at(22, 9, 0), null));
            assertThat(first).isInstanceOf(Booked.class);
            var results = new ArrayList<Result>();
            for (int i = 0; i < CLERKS; i++) {
                long started = System.nanoTime();
                var outcome = appointments.book(BookingRequest.of(patient(i), practice.provider(),
                        practice.location(), null, practice.type(), overlappingStart(22, i), null));
                results.add(new Result(outcome, System.nanoTime() - started));
            }
            assertThat(results).allSatisfy(r -> assertThat(r.outcome()).isInstanceOf(Conflict.class));
            report("one at a time", results);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void twoHundredClerksBookingOneRoomForDifferentProvidersGetOneBookingAndConflicts() throws Exception {
        var providers = new ArrayList<ProviderId>();
        for (int i = 0; i < CLERKS; i++) {
            providers.add(fixture.provider(practice.type()));
        }

        var results = race("room", i -> BookingRequest.of(patient(i), providers.get(i), practice.location(),
                practice.room(), practice.type(), overlappingStart(21, i), null));

        assertOneBookedAndTheRestConflict(results, Clash.Kind.ROOM);
        assertThat(overlappingActivePairs("room_id")).isZero();
    }

    /** Every start lies within the first 25 minutes of a 30-minute slot, so any two requests overlap. */
    private Instant overlappingStart(int days, int clerk) {
        return fixture.at(days, 9, 0).plus(Duration.ofMinutes(clerk % 25));
    }

    private PatientId patient(int clerk) {
        return patientPool.get(clerk % patientPool.size());
    }

    record Result(Booking outcome, long nanos) {}

    private List<Result> race(String what, IntFunction<BookingRequest> requests) throws Exception {
        return race(what, requests, i -> appointments);
    }

    /** @param servers the server each clerk books through */
    private List<Result> race(String what, IntFunction<BookingRequest> requests, IntFunction<Appointments> servers)
            throws Exception {
        var results = new CopyOnWriteArrayList<Result>();
        var failures = new CopyOnWriteArrayList<Throwable>();
        var ready = new CountDownLatch(CLERKS);
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(CLERKS);
        try {
            for (int i = 0; i < CLERKS; i++) {
                var request = requests.apply(i);
                var server = servers.apply(i);
                pool.execute(() -> {
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("frontdesk", null,
                            AuthorityUtils.createAuthorityList("ROLE_FRONT_DESK", "SCHEDULE_READ",
                                    "SCHEDULE_WRITE")));
                    SecurityContextHolder.setContext(context);
                    try {
                        ready.countDown();
                        go.await();
                        long started = System.nanoTime();
                        var outcome = server.book(request);
                        results.add(new Result(outcome, System.nanoTime() - started));
                    } catch (Throwable e) {
                        failures.add(e);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).as("all clerks finished").isTrue();
        }
        assertThat(failures).as("no exception, no deadlock").isEmpty();
        report(what, results);
        return results;
    }

    private static void assertOneBookedAndTheRestConflict(List<Result> results, Clash.Kind kind) {
        assertThat(results).hasSize(CLERKS);
        var booked = results.stream().filter(r -> r.outcome() instanceof Booked).toList();
        assertThat(booked).hasSize(1);
        var winner = ((Booked) booked.getFirst().outcome()).appointment().id();
        var conflicts = results.stream().map(Result::outcome).filter(Conflict.class::isInstance)
                .map(Conflict.class::cast).toList();
        assertThat(conflicts).hasSize(CLERKS - 1).allSatisfy(conflict -> assertThat(conflict.clashes())
                .extracting(Clash::kind, Clash::appointment).containsExactly(org.assertj.core.groups.Tuple
                        .tuple(kind, winner)));
    }

    private static List<Long> conflictNanos(List<Result> results) {
        var nanos = new ArrayList<>(results.stream().filter(r -> r.outcome() instanceof Conflict)
                .map(Result::nanos).toList());
        Collections.sort(nanos);
        return nanos;
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.clamp(index, 0, sorted.size() - 1));
    }

    private static void report(String what, List<Result> results) {
        var nanos = conflictNanos(results);
        if (nanos.isEmpty()) {
            return;
        }
        System.out.printf("[contention] %s: %d bookings, conflict latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms%n", what, results.size(), percentile(nanos, 50) / 1e6,
                percentile(nanos, 95) / 1e6, percentile(nanos, 99) / 1e6, nanos.getLast() / 1e6);
    }

    /** Pairs of active, not overbooked appointments anywhere that share a provider (or room) and overlap. */
    private long overlappingActivePairs(String column) {
        return jdbc.sql("SELECT count(*) FROM appointment a JOIN appointment b ON a.id < b.id"
                        + " AND a." + column + " = b." + column + " AND a.during && b.during"
                        + " WHERE a.status IN " + AppointmentRepository.ACTIVE + " AND b.status IN "
                        + AppointmentRepository.ACTIVE + " AND NOT a.overbooked AND NOT b.overbooked")
                .query(Long.class).single();
    }
}
