package org.frontdesk.scheduling.fhir;

import static org.frontdesk.scheduling.fhir.SchedulingProfile.*;

import java.util.Arrays;
import java.util.List;
import org.frontdesk.interop.FhirProperties;
import org.frontdesk.scheduling.Provider;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier.IdentifierUse;
import org.hl7.fhir.r4.model.Practitioner;
import org.springframework.stereotype.Component;

/**
 * A provider as a FHIR {@code Practitioner} after US Core Practitioner: the NPI as identifier, and a name with the
 * family part US Core requires. Frontdesk keeps a provider's name as one text, so {@code name.text} carries it as
 * written and {@code family} is its last word, {@code given} the words before; credentials go to {@code suffix}.
 */
@Component
class PractitionerWriter {

    private final FhirProperties properties;

    PractitionerWriter(FhirProperties properties) {
        this.properties = properties;
    }

    Practitioner write(Provider provider) {
        var fhir = new Practitioner();
        fhir.setIdElement(new IdType("Practitioner", provider.id().toString()));
        fhir.addIdentifier().setUse(IdentifierUse.OFFICIAL).setSystem(NPI_SYSTEM).setValue(provider.npi().value());
        fhir.setActive(provider.active());
        var words = List.of(provider.name().strip().split("\\s+"));
        var name = fhir.addName().setUse(NameUse.OFFICIAL).setText(provider.name()).setFamily(words.getLast());
        words.subList(0, words.size() - 1).forEach(name::addGiven);
        if (provider.credentials() != null) {
            Arrays.stream(provider.credentials().split("[,\\s]+")).filter(c -> !c.isBlank()).forEach(name::addSuffix);
        }
        if (provider.defaultType() != null) {
            fhir.addExtension(properties.extensionBase() + DEFAULT_TYPE, new Coding()
                    .setSystem(properties.extensionBase() + APPOINTMENT_TYPE_SYSTEM)
                    .setCode(provider.defaultType().toString()));
        }
        return fhir;
    }
}
