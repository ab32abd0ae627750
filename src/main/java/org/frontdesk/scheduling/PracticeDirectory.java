package org.frontdesk.scheduling;

import java.util.List;
import java.util.Optional;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.security.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who and what the practice books: providers, locations, rooms and appointment types, for callers with the
 * SCHEDULE_READ permission. Looking up a provider, location or room is audited like any other read, although none
 * of it is patient data; the list of appointment types is the practice's menu and is not.
 */
@Service
public class PracticeDirectory {

    /** What a booking that names no type or location gets; either may be missing. */
    public record BookingDefaults(@Nullable AppointmentTypeId type, @Nullable LocationId location) {}

    private final PracticeRows rows;
    private final AuditTrail audit;

    PracticeDirectory(PracticeRows rows, AuditTrail audit) {
        this.rows = rows;
        this.audit = audit;
    }

    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public Optional<Provider> provider(ProviderId id) {
        var found = rows.provider(id);
        found.ifPresent(p -> read("Provider", id.toString()));
        return found;
    }

    /** Every provider, active or not, by name. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public List<Provider> providers() {
        var found = rows.providers();
        searched("Provider", found.size());
        return found;
    }

    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public Optional<Provider> providerByNpi(Npi npi) {
        var found = rows.providerByNpi(npi);
        found.ifPresentOrElse(p -> read("Provider", p.id().toString()), () -> searched("Provider", 0));
        return found;
    }

    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public Optional<Location> location(LocationId id) {
        var found = rows.location(id);
        found.ifPresent(l -> read("Location", id.toString()));
        return found;
    }

    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public List<Location> locations() {
        var found = rows.locations();
        searched("Location", found.size());
        return found;
    }

    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public Optional<Room> room(RoomId id) {
        var found = rows.room(id);
        found.ifPresent(r -> read("Room", id.toString()));
        return found;
    }

    /** Every room, by location and name. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public List<Room> rooms() {
        var found = rows.rooms();
        searched("Room", found.size());
        return found;
    }

    /** The practice's appointment types, by name. Not audited: the menu, not anyone's data. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    public List<AppointmentType> types() {
        return rows.types();
    }

    /** Where a room is; empty when the id is not a room's. Not audited: a lookup, not a disclosure. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    public Optional<LocationId> locationOfRoom(RoomId room) {
        return rows.room(room).map(Room::location);
    }

    /**
     * The type and location a booking for the provider gets when it names neither: the provider's defaults, and
     * the practice's only location when the provider has no default location. Empty for an unknown provider.
     */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    public Optional<BookingDefaults> bookingDefaults(ProviderId provider) {
        return rows.provider(provider).map(p -> {
            var location = p.defaultLocation();
            if (location == null) {
                var all = rows.locations();
                location = all.size() == 1 ? all.getFirst().id() : null;
            }
            return new BookingDefaults(p.defaultType(), location);
        });
    }

    private void read(String type, String id) {
        audit.record(new AuditEntry(AuditAction.READ, AuditOutcome.SUCCESS, type, id, List.of(), null));
    }

    private void searched(String type, int found) {
        audit.record(new AuditEntry(AuditAction.SEARCH, AuditOutcome.SUCCESS, type, null, List.of(),
                found + " found"));
    }
}
