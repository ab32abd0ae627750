package org.frontdesk.scheduling;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Providers, locations, rooms and appointment types as the set-up pages read and change them: with their active
 * flags, offerings and staff links. Every change records who made it ({@code created_by}, {@code updated_by}).
 */
@Repository
class SetupRows {

    private static final String PROVIDER = """
            SELECT p.id, p.name, p.credentials, p.specialty, p.npi, p.colour, p.active,
                p.default_appointment_type_id, p.default_location_id, p.staff_username,
                ARRAY(SELECT o.appointment_type_id FROM provider_appointment_type o WHERE o.provider_id = p.id) AS offers
            FROM provider p""";
    private static final String TYPE = """
            SELECT t.id, t.name, t.default_minutes, t.colour, t.telemedicine, t.video_link, t.active,
                ARRAY(SELECT o.provider_id FROM provider_appointment_type o WHERE o.appointment_type_id = t.id)
                    AS offered_by
            FROM appointment_type t""";

    private final JdbcClient jdbc;

    SetupRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProviderOnFile> providers() {
        return jdbc.sql(PROVIDER + " ORDER BY p.name, p.id").query(SetupRows::provider).list();
    }

    Optional<ProviderOnFile> provider(ProviderId id) {
        return jdbc.sql(PROVIDER + " WHERE p.id = :id").param("id", id.value()).query(SetupRows::provider).optional();
    }

    Optional<ProviderId> providerFor(String username) {
        return jdbc.sql("SELECT id FROM provider WHERE lower(staff_username) = lower(:username)")
                .param("username", username).query(UUID.class).optional().map(ProviderId::new);
    }

    void insert(ProviderId id, ProviderDetails p, String user) {
        jdbc.sql("""
                INSERT INTO provider (id, name, credentials, specialty, npi, colour, active, default_location_id,
                    staff_username, created_by)
                VALUES (:id, :name, :credentials, :specialty, :npi, :colour, :active, :location, :staff, :user)""")
                .param("id", id.value()).params(providerParams(p)).param("user", user).update();
        offer(id, p.offers());
        setDefaultType(id, p.defaultType());
    }

    void update(ProviderId id, ProviderDetails p, String user) {
        // the default type goes first: the database insists that it is an offered one at every step
        setDefaultType(id, null);
        jdbc.sql("""
                UPDATE provider SET name = :name, credentials = :credentials, specialty = :specialty, npi = :npi,
                    colour = :colour, active = :active, default_location_id = :location, staff_username = :staff,
                    updated_at = now(), updated_by = :user
                WHERE id = :id""")
                .param("id", id.value()).params(providerParams(p)).param("user", user).update();
        jdbc.sql("DELETE FROM provider_appointment_type WHERE provider_id = :id"
                        + " AND NOT (appointment_type_id = ANY (:offers))")
                .param("id", id.value()).param("offers", uuids(p.offers(), AppointmentTypeId::value)).update();
        offer(id, p.offers());
        setDefaultType(id, p.defaultType());
    }

    /** Booked or confirmed appointments from now on: what deactivating a provider, location or room would strand. */
    int appointmentsAhead(String column, UUID id) {
        if (!List.of("provider_id", "location_id", "room_id", "appointment_type_id").contains(column)) {
            throw new IllegalArgumentException("not an appointment column");
        }
        return jdbc.sql("SELECT count(*) FROM appointment WHERE " + column + " = :id AND upper(during) > now()"
                        + " AND status IN ('BOOKED', 'CONFIRMED')")
                .param("id", id).query(Integer.class).single();
    }

    /** Template periods at the location that apply today or later. */
    int templatePeriodsAhead(LocationId location) {
        return jdbc.sql("SELECT count(*) FROM template_period t JOIN location l ON l.id = t.location_id"
                        + " WHERE t.location_id = :id AND (t.effective_until IS NULL"
                        + " OR t.effective_until >= (now() AT TIME ZONE l.time_zone)::date)")
                .param("id", location.value()).query(Integer.class).single();
    }

