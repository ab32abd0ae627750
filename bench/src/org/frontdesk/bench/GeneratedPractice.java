package org.frontdesk.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.frontdesk.scheduling.Npi;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheduling benchmark's practice, written straight into the tables (a benchmark's set-up, not an office's):
 * 50 providers at two locations (20 at North, 30 at South), each with a room of their own, working Monday to
 * Friday 07:30–12:00 and 12:30–17:00 (18 half-hour slots), booked to 80% for the next 90 days by one
 * {@code INSERT … SELECT} that keeps to the exclusion constraints; and an annex of 200 providers sharing one room,
 * working every day 07:00–19:00 with no bookings, for the contention races. The set-up is made once per database;
 * the appointments are made again on every run, relative to today, so the calendar is always the next 90 days.
 */
record GeneratedPractice(UUID north, UUID south, UUID annex, UUID type, UUID raceType, List<UUID> northProviders,
        List<UUID> southProviders, List<UUID> annexProviders, UUID annexRoom, LocalDate firstDay, int days,
        long appointments) {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final int NORTH = 20;
    static final int SOUTH = 30;
    static final int RACERS = 200;
    static final int DAYS = 90;
    static final int FULL_PERCENT = 80;
    static final String GENERATOR = "bench-generator";

    List<UUID> providers() {
        var all = new ArrayList<>(northProviders);
        all.addAll(southProviders);
        return all;
    }

    static GeneratedPractice make(JdbcClient jdbc, LocalDate today) {
        var north = location(jdbc, "Bench North");
        var south = location(jdbc, "Bench South");
        var annex = location(jdbc, "Bench Annex");
        var type = type(jdbc, "Bench office visit");
        var raceType = type(jdbc, "Bench race visit");
        var northProviders = providers(jdbc, "Bench North provider", NORTH, north, type, today, 1);
        var southProviders = providers(jdbc, "Bench South provider", SOUTH, south, type, today, 101);
        var annexProviders = providers(jdbc, "Bench Annex provider", RACERS, annex, raceType, today, 1001);
        var annexRoom = room(jdbc, annex, "Race room");
        var firstDay = today.plusDays(1);
        long appointments = fill(jdbc, firstDay);
        return new GeneratedPractice(north, south, annex, type, raceType, northProviders, southProviders,
                annexProviders, annexRoom, firstDay, DAYS, appointments);
    }

    /**
     * Deletes the bench locations' appointments and books 80% of the 50 providers' slots for the 90 days from
     * {@code firstDay}: a slot is booked when a hash of (provider, day, slot) falls below 80 of 100, so the free 20%
     * is scattered the way cancellations and gaps scatter it. Patients are drawn from the first 100,000 on file.
     *
     * @return how many appointments were made
     */
    private static long fill(JdbcClient jdbc, LocalDate firstDay) {
        jdbc.sql("""
                DELETE FROM appointment_status_change WHERE appointment_id IN (SELECT a.id FROM appointment a
                    JOIN location l ON l.id = a.location_id WHERE l.name LIKE 'Bench %')""").update();
        jdbc.sql("DELETE FROM appointment WHERE location_id IN (SELECT id FROM location WHERE name LIKE 'Bench %')")
                .update();
        jdbc.sql("""
                WITH patients AS (
                    SELECT id, row_number() OVER () - 1 AS n FROM (SELECT id FROM patient LIMIT 100000) p),
                drawn AS (SELECT count(*) AS size FROM patients),
                slots AS (
                    SELECT p.id AS provider, r.location_id AS location, r.id AS room, d::date AS day, s AS slot
                    FROM provider p
                    JOIN room r ON r.name = p.name
                    CROSS JOIN generate_series(CAST(:first AS date), CAST(:first AS date) + :days - 1,
                        interval '1 day') d
                    CROSS JOIN generate_series(0, 17) s
                    WHERE p.name LIKE 'Bench North provider%' OR p.name LIKE 'Bench South provider%'),
                chosen AS (
                    SELECT slots.*, hashtext(provider::text || day || slot) & 2147483647 AS hash,
                        ((day + CASE WHEN slot < 9 THEN time '07:30' + slot * interval '30 minutes'
                                     ELSE time '12:30' + (slot - 9) * interval '30 minutes' END)
                            AT TIME ZONE :zone) AS starts
                    FROM slots
                    WHERE extract(isodow FROM day) < 6
                      AND (hashtext(provider::text || day || slot) & 2147483647) % 100 < :full),
                booked AS (
                    INSERT INTO appointment (id, patient_id, provider_id, location_id, room_id, appointment_type_id,
                        during, status, status_changed_at, reason, created_by, updated_by)
                    SELECT gen_random_uuid(), patients.id, provider,
                        location, room, (SELECT id FROM appointment_type WHERE name = 'Bench office visit'),
                        tstzrange(starts, starts + interval '30 minutes', '[)'), 'BOOKED', now(), 'Benchmark visit',
                        :generator, :generator
                    FROM chosen CROSS JOIN drawn JOIN patients ON patients.n = chosen.hash % drawn.size
                    RETURNING id)
                INSERT INTO appointment_status_change (appointment_id, status, changed_at, changed_by)
                SELECT id, 'BOOKED', now(), :generator FROM booked""")
                .param("first", firstDay).param("days", DAYS).param("zone", ZONE.getId())
                .param("full", FULL_PERCENT).param("generator", GENERATOR)
                .update();
        jdbc.sql("ANALYZE appointment").update();
        jdbc.sql("ANALYZE appointment_status_change").update();
        return jdbc.sql("SELECT count(*) FROM appointment WHERE created_by = :generator")
                .param("generator", GENERATOR).query(Long.class).single();
    }

    private static UUID location(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT id FROM location WHERE name = :name").param("name", name).query(UUID.class).optional()
                .orElseGet(() -> {
                    var id = UUID.randomUUID();
                    jdbc.sql("INSERT INTO location (id, name, city, state, time_zone)"
                                    + " VALUES (:id, :name, 'Springfield', 'NY', :zone)")
                            .param("id", id).param("name", name).param("zone", ZONE.getId()).update();
                    return id;
                });
    }

    private static UUID type(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT id FROM appointment_type WHERE name = :name").param("name", name).query(UUID.class)
                .optional().orElseGet(() -> {
                    var id = UUID.randomUUID();
                    jdbc.sql("INSERT INTO appointment_type (id, name, default_minutes, colour)"
                                    + " VALUES (:id, :name, 30, '#3366cc')")
                            .param("id", id).param("name", name).update();
                    return id;
                });
    }

    private static UUID room(JdbcClient jdbc, UUID location, String name) {
        return jdbc.sql("SELECT id FROM room WHERE location_id = :location AND name = :name")
                .param("location", location).param("name", name).query(UUID.class).optional()
                .orElseGet(() -> {
                    var id = UUID.randomUUID();
                    jdbc.sql("INSERT INTO room (id, location_id, name) VALUES (:id, :location, :name)")
                            .param("id", id).param("location", location).param("name", name).update();
                    return id;
                });
    }

    /**
     * The named providers, made when missing: each offers the type, has a room named after them at the location
     * (the annex's share one room instead), and works there from a week before today with no end date.
     */
    private static List<UUID> providers(JdbcClient jdbc, String prefix, int count, UUID location, UUID type,
            LocalDate today, int npiBase) {
        var ids = new ArrayList<UUID>();
        boolean annex = prefix.contains("Annex");
        for (int i = 1; i <= count; i++) {
            var name = "%s %03d".formatted(prefix, i);
            var existing = jdbc.sql("SELECT id FROM provider WHERE name = :name").param("name", name)
                    .query(UUID.class).optional();
            if (existing.isPresent()) {
                ids.add(existing.get());
                continue;
            }
            var id = UUID.randomUUID();
            jdbc.sql("INSERT INTO provider (id, name, credentials, npi, colour, created_by)"
                            + " VALUES (:id, :name, 'MD', :npi, '#336699', :generator)")
                    .param("id", id).param("name", name).param("npi", npi(npiBase + i))
                    .param("generator", GENERATOR).update();
            jdbc.sql("INSERT INTO provider_appointment_type (provider_id, appointment_type_id) VALUES (:p, :t)")
                    .param("p", id).param("t", type).update();
            if (!annex) {
                room(jdbc, location, name);
            }
            var periods = annex
                    ? List.<String[]>of(new String[] {"07:00", "19:00"})
                    : List.<String[]>of(new String[] {"07:30", "12:00"}, new String[] {"12:30", "17:00"});
            for (int weekday = 1; weekday <= (annex ? 7 : 5); weekday++) {
                for (var period : periods) {
                    jdbc.sql("""
                            INSERT INTO template_period (id, provider_id, location_id, kind, weekday, starts_at,
                                ends_at, effective_from, created_by)
                            VALUES (:id, :provider, :location, 'WORKING', :weekday, CAST(:starts AS time),
                                CAST(:ends AS time), :from, :generator)""")
                            .param("id", UUID.randomUUID()).param("provider", id).param("location", location)
                            .param("weekday", weekday).param("starts", period[0]).param("ends", period[1])
                            .param("from", today.minusDays(7)).param("generator", GENERATOR).update();
                }
            }
            ids.add(id);
        }
        return ids;
    }

    /** A valid NPI (Luhn over the 80840 prefix) numbered from 1,900,000,000 up, out of the demo practice's way. */
    static String npi(int n) {
        var firstNine = "19" + "%07d".formatted(n);
        for (int check = 0; check <= 9; check++) {
            if (Npi.isValid(firstNine + check)) {
                return firstNine + check;
            }
        }
        throw new IllegalStateException("no check digit");
    }
}
