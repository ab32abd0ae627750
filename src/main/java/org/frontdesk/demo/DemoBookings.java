package org.frontdesk.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontdesk.demo.DemoCalendars.Layout;
import org.frontdesk.demo.DemoCalendars.Seat;
import org.frontdesk.scheduling.AppointmentType;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.Availability;
import org.frontdesk.scheduling.PracticeDirectory;
import org.frontdesk.scheduling.TimeRange;
import org.frontdesk.scheduling.WorkingDay;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books the demo providers' working time about {@value #FILL_PERCENT}% full for the coming days, so that the
 * calendar, the flow board and the slot search look like a busy office. Each working stretch is walked from its
 * start: a visit of a type that fits there (a block's own type inside a block), booked with a fixed chance, or left
 * free for as long. Today's visits are spread over every flow-board state ({@link DemoVisits}).
 *
 * <p>Thousands of rows go in as INSERT ... SELECT FROM unnest statements of 2,000 rows rather than one booking call
 * each: seconds instead of minutes, and the exclusion constraints still check every row (a bug here fails the
 * start-up instead of double-booking). The bookings publish no events and write no audit entries: nobody booked
 * them, they are invented.
 */
@Component
class DemoBookings {

    static final int FILL_PERCENT = 70;
    /** A little above the target: the minutes left over at the end of a stretch are always free. */
    private static final double BOOK_CHANCE = 0.76;
    private static final List<String> REASONS = List.of("Blood pressure check", "Medication review", "Cough",
            "Knee pain", "Annual check-up", "Lab results", "Back pain", "Rash", "Diabetes follow-up", "Headaches",
            "Sore throat", "Vaccination", "Well-child visit", "Sleep problems", "Dizziness");

    private final Availability availability;
    private final PracticeDirectory directory;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoBookings(Availability availability, PracticeDirectory directory, JdbcClient jdbc, Clock clock) {
        this.availability = availability;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return how many appointments were stored */
    @Transactional
    int fill(Layout layout, int days, long seed) {
        var patients = jdbc.sql("SELECT id FROM patient ORDER BY mrn LIMIT 5000").query(UUID.class).list();
        if (patients.isEmpty() || days <= 0) {
            return 0;
        }
        var random = new Random(seed);
        var types = directory.types().stream().collect(Collectors.toMap(AppointmentType::id, Function.identity()));
        var seats = layout.seats().stream().collect(Collectors.toMap(Seat::provider, Function.identity()));
        var today = LocalDate.now(clock);
        var visits = new ArrayList<DemoVisit>();
        availability.workingDays(seats.keySet(), null, today, today.plusDays(days - 1L)).forEach(day -> {
            var seat = seats.get(day.provider());
            for (var stretch : day.hours()) {
                var cursor = stretch.start();
                while (cursor.isBefore(stretch.end())) {
                    var type = pick(day, seat, types, cursor, random);
                    if (type == null) {
                        cursor = cursor.plus(Duration.ofMinutes(10));
                        continue;
                    }
                    var time = new TimeRange(cursor, cursor.plus(Duration.ofMinutes(type.defaultMinutes())));
                    if (random.nextDouble() < BOOK_CHANCE) {
                        var room = type.id().equals(layout.telemedicine()) ? null : seat.rooms().get(day.location());
                        visits.add(new DemoVisit(UUID.randomUUID(), patients.get(random.nextInt(patients.size())),
                                day.provider().value(), day.location().value(), room == null ? null : room.value(),
                                type.id().value(), time, day.zone(), REASONS.get(random.nextInt(REASONS.size()))));
                    }
                    cursor = time.end();
                }
            }
        });
        visits.sort(Comparator.comparing(v -> v.time().start()));
        var now = clock.instant();
        var stored = new DemoVisits(now, random).statuses(visits, today);
        store(stored, now);
        return stored.size();
    }

    /**
     * A type the provider offers that fits wholly in working time it may use from {@code start}: drawn by the
     * office's usual mix, else the shortest that fits; null when none does.
     */
    private static @Nullable AppointmentType pick(WorkingDay day, Seat seat,
            Map<AppointmentTypeId, AppointmentType> types, Instant start, Random random) {
        var offered = seat.types().stream().map(types::get).toList();
        var drawn = offered.get(weighted(offered.size(), random));
        if (fits(day, drawn, start)) {
            return drawn;
        }
        return offered.stream().sorted(Comparator.comparingInt(AppointmentType::defaultMinutes))
                .filter(t -> fits(day, t, start)).findFirst().orElse(null);
    }

    /** Follow-ups are the commonest visit: the second type (the follow-up) twice as often as any other. */
    private static int weighted(int count, Random random) {
        int draw = random.nextInt(count + 1);
        return draw >= count ? 1 % count : draw;
    }

    private static boolean fits(WorkingDay day, AppointmentType type, Instant start) {
        var time = new TimeRange(start, start.plus(Duration.ofMinutes(type.defaultMinutes())));
        return day.hoursFor(type.id()).stream().anyMatch(h -> h.contains(time));
    }

    private void store(List<DemoVisit> visits, Instant now) {
        for (int from = 0; from < visits.size(); from += 2000) {
            var batch = visits.subList(from, Math.min(visits.size(), from + 2000));
            jdbc.sql("""
                    INSERT INTO appointment (id, patient_id, provider_id, location_id, room_id, appointment_type_id,
                        during, status, status_changed_at, reason, cancelled_by, cancellation_reason, created_at,
                        created_by, updated_at, updated_by)
                    SELECT v.id, v.patient, v.provider, v.location, v.room, v.type, tstzrange(v.starts, v.ends, '[)'),
                        v.status, v.changed, v.reason, v.cancelled_by, v.cancellation, :now, 'demo', :now, 'demo'
                    FROM unnest(:ids::uuid[], :patients::uuid[], :providers::uuid[], :locations::uuid[],
                        :rooms::uuid[], :types::uuid[], :starts::timestamptz[], :ends::timestamptz[], :statuses::text[],
                        :changed::timestamptz[], :reasons::text[], :cancelledBy::text[], :cancellations::text[])
                        AS v(id, patient, provider, location, room, type, starts, ends, status, changed, reason,
                        cancelled_by, cancellation)""")
                    .param("now", java.sql.Timestamp.from(now))
                    .param("ids", column(batch, v -> v.id().toString()))
                    .param("patients", column(batch, v -> v.patient().toString()))
                    .param("providers", column(batch, v -> v.provider().toString()))
                    .param("locations", column(batch, v -> v.location().toString()))
                    .param("rooms", column(batch, v -> v.room() == null ? null : v.room().toString()))
                    .param("types", column(batch, v -> v.type().toString()))
                    .param("starts", column(batch, v -> v.time().start().toString()))
                    .param("ends", column(batch, v -> v.time().end().toString()))
                    .param("statuses", column(batch, v -> v.status().name()))
                    .param("changed", column(batch, v -> v.lastChange().toString()))
                    .param("reasons", column(batch, DemoVisit::reason))
                    .param("cancelledBy", column(batch, v -> v.cancelledBy()))
                    .param("cancellations", column(batch, DemoVisit::cancellationReason))
                    .update();
            var changes = batch.stream().flatMap(v -> v.reached().entrySet().stream()
                    .map(e -> new String[] {v.id().toString(), e.getKey().name(), e.getValue().toString()})).toList();
            jdbc.sql("""
                    INSERT INTO appointment_status_change (appointment_id, status, changed_at, changed_by)
                    SELECT c.id, c.status, c.at, 'demo'
                    FROM unnest(:ids::uuid[], :statuses::text[], :at::timestamptz[]) AS c(id, status, at)""")
                    .param("ids", changes.stream().map(c -> c[0]).toArray(String[]::new))
                    .param("statuses", changes.stream().map(c -> c[1]).toArray(String[]::new))
                    .param("at", changes.stream().map(c -> c[2]).toArray(String[]::new))
                    .update();
        }
    }

    private static String[] column(List<DemoVisit> visits, Function<DemoVisit, String> value) {
        return visits.stream().map(value).toArray(String[]::new);
    }
}