    List<LocationOnFile> locations() {
        var rooms = new LinkedHashMap<LocationId, List<RoomOnFile>>();
        jdbc.sql("SELECT id, location_id, name, active FROM room ORDER BY name, id")
                .query((rs, n) -> new RoomOnFile(new RoomId(rs.getObject(1, UUID.class)),
                        new LocationId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getBoolean(4)))
                .list().forEach(r -> rooms.computeIfAbsent(r.location(), k -> new ArrayList<>()).add(r));
        return jdbc.sql("SELECT id, name, address_line1, address_line2, city, state, postal_code, time_zone, active"
                        + " FROM location ORDER BY name, id")
                .query((rs, n) -> {
                    var id = new LocationId(rs.getObject("id", UUID.class));
                    return new LocationOnFile(id, new LocationDetails(rs.getString("name"),
                            rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("city"),
                            rs.getString("state"), rs.getString("postal_code"), ZoneId.of(rs.getString("time_zone")),
                            rs.getBoolean("active")), rooms.getOrDefault(id, List.of()));
                })
                .list();
    }

    void insert(LocationId id, LocationDetails l, String user) {
        jdbc.sql("""
                INSERT INTO location (id, name, address_line1, address_line2, city, state, postal_code, time_zone,
                    active, created_by)
                VALUES (:id, :name, :line1, :line2, :city, :state, :zip, :zone, :active, :user)""")
                .param("id", id.value()).params(locationParams(l)).param("user", user).update();
    }

    boolean update(LocationId id, LocationDetails l, String user) {
        return jdbc.sql("""
                UPDATE location SET name = :name, address_line1 = :line1, address_line2 = :line2, city = :city,
                    state = :state, postal_code = :zip, time_zone = :zone, active = :active, updated_at = now(),
                    updated_by = :user
                WHERE id = :id""")
                .param("id", id.value()).params(locationParams(l)).param("user", user).update() == 1;
    }

    Optional<ZoneId> zoneOf(LocationId id) {
        return jdbc.sql("SELECT time_zone FROM location WHERE id = :id").param("id", id.value()).query(String.class)
                .optional().map(ZoneId::of);
    }

    void insert(RoomId id, LocationId location, String name, String user) {
        jdbc.sql("INSERT INTO room (id, location_id, name, created_by) VALUES (:id, :location, :name, :user)")
                .param("id", id.value()).param("location", location.value()).param("name", name).param("user", user)
                .update();
    }

    boolean update(RoomId id, String name, boolean active, String user) {
        return jdbc.sql("UPDATE room SET name = :name, active = :active, updated_at = now(), updated_by = :user"
                        + " WHERE id = :id")
                .param("id", id.value()).param("name", name).param("active", active).param("user", user)
                .update() == 1;
    }

    List<AppointmentTypeOnFile> types() {
        return jdbc.sql(TYPE + " ORDER BY t.name, t.id").query(SetupRows::type).list();
    }

    Optional<AppointmentTypeOnFile> type(AppointmentTypeId id) {
        return jdbc.sql(TYPE + " WHERE t.id = :id").param("id", id.value()).query(SetupRows::type).optional();
    }

    void insert(AppointmentTypeId id, AppointmentTypeDetails t, String user) {
        jdbc.sql("""
                INSERT INTO appointment_type (id, name, default_minutes, colour, telemedicine, video_link, active,
                    created_by)
                VALUES (:id, :name, :minutes, :colour, :telemedicine, :link, :active, :user)""")
                .param("id", id.value()).params(typeParams(t)).param("user", user).update();
        offeredBy(id, t.offeredBy());
    }

    void update(AppointmentTypeId id, AppointmentTypeDetails t, String user) {
        jdbc.sql("""
                UPDATE appointment_type SET name = :name, default_minutes = :minutes, colour = :colour,
                    telemedicine = :telemedicine, video_link = :link, active = :active, updated_at = now(),
                    updated_by = :user
                WHERE id = :id""")
                .param("id", id.value()).params(typeParams(t)).param("user", user).update();
        jdbc.sql("DELETE FROM provider_appointment_type WHERE appointment_type_id = :id"
                        + " AND NOT (provider_id = ANY (:providers))")
                .param("id", id.value()).param("providers", uuids(t.offeredBy(), ProviderId::value)).update();
        offeredBy(id, t.offeredBy());
    }

    /** The providers among these whose default type is this one. */
    List<ProviderId> defaultFor(AppointmentTypeId type) {
        return jdbc.sql("SELECT id FROM provider WHERE default_appointment_type_id = :type ORDER BY name")
                .param("type", type.value()).query(UUID.class).list().stream().map(ProviderId::new).toList();
    }

