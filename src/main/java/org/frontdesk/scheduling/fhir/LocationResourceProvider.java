package org.frontdesk.scheduling.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontdesk.interop.OperationOutcomes;
import org.frontdesk.scheduling.Location;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.PracticeDirectory;
import org.frontdesk.scheduling.RoomId;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/Location}: the practice's locations and their rooms (a room is a Location that is {@code partOf}
 * its location), read and search, through {@link PracticeDirectory} (which checks SCHEDULE_READ and audits).
 * Public because HAPI calls it reflectively.
 */
@Component
public class LocationResourceProvider implements IResourceProvider {

    private final PracticeDirectory directory;
    private final LocationWriter writer;

    LocationResourceProvider(PracticeDirectory directory, LocationWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    @Override
    public Class<org.hl7.fhir.r4.model.Location> getResourceType() {
        return org.hl7.fhir.r4.model.Location.class;
    }

    @Read
    public org.hl7.fhir.r4.model.Location read(@IdParam IdType id) {
        var uuid = uuid(id.getIdPart());
        if (uuid != null) {
            var location = directory.location(new LocationId(uuid));
            if (location.isPresent()) {
                return writer.write(location.get());
            }
            var room = directory.room(new RoomId(uuid));
            if (room.isPresent()) {
                var zone = directory.location(room.get().location()).map(Location::zone).orElseThrow();
                return writer.write(room.get(), zone);
            }
        }
        var message = "No location with this id.";
        throw new ResourceNotFoundException(message, OperationOutcomes.error(IssueType.NOTFOUND, message));
    }

    /** Locations first, then rooms; every parameter given must match. */
    @Search
    public List<IBaseResource> search(
            @OptionalParam(name = "_id") @Nullable TokenParam id,
            @OptionalParam(name = org.hl7.fhir.r4.model.Location.SP_NAME) @Nullable StringParam name,
            @OptionalParam(name = org.hl7.fhir.r4.model.Location.SP_ADDRESS_CITY) @Nullable StringParam city,
            @OptionalParam(name = org.hl7.fhir.r4.model.Location.SP_ADDRESS_STATE) @Nullable StringParam state,
            @OptionalParam(name = org.hl7.fhir.r4.model.Location.SP_ADDRESS_POSTALCODE) @Nullable StringParam postalCode,
            @OptionalParam(name = org.hl7.fhir.r4.model.Location.SP_PARTOF) @Nullable ReferenceParam partOf) {
        var locations = directory.locations();
        var found = new ArrayList<IBaseResource>();
        if (partOf == null) {
            locations.stream()
                    .filter(l -> id == null || l.id().toString().equals(id.getValue()))
                    .filter(l -> TextMatch.matches(name, l.name()) && TextMatch.matches(city, l.city())
                            && TextMatch.matches(state, l.state()) && TextMatch.matches(postalCode, l.postalCode()))
                    .map(writer::write)
                    .forEach(found::add);
        }
        var byId = locations.stream().collect(Collectors.toMap(Location::id, Function.identity()));
        var parent = partOf == null ? null : uuid(partOf.getIdPart());
        if (partOf != null && parent == null) {
            return found;
        }
        directory.rooms().stream()
                .filter(r -> parent == null || r.location().value().equals(parent))
                .filter(r -> id == null || r.id().toString().equals(id.getValue()))
                .filter(r -> TextMatch.matches(name, r.name()))
                .filter(r -> matchesAddress(byId.get(r.location()), city, state, postalCode))
                .map(r -> writer.write(r, Optional.ofNullable(byId.get(r.location())).map(Location::zone)
                        .orElse(ZoneId.of("UTC"))))
                .forEach(found::add);
        return found;
    }

    /** A room has its location's address. */
    private static boolean matchesAddress(@Nullable Location location, @Nullable StringParam city,
            @Nullable StringParam state, @Nullable StringParam postalCode) {
        if (city == null && state == null && postalCode == null) {
            return true;
        }
        return location != null && TextMatch.matches(city, location.city()) && TextMatch.matches(state, location.state())
                && TextMatch.matches(postalCode, location.postalCode());
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
