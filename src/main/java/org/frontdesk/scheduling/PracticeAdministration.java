package org.frontdesk.scheduling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.frontdesk.security.Permission;
import org.frontdesk.security.StaffAccounts;
import org.frontdesk.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up the practice: providers, locations, rooms and appointment types (PRACTICE_SETUP to change them,
 * SCHEDULE_READ to read them). Nothing that appointments refer to is deleted: it is deactivated, and only once no
 * booked or confirmed appointment ahead refers to it, so that nothing booked is stranded. Every change is checked
 * here, then by the database's constraints, whose refusals come back as field messages ({@link InvalidSetup}); every
 * change is recorded in the audit trail with who made it. Templates, exceptions and holidays are
 * {@link ScheduleSetup}'s.
 */
@Service
public class PracticeAdministration {

    private final SetupRows rows;
    private final StaffAccounts staff;
    private final SetupAudit audit;

    PracticeAdministration(SetupRows rows, StaffAccounts staff, SetupAudit audit) {
        this.rows = rows;
        this.staff = staff;
        this.audit = audit;
    }

    /** Every provider, active or not, by name. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional(readOnly = true)
    public List<ProviderOnFile> providers() {
        return rows.providers();
    }

    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional(readOnly = true)
    public Optional<ProviderOnFile> provider(ProviderId id) {
        return rows.provider(id);
    }

    /** The provider whose staff account this is (the calendar opens on their own column and week). */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional(readOnly = true)
    public Optional<ProviderOnFile> providerFor(String username) {
        return rows.providerFor(username).flatMap(rows::provider);
    }

    /** Every location with its rooms, active or not, by name. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional(readOnly = true)
    public List<LocationOnFile> locations() {
        return rows.locations();
    }

    /** Every appointment type, active or not, by name. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional(readOnly = true)
    public List<AppointmentTypeOnFile> types() {
        return rows.types();
    }

    /** @throws InvalidSetup naming each field that is wrong; nothing was stored */
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    @Transactional
    public ProviderId addProvider(ProviderDetails details) {
        var id = ProviderId.random();
        checkLinks(details, null);
        stored(() -> rows.insert(id, details, user()));
        audit.created("Provider", id, "provider added" + linkNote(details));
        return id;
    }

    /** @throws InvalidSetup naming each field that is wrong, or an unknown provider; nothing was changed */
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    @Transactional
    public void changeProvider(ProviderId id, ProviderDetails details) {
        var before = rows.provider(id).orElseThrow(() -> InvalidSetup.of("provider", "Unknown provider."));
        checkLinks(details, before);
        if (before.details().active() && !details.active()) {
            notNeededAhead("provider_id", id.value(), "provider");
        }
        stored(() -> rows.update(id, details, user()));
        audit.changed("Provider", id, "provider changed" + (details.active() == before.details().active() ? ""
                : details.active() ? ", reactivated" : ", deactivated") + linkNote(details));
    }

    /** @throws InvalidSetup naming each field that is wrong; nothing was stored */
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    @Transactional
    public LocationId addLocation(LocationDetails details) {
        checkChoices(details);
        var id = LocationId.random();
        stored(() -> rows.insert(id, details, user()));
        audit.created("Location", id, "location added in " + details.zone().getId());
        return id;
    }