    private void offer(ProviderId provider, Set<AppointmentTypeId> types) {
        for (var type : types) {
            jdbc.sql("INSERT INTO provider_appointment_type (provider_id, appointment_type_id) VALUES (:p, :t)"
                            + " ON CONFLICT DO NOTHING")
                    .param("p", provider.value()).param("t", type.value()).update();
        }
    }

    private void offeredBy(AppointmentTypeId type, Set<ProviderId> providers) {
        for (var provider : providers) {
            jdbc.sql("INSERT INTO provider_appointment_type (provider_id, appointment_type_id) VALUES (:p, :t)"
                            + " ON CONFLICT DO NOTHING")
                    .param("p", provider.value()).param("t", type.value()).update();
        }
    }

    private void setDefaultType(ProviderId provider, @Nullable AppointmentTypeId type) {
        jdbc.sql("UPDATE provider SET default_appointment_type_id = :type WHERE id = :id")
                .param("type", type == null ? null : type.value()).param("id", provider.value()).update();
    }

    private static java.util.Map<String, Object> providerParams(ProviderDetails p) {
        var params = new java.util.HashMap<String, Object>();
        params.put("name", p.name());
        params.put("credentials", p.credentials());
        params.put("specialty", p.specialty());
        params.put("npi", p.npi().value());
        params.put("colour", p.colour());
        params.put("active", p.active());
        params.put("location", p.defaultLocation() == null ? null : p.defaultLocation().value());
        params.put("staff", p.staffUsername());
        return params;
    }

    private static java.util.Map<String, Object> locationParams(LocationDetails l) {
        var params = new java.util.HashMap<String, Object>();
        params.put("name", l.name());
        params.put("line1", l.addressLine1());
        params.put("line2", l.addressLine2());
        params.put("city", l.city());
        params.put("state", l.state());
        params.put("zip", l.postalCode());
        params.put("zone", l.zone().getId());
        params.put("active", l.active());
        return params;
    }

    private static java.util.Map<String, Object> typeParams(AppointmentTypeDetails t) {
        var params = new java.util.HashMap<String, Object>();
        params.put("name", t.name());
        params.put("minutes", t.defaultMinutes());
        params.put("colour", t.colour());
        params.put("telemedicine", t.telemedicine());
        params.put("link", t.videoLink() == null ? null : t.videoLink().toString());
        params.put("active", t.active());
        return params;
    }

    private static <T> UUID[] uuids(Set<T> ids, Function<T, UUID> value) {
        return ids.stream().map(value).toArray(UUID[]::new);
    }

    private static ProviderOnFile provider(ResultSet rs, int row) throws SQLException {
        var type = rs.getObject("default_appointment_type_id", UUID.class);
        var location = rs.getObject("default_location_id", UUID.class);
        return new ProviderOnFile(new ProviderId(rs.getObject("id", UUID.class)), new ProviderDetails(
                rs.getString("name"), rs.getString("credentials"), rs.getString("specialty"),
                new Npi(rs.getString("npi")), rs.getString("colour"), rs.getBoolean("active"),
                type == null ? null : new AppointmentTypeId(type), location == null ? null : new LocationId(location),
                ids(rs.getArray("offers"), AppointmentTypeId::new), rs.getString("staff_username")));
    }

    private static AppointmentTypeOnFile type(ResultSet rs, int row) throws SQLException {
        var link = rs.getString("video_link");
        return new AppointmentTypeOnFile(new AppointmentTypeId(rs.getObject("id", UUID.class)),
                new AppointmentTypeDetails(rs.getString("name"), rs.getInt("default_minutes"), rs.getString("colour"),
                        rs.getBoolean("telemedicine"), link == null ? null : VideoLink.of(link),
                        ids(rs.getArray("offered_by"), ProviderId::new), rs.getBoolean("active")));
    }

    private static <T> Set<T> ids(@Nullable Array array, Function<UUID, T> id) throws SQLException {
        var found = new HashSet<T>();
        if (array != null) {
            for (var value : (Object[]) array.getArray()) {
                found.add(id.apply((UUID) value));
            }
        }
        return found;
    }
}
