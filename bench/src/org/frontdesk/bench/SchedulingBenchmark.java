package org.frontdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.frontdesk.FrontdeskApplication;
import org.frontdesk.patients.PatientId;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.Booking;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.Calendars;
import org.frontdesk.scheduling.FlowBoard;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.RoomId;
import org.frontdesk.security.Permission;
import org.frontdesk.security.SystemTask;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scheduling on a generated practice ({@link GeneratedPractice}: 50 providers, 90 days, 80% booked) and the
 * patients the registry benchmark generated: each figure is the time of calls into the scheduling services as a
 * request handler makes them, including the PostgreSQL round trips and the audit entries. Prints a Markdown table.
 */
public final class SchedulingBenchmark {

    private static final List<Permission> STAFF = List.of(Permission.SCHEDULE_READ, Permission.SCHEDULE_WRITE,
            Permission.PATIENT_READ);
    private static final int CLERKS = 200;
    private static final int RACES = 3;
    /** Races of each kind before the measured ones, not measured: the JIT compiler is still busy after the 1,000. */
    private static final int WARM_UP_RACES = 10;
    /**
     * Clerks booking at once in the throughput run. Since the embedded server flushes every commit to disk (ADR 3),
     * a clerk spends much of a booking waiting for the flush, and commits flush together only when several wait:
     * with six clerks a full run gave 396/s (about a flush per commit), with twelve 853/s (booking only) and 924/s.
     * Without the flush ({@code -Dbench.flush-commits=false}) six did most: 820-1,229/s over eight full runs (eight
     * clerks: 899-936/s).
     */
    private static final int BOOKING_THREADS = Integer.getInteger("bench.booking-threads", 12);
    private static final int WARM_UP_BOOKINGS = 10_000;
    private static final int MEASURED_BOOKINGS = 6_000;

    /** A free half-hour of one of the 50 providers. */
    record Slot(UUID provider, UUID location, UUID room, Instant start) {}

    record Result(Booking outcome, long nanos) {}

    private final ConfigurableApplicationContext context;
    private final JdbcClient jdbc;
    private final GeneratedPractice practice;
    private final List<UUID> patients;
    private final StringBuilder out = new StringBuilder();
    /** Where pg_stat_statements lives, when {@code -Dbench.statements=true}. */
    private String statementsSchema = "public";
    /** Sentences printed under the table. */
    private final StringBuilder notes = new StringBuilder();

