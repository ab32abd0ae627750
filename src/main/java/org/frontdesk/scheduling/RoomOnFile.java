package org.frontdesk.scheduling;

/** A room as the set-up pages show it; a deactivated room takes no new bookings. */
public record RoomOnFile(RoomId id, LocationId location, String name, boolean active) {}
