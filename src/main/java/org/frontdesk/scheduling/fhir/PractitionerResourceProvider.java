package org.frontdesk.scheduling.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.UUID;
import org.frontdesk.interop.OperationOutcomes;
import org.frontdesk.scheduling.Npi;
import org.frontdesk.scheduling.PracticeDirectory;
import org.frontdesk.scheduling.Provider;
import org.frontdesk.scheduling.ProviderId;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Practitioner;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/Practitioner}: the practice's providers, read and search, through {@link PracticeDirectory} (which
 * checks SCHEDULE_READ and audits). Public because HAPI calls it reflectively.
 */
@Component
public class PractitionerResourceProvider implements IResourceProvider {

    private final PracticeDirectory directory;
    private final PractitionerWriter writer;

    PractitionerResourceProvider(PracticeDirectory directory, PractitionerWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    @Override
    public Class<Practitioner> getResourceType() {
        return Practitioner.class;
    }

    @Read
    public Practitioner read(@IdParam IdType id) {
        return providerId(id).flatMap(directory::provider).map(writer::write).orElseThrow(() -> {
            var message = "No practitioner with this id.";
            return new ResourceNotFoundException(message, OperationOutcomes.error(IssueType.NOTFOUND, message));
        });
    }

    /**
     * By {@code name} (any part), {@code identifier} (the NPI, with or without the system
     * {@value SchedulingProfile#NPI_SYSTEM}) and {@code _id}; without parameters, every provider.
     */
    @Search
    public List<IBaseResource> search(
            @OptionalParam(name = "_id") @Nullable TokenParam id,
            @OptionalParam(name = Practitioner.SP_NAME) @Nullable StringParam name,
            @OptionalParam(name = Practitioner.SP_IDENTIFIER) @Nullable TokenParam identifier) {
        List<Provider> candidates;
        if (identifier != null) {
            var npi = npi(identifier);
            candidates = npi == null ? List.of() : directory.providerByNpi(npi).stream().toList();
        } else {
            candidates = directory.providers();
        }
        return candidates.stream()
                .filter(p -> id == null || p.id().toString().equals(id.getValue()))
                .filter(p -> TextMatch.matches(name, p.name()))
                .<IBaseResource>map(writer::write)
                .toList();
    }

    /** Only an NPI of our system (or no system) can match; anything else names nobody here. */
    private static @Nullable Npi npi(TokenParam identifier) {
        var system = identifier.getSystem();
        if (system != null && !system.isEmpty() && !SchedulingProfile.NPI_SYSTEM.equals(system)) {
            return null;
        }
        var value = identifier.getValue();
        return value != null && Npi.isValid(value) ? new Npi(value) : null;
    }

    private static java.util.Optional<ProviderId> providerId(IdType id) {
        try {
            return java.util.Optional.of(new ProviderId(UUID.fromString(id.getIdPart())));
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            return java.util.Optional.empty();
        }
    }
}
