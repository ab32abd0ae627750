package org.frontdesk.scheduling;

import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The practice's set-up as the calendar pages show it: providers, locations, rooms and appointment types, each in
 * the order the office reads them (by name). Holds no patient data. Read through {@link Calendars#setup()}.
 */
public final class CalendarSetup {

    /** @param offers the appointment types the provider offers */
    public record Provider(ProviderId id, String name, @Nullable String credentials, @Nullable String specialty,
            String colour, boolean active, Set<AppointmentTypeId> offers) {

        public Provider {
            offers = Set.copyOf(offers);
        }

        /** "Ana Ruiz, MD": how the calendar labels the provider. */
        public String displayName() {
            return credentials == null || credentials.isBlank() ? name : name + ", " + credentials;
        }
    }

    public record Location(LocationId id, String name, ZoneId zone) {}

    public record Room(RoomId id, LocationId location, String name) {}

    public record AppointmentType(AppointmentTypeId id, String name, int defaultMinutes, String colour,
            boolean telemedicine) {}

    private final Map<ProviderId, Provider> providers;
    private final Map<LocationId, Location> locations;
    private final Map<RoomId, Room> rooms;
    private final Map<AppointmentTypeId, AppointmentType> types;

    public CalendarSetup(Collection<Provider> providers, Collection<Location> locations, Collection<Room> rooms,
            Collection<AppointmentType> types) {
        this.providers = byId(providers, Provider::id);
        this.locations = byId(locations, Location::id);
        this.rooms = byId(rooms, Room::id);
        this.types = byId(types, AppointmentType::id);
    }

    /** Every provider, active or not (an inactive provider's past appointments still need a name). */
    public List<Provider> providers() {
        return List.copyOf(providers.values());
    }

    public List<Provider> activeProviders() {
        return providers.values().stream().filter(Provider::active).toList();
    }

    public List<Location> locations() {
        return List.copyOf(locations.values());
    }

    public List<Room> roomsAt(LocationId location) {
        return rooms.values().stream().filter(r -> r.location().equals(location)).toList();
    }

    public List<AppointmentType> types() {
        return List.copyOf(types.values());
    }

    public List<AppointmentType> typesOfferedBy(ProviderId provider) {
        var offered = provider(provider).map(Provider::offers).orElse(Set.of());
        return types.values().stream().filter(t -> offered.contains(t.id())).toList();
    }

    public Optional<Provider> provider(ProviderId id) {
        return Optional.ofNullable(providers.get(id));
    }

    public Optional<Location> location(LocationId id) {
        return Optional.ofNullable(locations.get(id));
    }

    public Optional<Room> room(RoomId id) {
        return Optional.ofNullable(rooms.get(id));
    }

    public Optional<AppointmentType> type(AppointmentTypeId id) {
        return Optional.ofNullable(types.get(id));
    }

    private static <K, V> Map<K, V> byId(Collection<V> values, Function<V, K> id) {
        return java.util.Collections.unmodifiableMap(values.stream()
                .collect(Collectors.toMap(id, v -> v, (a, b) -> a, LinkedHashMap::new)));
    }
}
