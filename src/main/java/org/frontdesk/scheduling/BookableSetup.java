package org.frontdesk.scheduling;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a booking is checked against in the practice set-up (providers, locations, rooms, types and who offers
 * which), as it stood at one value of the set-up counter (V24, V31). Kept in memory and read again when the counter
 * moves on: a booking checks its request against it and then makes one round trip, whose insert stores nothing
 * when the counter has moved on in the meantime (ADR 20).
 *
 * @param version the set-up counter this copy was read at
 * @param activeProviders the providers who take bookings
 * @param locations every location, and whether it takes bookings
 * @param rooms every room, where it is and whether it takes bookings
 * @param types every appointment type, its length and whether it takes bookings
 * @param offers which provider offers which type
 */
record BookableSetup(long version, Set<ProviderId> activeProviders, Map<LocationId, Boolean> locations,
        Map<RoomId, PracticeSetup.RoomPlace> rooms, Map<AppointmentTypeId, PracticeSetup.TypeLength> types,
        Set<Offer> offers) {

    /** A provider offers a type. */
    record Offer(ProviderId provider, AppointmentTypeId type) {}

    BookableSetup {
        activeProviders = Set.copyOf(activeProviders);
        locations = Map.copyOf(locations);
        rooms = Map.copyOf(rooms);
        types = Map.copyOf(types);
        offers = Set.copyOf(offers);
    }

    /**
     * The facts {@link BookingCheck#check} needs, as this copy knows them. The patient is taken as known: the
     * statement that books stores nothing for a patient who is not on file, and the booking is then checked against
     * facts read from the database, which name every broken rule. Taken time is the insert's to find.
     */
    PracticeSetup.BookingFacts factsFor(BookingRequest request) {
        var room = request.room();
        return new PracticeSetup.BookingFacts(true, activeProviders.contains(request.provider()),
                locations.get(request.location()), room == null ? null : rooms.get(room), types.get(request.type()),
                offers.contains(new Offer(request.provider(), request.type())), List.of(), null, version);
    }
}
