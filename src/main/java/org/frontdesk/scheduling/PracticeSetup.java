package org.frontdesk.scheduling;

import java.sql.ResultSet;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The practice's providers, locations, rooms and appointment types in PostgreSQL, for seeding and test fixtures, and
 * the set-up checks bookings make. Package-private: the public, authorised entry points are
 * {@link PracticeAdministration} (providers, locations, rooms, types) and {@link ScheduleSetup} (templates,
 * exceptions, holidays, video links).
 */
@Repository
class PracticeSetup {

    private final JdbcClient jdbc;
    private final TemplateRows templates;
    /** One snapshot for the counter and the rows it counts. */
    private final TransactionTemplate oneSnapshot;

    PracticeSetup(JdbcClient jdbc, TemplateRows templates, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.oneSnapshot = new TransactionTemplate(transactionManager);
        oneSnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        oneSnapshot.setReadOnly(true);
        oneSnapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The set-up a booking is checked against, with the counter it stood at: read in one snapshot, so that the
     * counter names exactly these rows (ADR 20). A few hundred rows for a practice, a few thousand for a group.
     */
    BookableSetup bookableSetup() {
        return oneSnapshot.execute(status -> {
            long version = jdbc.sql("SELECT version FROM schedule_setup_version").query(Long.class).single();
            var providers = new HashSet<ProviderId>();
            jdbc.sql("SELECT id FROM provider WHERE active").query((ResultSet rs) -> {
                providers.add(new ProviderId(rs.getObject(1, UUID.class)));
            });
            var locations = new HashMap<LocationId, Boolean>();
            jdbc.sql("SELECT id, active FROM location").query((ResultSet rs) -> {
                locations.put(new LocationId(rs.getObject(1, UUID.class)), rs.getBoolean(2));
            });
            var rooms = new HashMap<RoomId, RoomPlace>();
            jdbc.sql("SELECT id, location_id, active FROM room").query((ResultSet rs) -> {
                rooms.put(new RoomId(rs.getObject(1, UUID.class)),
                        new RoomPlace(new LocationId(rs.getObject(2, UUID.class)), rs.getBoolean(3)));
            });
            var types = new HashMap<AppointmentTypeId, TypeLength>();
            jdbc.sql("SELECT id, default_minutes, active FROM appointment_type").query((ResultSet rs) -> {
                types.put(new AppointmentTypeId(rs.getObject(1, UUID.class)),
                        new TypeLength(rs.getInt(2), rs.getBoolean(3)));
            });
            var offers = new HashSet<BookableSetup.Offer>();
            jdbc.sql("SELECT provider_id, appointment_type_id FROM provider_appointment_type").query((ResultSet rs) -> {
                offers.add(new BookableSetup.Offer(new ProviderId(rs.getObject(1, UUID.class)),
                        new AppointmentTypeId(rs.getObject(2, UUID.class))));
            });
            return new BookableSetup(version, providers, locations, rooms, types, offers);
        });
    }

    ProviderId addProvider(String name, @Nullable String credentials, @Nullable String specialty, Npi npi,
            String colour) {
        var id = ProviderId.random();
        jdbc.sql("INSERT INTO provider (id, name, credentials, specialty, npi, colour)"
                        + " VALUES (:id, :name, :credentials, :specialty, :npi, :colour)")
                .param("id", id.value()).param("name", name).param("credentials", credentials)
                .param("specialty", specialty).param("npi", npi.value()).param("colour", colour)
                .update();
        return id;
    }

    LocationId addLocation(String name, @Nullable String addressLine1, @Nullable String city, @Nullable String state,
            @Nullable String postalCode, ZoneId zone) {
        var id = LocationId.random();
        jdbc.sql("INSERT INTO location (id, name, address_line1, city, state, postal_code, time_zone)"
                        + " VALUES (:id, :name, :line1, :city, :state, :postalCode, :zone)")
                .param("id", id.value()).param("name", name).param("line1", addressLine1).param("city", city)
                .param("state", state).param("postalCode", postalCode).param("zone", zone.getId())
                .update();
        return id;
    }

    RoomId addRoom(LocationId location, String name) {
        var id = RoomId.random();
        jdbc.sql("INSERT INTO room (id, location_id, name) VALUES (:id, :location, :name)")
                .param("id", id.value()).param("location", location.value()).param("name", name)
                .update();
        return id;
    }

    AppointmentTypeId addType(String name, int defaultMinutes, String colour, boolean telemedicine) {
        var id = AppointmentTypeId.random();
        jdbc.sql("INSERT INTO appointment_type (id, name, default_minutes, colour, telemedicine)"
                        + " VALUES (:id, :name, :minutes, :colour, :telemedicine)")
                .param("id", id.value()).param("name", name).param("minutes", defaultMinutes)
                .param("colour", colour).param("telemedicine", telemedicine)
                .update();
        return id;
    }

    /**
     * Adds a period to a provider's template without {@link ScheduleSetup}'s checks and event: for seeding a
     * practice and for test fixtures.
     *
     * @return false when it overlaps another working period (or block) of the provider
     */
    boolean addTemplatePeriod(TemplatePeriod period, String user) {
        return templates.add(period, user);
    }

    /** @return false when the type is unknown, or a link was given for a type that is not telemedicine */
    boolean setVideoLink(AppointmentTypeId type, @Nullable VideoLink link) {
        return jdbc.sql("UPDATE appointment_type SET video_link = :link WHERE id = :id"
                        + " AND (telemedicine OR CAST(:link AS text) IS NULL)")
                .param("link", link == null ? null : link.toString()).param("id", type.value())
                .update() == 1;
    }

    Optional<VideoLink> videoLink(AppointmentTypeId type) {
        return jdbc.sql("SELECT video_link FROM appointment_type WHERE id = :id AND video_link IS NOT NULL")
                .param("id", type.value()).query(String.class).optional().map(VideoLink::of);
    }

    void offer(ProviderId provider, AppointmentTypeId type) {
        jdbc.sql("INSERT INTO provider_appointment_type (provider_id, appointment_type_id) VALUES (:p, :t)"
                        + " ON CONFLICT DO NOTHING")
                .param("p", provider.value()).param("t", type.value())
                .update();
    }

    /**
     * Sets (or, with null, clears) the type booked when a request names none.
     *
     * @throws IllegalArgumentException when the provider does not offer the type (the database refuses it too)
     */
    void setDefaultType(ProviderId provider, @Nullable AppointmentTypeId type) {
        if (type != null && !offers(provider, type)) {
            throw new IllegalArgumentException("The default appointment type must be one the provider offers");
        }
        jdbc.sql("UPDATE provider SET default_appointment_type_id = :type WHERE id = :id")
                .param("type", type == null ? null : type.value()).param("id", provider.value())
                .update();
    }

    /** Sets (or, with null, clears) the location booked when a request names none. */
    void setDefaultLocation(ProviderId provider, @Nullable LocationId location) {
        jdbc.sql("UPDATE provider SET default_location_id = :location WHERE id = :id")
                .param("location", location == null ? null : location.value()).param("id", provider.value())
                .update();
    }

    boolean providerIsActive(ProviderId provider) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM provider WHERE id = :id AND active)")
                .param("id", provider.value()).query(Boolean.class).single();
    }

    boolean locationExists(LocationId location) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM location WHERE id = :id)")
                .param("id", location.value()).query(Boolean.class).single();
    }

    /** A room's location, and whether the room takes new bookings. */
    record RoomPlace(LocationId location, boolean active) {}

    /** A type's default duration, and whether the type takes new bookings. */
    record TypeLength(int minutes, boolean active) {}

    /**
     * What a booking request names, as the set-up knows it: null for what is unknown.
     *
     * @param locationActive null for an unknown location
     * @param room null for an unknown room (or none asked for)
     * @param type null for an unknown type
     * @param taken what already holds the provider's or the room's time, when asked for (ADR 14)
     * @param patientOverlaps the patient's active appointments at overlapping times, when taken time was asked for;
     *     null when it was not
     * @param setupVersion the counter that every change to templates, exceptions, holidays, locations and types
     *     moves on (V24): a template read for the same counter is still the template
     */
    record BookingFacts(boolean patientKnown, boolean providerActive, @Nullable Boolean locationActive,
            @Nullable RoomPlace room, @Nullable TypeLength type, boolean offered, List<Clash> taken,
            @Nullable List<AppointmentId> patientOverlaps, long setupVersion) {

        BookingFacts {
            taken = List.copyOf(taken);
            patientOverlaps = patientOverlaps == null ? null : List.copyOf(patientOverlaps);
        }
    }

    /** {@link #bookingFacts}'s statement, made once: its text is the key of the parsed statements kept. */
    private static final String BOOKING_FACTS = """
            WITH asked AS (
                -- no range unless asked for (the request's may be backwards), nor without an end (unknown type)
                SELECT CASE WHEN :lookForTakenTime AND e.ends IS NOT NULL
                    THEN tstzrange(:start::timestamptz, e.ends, '[)') END AS during
                FROM (SELECT coalesce(CAST(:end AS timestamptz), :start::timestamptz + make_interval(mins =>
                    (SELECT default_minutes FROM appointment_type WHERE id = :type))) AS ends) AS e),
            -- the provider's and the room's exclusion indexes, one each: with an OR, PostgreSQL combined
            -- three other indexes' bitmaps and took ten times as long
            taken AS (
                SELECT a.id, lower(a.during) AS starts_at, upper(a.during) AS ends_at,
                    a.provider_id = :provider AS provider_taken, coalesce(a.room_id = :room, false) AS room_taken
                FROM appointment a
                WHERE a.provider_id = :provider AND a.during && (SELECT during FROM asked)
                    AND a.status IN %1$s AND NOT a.overbooked
                UNION
                SELECT a.id, lower(a.during), upper(a.during), a.provider_id = :provider, true
                FROM appointment a
                WHERE a.room_id = :room AND a.during && (SELECT during FROM asked)
                    AND a.status IN %1$s AND NOT a.overbooked)
            SELECT EXISTS (SELECT 1 FROM patient WHERE id = :patient),
                EXISTS (SELECT 1 FROM provider WHERE id = :provider AND active),
                (SELECT active FROM location WHERE id = :location),
                r.location_id, r.active, t.default_minutes, t.active,
                EXISTS (SELECT 1 FROM provider_appointment_type
                        WHERE provider_id = :provider AND appointment_type_id = :type),
                k.id, k.starts_at, k.ends_at, k.provider_taken, k.room_taken,
                ARRAY(SELECT o.id FROM appointment o
                      WHERE o.patient_id = :patient AND o.during && (SELECT during FROM asked)
                        AND o.status IN %1$s ORDER BY lower(o.during)),
                (SELECT version FROM schedule_setup_version)
            FROM (SELECT 1) AS one
            LEFT JOIN room r ON r.id = :room
            LEFT JOIN appointment_type t ON t.id = :type
            LEFT JOIN taken k ON true
            ORDER BY k.starts_at""".formatted(AppointmentRepository.ACTIVE);

    /**
     * The set-up facts a booking is checked against, and (with {@code lookForTakenTime}) what already holds the
     * time, in one round trip on the exclusion constraints' gist indexes: a booking used to make seven, and under a
     * burst every round trip is paid again by each clerk queueing for a connection (ADR 14). The read waits for
     * nobody's transaction and writes nothing; the insert stays the last word for the races it cannot see. With
     * taken time come the patient's overlapping appointments (the double-booking warning), as they stand before
     * the insert.
     * Taken time is empty when the type is unknown and the request gives no end.
     */
    BookingFacts bookingFacts(BookingRequest request, boolean lookForTakenTime) {
        var room = request.room();
        return jdbc.sql(BOOKING_FACTS)
                .param("patient", request.patient().value()).param("provider", request.provider().value())
                .param("location", request.location().value()).param("room", room == null ? null : room.value())
                .param("type", request.type().value())
                .param("start", request.start().atOffset(ZoneOffset.UTC))
                .param("end", request.end() == null ? null : request.end().atOffset(ZoneOffset.UTC))
                .param("lookForTakenTime", lookForTakenTime)
                .query((ResultSet rs) -> {
                    var taken = new ArrayList<Clash>();
                    BookingFacts facts = null;
                    while (rs.next()) {
                        if (facts == null) {
                            var roomAt = rs.getObject(4, UUID.class);
                            facts = new BookingFacts(rs.getBoolean(1), rs.getBoolean(2), rs.getObject(3, Boolean.class),
                                    roomAt == null ? null : new RoomPlace(new LocationId(roomAt), rs.getBoolean(5)),
                                    rs.getObject(6) == null ? null : new TypeLength(rs.getInt(6), rs.getBoolean(7)),
                                    rs.getBoolean(8), List.of(), Arrays.stream((UUID[]) rs.getArray(14).getArray())
                                            .map(AppointmentId::new).toList(), rs.getLong(15));
                        }
                        if (rs.getObject(9) != null) {
                            taken.addAll(AppointmentRepository.clashes(rs, 9));
                        }
                    }
                    return new BookingFacts(facts.patientKnown(), facts.providerActive(), facts.locationActive(),
                            facts.room(), facts.type(), facts.offered(), taken,
                            lookForTakenTime ? facts.patientOverlaps() : null, facts.setupVersion());
                });
    }

    /** @return whether the location takes new bookings and template periods; empty for an unknown location */
    Optional<Boolean> locationActive(LocationId location) {
        return jdbc.sql("SELECT active FROM location WHERE id = :id")
                .param("id", location.value()).query(Boolean.class).optional();
    }

    Optional<RoomPlace> roomPlace(RoomId room) {
        return jdbc.sql("SELECT location_id, active FROM room WHERE id = :id").param("id", room.value())
                .query((rs, n) -> new RoomPlace(new LocationId(rs.getObject(1, java.util.UUID.class)),
                        rs.getBoolean(2)))
                .optional();
    }

    Optional<TypeLength> typeLength(AppointmentTypeId type) {
        return jdbc.sql("SELECT default_minutes, active FROM appointment_type WHERE id = :id")
                .param("id", type.value()).query((rs, n) -> new TypeLength(rs.getInt(1), rs.getBoolean(2)))
                .optional();
    }

    /** @return the type's default duration in minutes, when the type exists */
    Optional<Integer> defaultMinutes(AppointmentTypeId type) {
        return jdbc.sql("SELECT default_minutes FROM appointment_type WHERE id = :id")
                .param("id", type.value()).query(Integer.class).optional();
    }

    boolean offers(ProviderId provider, AppointmentTypeId type) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM provider_appointment_type"
                        + " WHERE provider_id = :p AND appointment_type_id = :t)")
                .param("p", provider.value()).param("t", type.value()).query(Boolean.class).single();
    }
}
