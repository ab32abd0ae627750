package org.frontdesk.scheduling;

import java.time.ZoneId;
import java.util.Optional;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

    PracticeSetup(JdbcClient jdbc, TemplateRows templates) {
        this.jdbc = jdbc;
        this.templates = templates;
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
     */
    record BookingFacts(boolean patientKnown, boolean providerActive, @Nullable Boolean locationActive,
            @Nullable RoomPlace room, @Nullable TypeLength type, boolean offered) {}

    /**
     * The set-up facts a booking is checked against, in one round trip (a booking used to make six): under a burst
     * of bookings every round trip is paid again by each clerk queueing for a connection (ADR 14).
     */
    BookingFacts bookingFacts(PatientId patient, ProviderId provider, LocationId location, @Nullable RoomId room,
            AppointmentTypeId type) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM patient WHERE id = :patient),
                    EXISTS (SELECT 1 FROM provider WHERE id = :provider AND active),
                    (SELECT active FROM location WHERE id = :location),
                    r.location_id, r.active, t.default_minutes, t.active,
                    EXISTS (SELECT 1 FROM provider_appointment_type
                            WHERE provider_id = :provider AND appointment_type_id = :type)
                FROM (SELECT 1) AS one
                LEFT JOIN room r ON r.id = :room
                LEFT JOIN appointment_type t ON t.id = :type""")
                .param("patient", patient.value()).param("provider", provider.value())
                .param("location", location.value()).param("room", room == null ? null : room.value())
                .param("type", type.value())
                .query((rs, n) -> {
                    var roomAt = rs.getObject(4, java.util.UUID.class);
                    var locationActive = rs.getObject(3, Boolean.class);
                    return new BookingFacts(rs.getBoolean(1), rs.getBoolean(2), locationActive,
                            roomAt == null ? null : new RoomPlace(new LocationId(roomAt), rs.getBoolean(5)),
                            rs.getObject(6) == null ? null : new TypeLength(rs.getInt(6), rs.getBoolean(7)),
                            rs.getBoolean(8));
                })
                .single();
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
