package org.frontdesk.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the practice set-up: providers, locations, rooms and appointment types. */
@Repository
class PracticeRows {

    private static final String PROVIDER = "SELECT id, name, credentials, specialty, npi, colour, active,"
            + " default_appointment_type_id, default_location_id FROM provider";
    private static final String LOCATION = "SELECT id, name, address_line1, address_line2, city, state, postal_code,"
            + " time_zone FROM location";
    private static final String TYPE = "SELECT id, name, default_minutes, colour, telemedicine FROM appointment_type";

    private final JdbcClient jdbc;

    PracticeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Provider> provider(ProviderId id) {
        return jdbc.sql(PROVIDER + " WHERE id = :id").param("id", id.value()).query(PracticeRows::provider).optional();
    }

    /** Every provider, active or not, by name. */
    List<Provider> providers() {
        return jdbc.sql(PROVIDER + " ORDER BY name, id").query(PracticeRows::provider).list();
    }

    Optional<Provider> providerByNpi(Npi npi) {
        return jdbc.sql(PROVIDER + " WHERE npi = :npi").param("npi", npi.value()).query(PracticeRows::provider)
                .optional();
    }

    Optional<Location> location(LocationId id) {
        return jdbc.sql(LOCATION + " WHERE id = :id").param("id", id.value()).query(PracticeRows::location).optional();
    }

    List<Location> locations() {
        return jdbc.sql(LOCATION + " ORDER BY name, id").query(PracticeRows::location).list();
    }

    Optional<Room> room(RoomId id) {
        return jdbc.sql("SELECT id, location_id, name FROM room WHERE id = :id").param("id", id.value())
                .query(PracticeRows::room).optional();
    }

    List<Room> rooms() {
        return jdbc.sql("SELECT r.id, r.location_id, r.name FROM room r JOIN location l ON l.id = r.location_id"
                        + " ORDER BY l.name, r.name, r.id")
                .query(PracticeRows::room).list();
    }

    List<AppointmentType> types() {
        return jdbc.sql(TYPE + " ORDER BY name, id").query(PracticeRows::type).list();
    }

    private static Provider provider(ResultSet rs, int row) throws SQLException {
        var type = rs.getObject("default_appointment_type_id", UUID.class);
        var location = rs.getObject("default_location_id", UUID.class);
        return new Provider(new ProviderId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("credentials"), rs.getString("specialty"), new Npi(rs.getString("npi")),
                rs.getString("colour"), rs.getBoolean("active"), type == null ? null : new AppointmentTypeId(type),
                location == null ? null : new LocationId(location));
    }

    private static Location location(ResultSet rs, int row) throws SQLException {
        return new Location(new LocationId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("city"),
                rs.getString("state"), rs.getString("postal_code"), ZoneId.of(rs.getString("time_zone")));
    }

    private static Room room(ResultSet rs, int row) throws SQLException {
        return new Room(new RoomId(rs.getObject(1, UUID.class)), new LocationId(rs.getObject(2, UUID.class)),
                rs.getString(3));
    }

    private static AppointmentType type(ResultSet rs, int row) throws SQLException {
        return new AppointmentType(new AppointmentTypeId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getInt("default_minutes"), rs.getString("colour"), rs.getBoolean("telemedicine"));
    }
}