    private SchedulingBenchmark(ConfigurableApplicationContext context, GeneratedPractice practice) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.practice = practice;
        this.patients = jdbc.sql("SELECT id FROM patient LIMIT 20000").query(UUID.class).list();
    }

    public static void main(String[] args) throws Exception {
        // -Dbench.flush-commits=false: PostgreSQL without fsync and with asynchronous commits, as zonky starts it for
        // tests; a comparison only, a practice's server flushes every commit (ADR 3)
        var context = new SpringApplicationBuilder(FrontdeskApplication.class)
                .run("--frontdesk.db.embedded.data-directory=" + args[0], "--server.port=0",
                        "--frontdesk.demo.enabled=false", "--logging.level.root=WARN",
                        "--frontdesk.db.embedded.flush-commits=" + System.getProperty("bench.flush-commits", "true"));
        var jdbc = context.getBean(JdbcClient.class);
        long started = System.nanoTime();
        var practice = GeneratedPractice.make(jdbc, LocalDate.now(GeneratedPractice.ZONE));
        // the generation deleted and rewrote ~46,000 appointments: clean up and write them out now, so that
        // autovacuum and the checkpointer do not take the cores in the middle of a measurement
        settle(jdbc);
        double generation = (System.nanoTime() - started) / 1e9;
        var bench = new SchedulingBenchmark(context, practice);
        int status = 0;
        try {
            bench.run(generation);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.out.println(bench.out);
        context.close();
        System.exit(status);
    }

    private void run(double generationSeconds) throws Exception {
        long patientsOnFile = jdbc.sql("SELECT count(*) FROM patient").query(Long.class).single();
        out.append(("Patients on file: %,d; generated practice: %d providers, %d days from %s, %,d appointments"
                + " (%d%% of their slots; made in %.1f s); %d cores; pool of %s connections; commits flushed to disk:"
                + " %s; %s; load average at start %s%n%n").formatted(patientsOnFile, practice.providers().size(),
                practice.days(), practice.firstDay(), practice.appointments(), GeneratedPractice.FULL_PERCENT,
                generationSeconds, Runtime.getRuntime().availableProcessors(),
                context.getEnvironment().getProperty("frontdesk.db.pool-size", "16"),
                jdbc.sql("SELECT current_setting('fsync') = 'on' AND current_setting('synchronous_commit') = 'on'")
                        .query(Boolean.class).single() ? "yes" : "no",
                System.getProperty("java.vm.version"), loadAverage()));
        out.append("| operation (server-side) | calls | p50 ms | p95 ms | p99 ms | goal |\n")
                .append("|---|---:|---:|---:|---:|---|\n");
        // -Dbench.only=reads,booking,contention runs a part (all three by default), e.g. to profile one of them
        var only = List.of(System.getProperty("bench.only", "reads,booking,contention").split(","));
        if (only.contains("reads")) {
            SystemTask.run(STAFF, () -> {
                dayView();
                flowBoard();
                FreeSlotSearch.measure(context, practice, out);
                return null;
            });
        }
        if (only.contains("booking")) {
            booking();
        }
        if (only.contains("contention")) {
            if (only.contains("booking")) {
                settle(jdbc); // the 16,000 bookings before, as after the generation
            }
            contention();
        }
        out.append(notes).append("\nLoad average at the end: ").append(loadAverage()).append('\n');
    }

    /** Vacuums the tables that bookings write and checkpoints, before a measurement rather than during it. */
    private static void settle(JdbcClient jdbc) {
        for (var table : List.of("appointment", "appointment_status_change", "audit_event", "audit_pending")) {
            jdbc.sql("VACUUM (ANALYZE) " + table).update();
        }
        jdbc.sql("CHECKPOINT").update();
    }

    /** The North location's day, 20 provider columns, for every working day of the 90, three times over. */
    private void dayView() {
        var calendars = context.getBean(Calendars.class);
        var north = new LocationId(practice.north());
        var latencies = new Percentiles();
        int appointments = 0;
        for (int round = 0; round < 4; round++) {
            for (int d = 0; d < practice.days(); d++) {
                var day = practice.firstDay().plusDays(d);
                if (day.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                long start = System.nanoTime();
                var view = calendars.day(north, day, false);
                long elapsed = System.nanoTime() - start;
                if (round > 0) {
                    latencies.add(elapsed);
                    appointments += view.appointments().size();
                }
            }
        }
        out.append(row(latencies, "day view, %d providers (`Calendars.day`, ~%d appointments)".formatted(
                GeneratedPractice.NORTH, appointments / latencies.count()), "p95 < 100 ms", 0.95, 100));
    }

    /** The North location's board on the day whose count is nearest 300. */
    private void flowBoard() {
        var board = context.getBean(FlowBoard.class);
        var north = new LocationId(practice.north());
        var day = jdbc.sql("""
                SELECT (lower(during) AT TIME ZONE :zone)::date FROM appointment WHERE location_id = :north
                GROUP BY 1 ORDER BY abs(count(*) - 300), 1 LIMIT 1""")
                .param("zone", GeneratedPractice.ZONE.getId()).param("north", practice.north())
                .query(LocalDate.class).single();
        var latencies = new Percentiles();
        int shown = 0;
        for (int i = 0; i < 400; i++) {
            long start = System.nanoTime();
            var result = board.board(north, day, null);
            long elapsed = System.nanoTime() - start;
            if (i >= 100) {
                latencies.add(elapsed);
                shown = result.visits().size();
            }
        }
        out.append(row(latencies, "flow board, %d appointments (`FlowBoard.board`)".formatted(shown),
                "p95 < 50 ms", 0.95, 50));
    }

    /**
     * Bookings into the free 20% through {@link Appointments#book}, with every check it makes (set-up, template,
     * taken time, the exclusion constraints), from {@value #BOOKING_THREADS} threads, each on its own providers.
     */
    private void booking() throws InterruptedException {
        var appointments = context.getBean(Appointments.class);
        // Warm-up on the empty weeks after the generated 90 days (the next run deletes them with the rest): the JIT
        // compiler was still busy after 4,000 bookings, and a practice's server runs for months, not seconds.
        var warmUp = byThread(freeSlots(practice.days(), practice.days() + 28));
        bookAll(appointments, warmUp, 0, WARM_UP_BOOKINGS / BOOKING_THREADS, new Percentiles());
        var lists = byThread(freeSlots(0, practice.days()));
        int perThread = MEASURED_BOOKINGS / BOOKING_THREADS;
        boolean statements = Boolean.getBoolean("bench.statements");
        if (statements) {
            jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
            statementsSchema = jdbc.sql("SELECT extnamespace::regnamespace::text FROM pg_extension"
                    + " WHERE extname = 'pg_stat_statements'").query(String.class).single();
            jdbc.sql("SELECT " + statementsSchema + ".pg_stat_statements_reset()").query().singleRow();
        }
        var latencies = new Percentiles();
        var wal = walSoFar();
        var cpu = CpuSpent.from();
        long start = System.nanoTime();
        int booked = bookAll(appointments, lists, 0, perThread, latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        cpu = cpu.until();
        var walAfter = walSoFar();
        out.append(row(latencies, "booking a free slot (`Appointments.book`, %d threads)".formatted(BOOKING_THREADS),
                "—", 0.95, Double.MAX_VALUE));
        notes.append("\nBooking throughput: **%,.0f bookings/s** (%,d bookings by %d threads in %.1f s, every one"
                .formatted(booked / seconds, booked, BOOKING_THREADS, seconds)
                + " checked against the set-up, the template and the time taken; goal ≥ 1,000/s: %s)\n"
                        .formatted(booked / seconds >= 1_000 ? "met" : "**missed**"));
        notes.append("The machine's cores were %.0f%% busy during the measured bookings.%n".formatted(cpu.busyPercent()))
                .append("CPU per booking: ").append(cpu.perCall(booked)).append('\n')
                .append(("WAL per booking: %.1f records, %.2f full-page images, %,.0f bytes; %.2f flushes"
                        + " (pg_stat_wal, the whole server)%n").formatted((walAfter[0] - wal[0]) / (double) booked,
                        (walAfter[1] - wal[1]) / (double) booked, (walAfter[2] - wal[2]) / (double) booked,
                        (walAfter[3] - wal[3]) / (double) booked));
        if (statements) {
            statementsPerBooking(booked);
        }
    }

    private int bookAll(Appointments appointments, List<List<Slot>> lists, int from, int count, Percentiles latencies)
            throws InterruptedException {
        var done = new AtomicInteger();
        var failures = new CopyOnWriteArrayList<Throwable>();
        var pool = Executors.newFixedThreadPool(lists.size());
        for (int t = 0; t < lists.size(); t++) {
            var mine = lists.get(t).subList(from, Math.min(from + count, lists.get(t).size()));
            var random = new Random(t);
            pool.submit(() -> SystemTask.run(STAFF, () -> {
                var samples = new long[mine.size()];
                int n = 0;
                for (var slot : mine) {
                    var request = BookingRequest.of(new PatientId(patients.get(random.nextInt(patients.size()))),
                            new ProviderId(slot.provider()), new LocationId(slot.location()), new RoomId(slot.room()),
                            new AppointmentTypeId(practice.type()), slot.start(), null);
                    long started = System.nanoTime();
                    try {
                        if (appointments.book(request) instanceof Booking.Booked) {
                            done.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                    samples[n++] = System.nanoTime() - started;
                }
                synchronized (latencies) {
                    for (int i = 0; i < n; i++) {
                        latencies.add(samples[i]);
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " bookings failed", failures.getFirst());
        }
        return done.get();
    }

    /** The slots dealt to the booking threads, each thread its own providers. */
    private List<List<Slot>> byThread(List<Slot> free) {
        var lists = new ArrayList<List<Slot>>();
        for (int t = 0; t < BOOKING_THREADS; t++) {
            lists.add(new ArrayList<>());
        }
        var providers = practice.providers();
        for (var slot : free) {
            lists.get(providers.indexOf(slot.provider()) % BOOKING_THREADS).add(slot);
        }
        return lists;
    }

    /** The 50 providers' slots that the generator left free between the two days (from the first), in day order. */
    private List<Slot> freeSlots(int fromDay, int toDay) {
        var taken = new HashSet<String>(jdbc.sql("""
                SELECT provider_id || '/' || extract(epoch FROM lower(during))::bigint FROM appointment
                WHERE location_id IN (:north, :south) AND status = 'BOOKED'""")
                .param("north", practice.north()).param("south", practice.south()).query(String.class).list());
        var rooms = jdbc.sql("SELECT p.id, r.id FROM provider p JOIN room r ON r.name = p.name")
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
        var free = new ArrayList<Slot>();
        for (int d = fromDay; d < toDay; d++) {
            var day = practice.firstDay().plusDays(d);
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (int s = 0; s < 18; s++) {
                var local = s < 9 ? LocalTime.of(7, 30).plusMinutes(30L * s) : LocalTime.of(12, 30)
                        .plusMinutes(30L * (s - 9));
                var start = day.atTime(local).atZone(GeneratedPractice.ZONE).toInstant();
                for (var pair : rooms) {
                    var location = practice.northProviders().contains(pair[0]) ? practice.north()
                            : practice.southProviders().contains(pair[0]) ? practice.south() : null;
                    if (location != null && !taken.contains(pair[0] + "/" + start.getEpochSecond())) {
                        free.add(new Slot(pair[0], location, pair[1], start));
                    }
                }
            }
        }
        return free;
    }

    /**
     * {@value #CLERKS} threads book the same provider at overlapping times (no room), then {@value #CLERKS}
     * providers the same room, {@value #RACES} races each, as {@code BookingContentionTest} does: exactly one
     * booking per race, and the conflict latency of the others from the moment all of them start.
     */
    private void contention() throws Exception {
        var appointments = context.getBean(Appointments.class);
        var racers = practice.annexProviders();
        var annex = new LocationId(practice.annex());
        var type = new AppointmentTypeId(practice.raceType());
        // One caller at a time first, on a day of its own: it also compiles the refusal path before the races, as
        // on a server that has been refusing bookings all day (the races alone left the JIT compiler busy in them).
        var alone = new Percentiles();
        var aloneCpu = CpuSpent.from();
        SystemTask.run(STAFF, () -> {
            var day = practice.firstDay().plusDays(practice.days() + 5 + 2 * RACES);
            var room = new RoomId(practice.annexRoom());
            appointments.book(BookingRequest.of(patient(0), new ProviderId(racers.getFirst()), annex, room, type,
                    overlapping(day, 0), null));
            for (int i = 1; i <= 1_000; i++) {
                // the provider's time and the room's, in turn
                var request = i % 2 == 0
                        ? BookingRequest.of(patient(i), new ProviderId(racers.getFirst()), annex, null, type,
                                overlapping(day, i), null)
                        : BookingRequest.of(patient(i), new ProviderId(racers.get(1 + i % (racers.size() - 1))),
                                annex, room, type, overlapping(day, i), null);
                long started = System.nanoTime();
                var outcome = appointments.book(request);
                if (!(outcome instanceof Booking.Conflict)) {
                    throw new IllegalStateException("expected a conflict");
                }
                alone.add(System.nanoTime() - started);
            }
            return null;
        });
        aloneCpu = aloneCpu.until();
        var providerRace = new Percentiles();
        var roomRace = new Percentiles();
        int warmUps = Integer.getInteger("bench.warm-up-races", WARM_UP_RACES);
        var warmUp = new Percentiles();
        for (int race = 0; race < warmUps; race++) {
            var day = practice.firstDay().plusDays(practice.days() + 6 + 2 * RACES + 2 * race);
            race(appointments, warmUp, i -> BookingRequest.of(patient(i), new ProviderId(racers.getFirst()),
                    annex, null, type, overlapping(day, i), null));
            race(appointments, warmUp, i -> BookingRequest.of(patient(i), new ProviderId(racers.get(i)), annex,
                    new RoomId(practice.annexRoom()), type, overlapping(day.plusDays(1), i), null));
        }
        var raceCpu = CpuSpent.from();
        for (int race = 0; race < RACES; race++) {
            var day = practice.firstDay().plusDays(practice.days() + 5 + race);
            race(appointments, providerRace, i -> BookingRequest.of(patient(i), new ProviderId(racers.getFirst()),
                    annex, null, type, overlapping(day, i), null));
            race(appointments, roomRace, i -> BookingRequest.of(patient(i), new ProviderId(racers.get(i)), annex,
                    new RoomId(practice.annexRoom()), type, overlapping(day.plusDays(RACES), i), null));
        }
        raceCpu = raceCpu.until();
        notes.append("\nCPU per conflict, one caller at a time: ").append(aloneCpu.perCall(alone.count()))
                .append("\nCPU per booking or conflict in the races (%d threads): ".formatted(CLERKS))
                .append(raceCpu.perCall(2L * RACES * CLERKS)).append('\n');
        out.append(row(providerRace, "conflict, %d threads on one provider (%d races)".formatted(CLERKS, RACES),
                "p99 < 50 ms", 0.99, 50));
        out.append(row(roomRace, "conflict, %d threads on one room (%d races)".formatted(CLERKS, RACES),
                "p99 < 50 ms", 0.99, 50));
        out.append(row(alone, "conflict, one caller at a time (provider, room in turn)", "—", 0.99,
                Double.MAX_VALUE));
        long overlaps = jdbc.sql("""
                SELECT count(*) FROM appointment a JOIN appointment b ON a.id < b.id
                    AND (a.provider_id = b.provider_id OR a.room_id = b.room_id) AND a.during && b.during
                WHERE a.location_id = :annex AND b.location_id = :annex AND NOT a.overbooked AND NOT b.overbooked
                    AND a.status NOT IN ('CANCELLED', 'NO_SHOW', 'RESCHEDULED')
                    AND b.status NOT IN ('CANCELLED', 'NO_SHOW', 'RESCHEDULED')""")
                .param("annex", practice.annex()).query(Long.class).single();
        notes.append("\nAfter the races: %d overlapping active appointments in the annex (checked by SQL).%n"
                .formatted(overlaps));
    }

    private void race(Appointments appointments, Percentiles conflicts, IntFunction<BookingRequest> requests)
            throws Exception {
        var results = new CopyOnWriteArrayList<Result>();
        var failures = new CopyOnWriteArrayList<Throwable>();
        var ready = new CountDownLatch(CLERKS);
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(CLERKS);
        for (int i = 0; i < CLERKS; i++) {
            var request = requests.apply(i);
            pool.execute(() -> SystemTask.run(STAFF, () -> {
                ready.countDown();
                try {
                    go.await();
                    long started = System.nanoTime();
                    var outcome = appointments.book(request);
                    results.add(new Result(outcome, System.nanoTime() - started));
                } catch (Throwable e) {
                    failures.add(e);
                }
                return null;
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        long booked = results.stream().filter(r -> r.outcome() instanceof Booking.Booked).count();
        if (!failures.isEmpty() || booked != 1 || results.size() != CLERKS) {
            throw new IllegalStateException("race: %d booked, %d results, %d failures".formatted(booked,
                    results.size(), failures.size()), failures.isEmpty() ? null : failures.getFirst());
        }
        results.stream().filter(r -> r.outcome() instanceof Booking.Conflict).forEach(r -> conflicts.add(r.nanos()));
        if (Boolean.getBoolean("bench.race-timeline")) {
            var sorted = results.stream().filter(r -> r.outcome() instanceof Booking.Conflict)
                    .mapToLong(Result::nanos).sorted().toArray();
            long winner = results.stream().filter(r -> r.outcome() instanceof Booking.Booked).findFirst()
                    .orElseThrow().nanos();
            System.err.printf("race: winner %.1f ms; conflicts first %.1f, median %.1f, p95 %.1f, last %.1f ms%n",
                    winner / 1e6, sorted[0] / 1e6, sorted[sorted.length / 2] / 1e6,
                    sorted[sorted.length * 95 / 100] / 1e6, sorted[sorted.length - 1] / 1e6);
        }
    }

    /** Every start lies within the first 25 minutes of a 30-minute slot at 09:00, so any two overlap. */
    private static Instant overlapping(LocalDate day, int clerk) {
        return day.atTime(9, 0).atZone(GeneratedPractice.ZONE).toInstant().plus(Duration.ofMinutes(clerk % 25));
    }

    private PatientId patient(int i) {
        return new PatientId(patients.get(i % patients.size()));
    }

    /** A table row; the goal column says whether the named percentile met the limit. */
    static String row(Percentiles latencies, String name, String goal, double quantile, double limitMillis) {
        var verdict = limitMillis == Double.MAX_VALUE ? goal
                : goal + (latencies.millis(quantile) < limitMillis ? ": met" : ": **missed**");
        return "| %s | %,d | %.2f | %.2f | %.2f | %s |%n".formatted(name, latencies.count(), latencies.millis(0.50),
                latencies.millis(0.95), latencies.millis(0.99), verdict);
    }

    /**
     * With {@code -Dbench.statements=true} on a database that preloads pg_stat_statements
     * ({@code shared_preload_libraries} in its {@code postgresql.auto.conf}): where the measured bookings spent
     * PostgreSQL's time, statement by statement.
     */
    /** WAL records, full-page images, bytes and flushes the server has written since its statistics were reset. */
    private long[] walSoFar() {
        return jdbc.sql("SELECT wal_records, wal_fpi, wal_bytes::bigint, wal_sync FROM pg_stat_wal")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).single();
    }

    private void statementsPerBooking(int booked) {
        notes.append("\nStatements during the measured bookings (pg_stat_statements; ms per booking):\n\n")
                .append("| calls per booking | exec + plan ms per booking | mean exec ms | statement |\n")
                .append("|---:|---:|---:|---|\n");
        jdbc.sql("SELECT calls, total_exec_time + total_plan_time, mean_exec_time,"
                        + " regexp_replace(query, '\\s+', ' ', 'g') FROM " + statementsSchema + ".pg_stat_statements"
                        + " WHERE calls >= :min ORDER BY total_exec_time + total_plan_time DESC LIMIT 15")
                .param("min", booked / 10)
                .query((rs, n) -> "| %.2f | %.3f | %.3f | %s |%n".formatted(rs.getLong(1) / (double) booked,
                        rs.getDouble(2) / booked, rs.getDouble(3), abbreviated(rs.getString(4))))
                .list().forEach(notes::append);
    }

    private static String abbreviated(String query) {
        return (query.length() > 110 ? query.substring(0, 110) + "…" : query).replace("|", "\\|");
    }

    /**
     * CPU spent over a stretch of the run: the machine's busy and idle time (all cores, everyone's processes) and this
     * JVM's share of it. {@link #from()} starts the stretch, {@link #until()} ends it.
     */
    private record CpuSpent(long busyTicks, long idleTicks, long jvmNanos, long postgresJiffies) {

        static CpuSpent from() {
            var ticks = cpuTicks();
            return new CpuSpent(ticks[0], ticks[1], jvmCpuNanos(), postgresTicks());
        }

        CpuSpent until() {
            var ticks = cpuTicks();
            return new CpuSpent(ticks[0] - busyTicks, ticks[1] - idleTicks, jvmCpuNanos() - jvmNanos,
                    postgresTicks() - postgresJiffies);
        }

        /** User and system jiffies of the PostgreSQL processes now running (its backends live as long as the pool). */
        private static long postgresTicks() {
            long ticks = 0;
            try (var processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (var process : processes) {
                    try {
                        var stat = Files.readString(process.resolve("stat"));
                        int name = stat.indexOf('(');
                        int after = stat.lastIndexOf(')');
                        if (stat.substring(name + 1, after).startsWith("postgres")) {
                            var fields = stat.substring(after + 2).split(" ");
                            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        }
                    } catch (java.io.IOException | RuntimeException gone) {
                        // the process ended while we looked
                    }
                }
            } catch (java.io.IOException e) {
                return 0;
            }
            return ticks;
        }

        double busyPercent() {
            long total = busyTicks + idleTicks;
            return total == 0 ? 0.0 : 100.0 * busyTicks / total;
        }

        /** This JVM's and everyone else's (PostgreSQL, the kernel, neighbours) CPU per call. */
        String perCall(long calls) {
            double busyMs = busyTicks * 10.0; // /proc/stat counts in USER_HZ, 100 per second
            double jvmMs = jvmNanos / 1e6;
            double postgresMs = postgresJiffies * 10.0;
            return "%.2f ms in all: %.2f ms in this JVM, %.2f ms in PostgreSQL, %.2f ms elsewhere (the kernel,"
                    .formatted(busyMs / calls, jvmMs / calls, postgresMs / calls, (busyMs - jvmMs - postgresMs) / calls)
                    + " neighbours).";
        }

        private static long jvmCpuNanos() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        }

        /** Busy and idle (idle + iowait) jiffies of all cores together, from /proc/stat; zeros where there is none. */
        private static long[] cpuTicks() {
            try {
                var fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
                long busy = 0;
                for (int i = 1; i <= 8 && i < fields.length; i++) {
                    busy += Long.parseLong(fields[i]);
                }
                return new long[] {busy - idle, idle};
            } catch (java.io.IOException | RuntimeException e) {
                return new long[] {0, 0};
            }
        }
    }

    private static String loadAverage() {
        try {
            var parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
