package org.frontdesk.scheduling.fhir;

import static org.frontdesk.scheduling.fhir.SchedulingProfile.*;

import java.time.ZoneId;
import org.frontdesk.scheduling.Location;
import org.frontdesk.scheduling.Room;
import org.hl7.fhir.r4.model.Address.AddressType;
import org.hl7.fhir.r4.model.Address.AddressUse;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location.LocationMode;
import org.hl7.fhir.r4.model.Location.LocationStatus;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * Practice locations and their rooms as FHIR {@code Location}s: a location is a site with an address, a room is
 * part of it. Both carry the location's IANA time zone in the standard {@code timezone} extension, because the
 * zone decides what the office's "9 am" is and R4 has no element for it.
 */
@Component
class LocationWriter {

    org.hl7.fhir.r4.model.Location write(Location location) {
        var fhir = base(location.id().toString(), location.name(), "si", "Site", location.zone());
        var address = fhir.getAddress().setUse(AddressUse.WORK).setType(AddressType.PHYSICAL)
                .setCity(location.city()).setState(location.state()).setPostalCode(location.postalCode());
        if (location.addressLine1() != null) {
            address.addLine(location.addressLine1());
        }
        if (location.addressLine2() != null) {
            address.addLine(location.addressLine2());
        }
        if (!address.hasLine() && !address.hasCity() && !address.hasState() && !address.hasPostalCode()) {
            fhir.setAddress(null);
        }
        return fhir;
    }

    org.hl7.fhir.r4.model.Location write(Room room, ZoneId zone) {
        return base(room.id().toString(), room.name(), "ro", "Room", zone)
                .setPartOf(new Reference("Location/" + room.location()));
    }

    private static org.hl7.fhir.r4.model.Location base(String id, String name, String type, String display,
            ZoneId zone) {
        var fhir = new org.hl7.fhir.r4.model.Location();
        fhir.setIdElement(new IdType("Location", id));
        fhir.setStatus(LocationStatus.ACTIVE).setMode(LocationMode.INSTANCE).setName(name);
        fhir.setPhysicalType(new CodeableConcept(new Coding(PHYSICAL_TYPE, type, display)));
        fhir.addExtension(TIMEZONE, new CodeType(zone.getId()));
        return fhir;
    }
}