    /**
     * @throws InvalidSetup naming each field that is wrong, an unknown location, or a deactivation while
     *     appointments ahead or template periods still refer to the location; nothing was changed
     */
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    @Transactional
    public void changeLocation(LocationId id, LocationDetails details) {
        checkChoices(details);
        var before = rows.locations().stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> InvalidSetup.of("location", "Unknown location."));
        if (before.details().active() && !details.active()) {
            notNeededAhead("location_id", id.value(), "location");
            int periods = rows.templatePeriodsAhead(id);
            if (periods > 0) {
                throw InvalidSetup.of("active", periods + " template periods of providers still apply here; end"
                        + " them on the providers' template pages first.");
            }
        }
        stored(() -> rows.update(id, details, user()));
        audit.changed("Location", id, "location changed" + (details.zone().equals(before.details().zone()) ? ""
                : ", zone now " + details.zone().getId()) + (details.active() ? "" : ", inactive"));
    }

    /** @throws InvalidSetup for an unknown or inactive location, or a blank, long or taken name */
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    @Transactional
    public RoomId addRoom(LocationId location, String name) {
        var text = roomName(name);
        var at = rows.locations().stream().filter(l -> l.id().equals(location)).findFirst();
        if (at.isEmpty() || !at.get().details().active()) {
            throw InvalidSetup.of("location", at.isEmpty() ? "Unknown location." : "The location is not in use.");
        }
        var id = RoomId.random();
        stored(() -> rows.insert(id, location, text, user()));
        audit.created("Room", id, "room added at location " + location);
        return id;
    }

    /** @throws InvalidSetup for an unknown room, a bad name, or a deactivation while appointments ahead use it */
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    @Transactional
    public void changeRoom(RoomId id, String name, boolean active) {
        var text = roomName(name);
        var before = rows.locations().stream().flatMap(l -> l.rooms().stream()).filter(r -> r.id().equals(id))
                .findFirst().orElseThrow(() -> InvalidSetup.of("room", "Unknown room."));
        if (before.active() && !active) {
            notNeededAhead("room_id", id.value(), "room");
        }
        stored(() -> rows.update(id, text, active, user()));
        audit.changed("Room", id, "room changed" + (active ? "" : ", inactive"));
    }

    /** @throws InvalidSetup naming each field that is wrong; nothing was stored */
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    @Transactional
    public AppointmentTypeId addType(AppointmentTypeDetails details) {
        var id = AppointmentTypeId.random();
        stored(() -> rows.insert(id, details, user()));
        audit.created("AppointmentType", id, "appointment type added" + (details.telemedicine() ? ", telemedicine"
                : ""));
        return id;
    }

    /**
     * @throws InvalidSetup naming each field that is wrong, an unknown type, a provider taken off whose default
     *     type it is, or a deactivation while appointments ahead are of this type; nothing was changed
     */
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    @Transactional
    public void changeType(AppointmentTypeId id, AppointmentTypeDetails details) {
        var before = rows.type(id).orElseThrow(() -> InvalidSetup.of("type", "Unknown appointment type."));
        var stranded = rows.defaultFor(id).stream().filter(p -> !details.offeredBy().contains(p)).toList();
        if (!stranded.isEmpty()) {
            var names = stranded.stream().flatMap(p -> rows.provider(p).stream()).map(ProviderOnFile::displayName)
                    .toList();
            throw InvalidSetup.of("offeredBy", "It is the default type of " + String.join(", ", names)
                    + "; choose another default on the provider's page first.");
        }
        if (before.details().active() && !details.active()) {
            notNeededAhead("appointment_type_id", id.value(), "type");
        }
        stored(() -> rows.update(id, details, user()));
        audit.changed("AppointmentType", id, "appointment type changed" + (details.active() ? "" : ", inactive"));
    }

    private void checkLinks(ProviderDetails details, @Nullable ProviderOnFile before) {
        var errors = new LinkedHashMap<String, String>();
        var known = rows.types().stream().map(AppointmentTypeOnFile::id).toList();
        if (!known.containsAll(details.offers())) {
            errors.put("offers", "Unknown appointment type.");
        }
        var locations = rows.locations();
        if (details.defaultLocation() != null
                && locations.stream().noneMatch(l -> l.id().equals(details.defaultLocation()))) {
            errors.put("defaultLocation", "Unknown location.");
        }
        var username = details.staffUsername();
        if (username != null && (before == null || !username.equalsIgnoreCase(before.details().staffUsername()))) {
            if (staff.find(username).isEmpty()) {
                errors.put("staffUsername", "Unknown staff account.");
            } else if (rows.providerFor(username).isPresent()) {
                errors.put("staffUsername", "This account is linked to another provider.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidSetup(errors);
        }
    }

    private static void checkChoices(LocationDetails details) {
        var errors = new LinkedHashMap<String, String>();
        if (details.state() != null && !UsStates.isCode(details.state())) {
            errors.put("state", "Choose a US state.");
        }
        if (!TimeZoneChoices.isChoice(details.zone())) {
            errors.put("zone", "Choose a time zone from the list.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidSetup(errors);
        }
    }

    private void notNeededAhead(String column, java.util.UUID id, String what) {
        int ahead = rows.appointmentsAhead(column, id);
        if (ahead > 0) {
            throw InvalidSetup.of("active", (ahead == 1 ? "1 booked appointment ahead refers" : ahead
                    + " booked appointments ahead refer") + " to this " + what + "; move or cancel them first.");
        }
    }

    private static String roomName(String name) {
        var text = name.strip();
        if (text.isEmpty() || text.length() > 60) {
            throw InvalidSetup.of("name", "Enter the room's name (at most 60 characters).");
        }
        return text;
    }

    private static String linkNote(ProviderDetails details) {
        return details.staffUsername() == null ? "" : ", linked to staff account " + details.staffUsername();
    }

    /** Runs a write; a constraint that refuses it becomes a field message (the transaction rolls back). */
    private static void stored(Runnable write) {
        try {
            write.run();
        } catch (DataIntegrityViolationException e) {
            throw SetupConstraints.translate(e);
        }
    }

    private static String user() {
        return StaffMember.currentUsername();
    }
}
