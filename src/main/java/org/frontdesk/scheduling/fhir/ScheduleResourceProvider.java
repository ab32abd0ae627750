package org.frontdesk.scheduling.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontdesk.interop.OperationOutcomes;
import org.frontdesk.scheduling.ProviderId;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Schedule;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/Schedule}: one per provider and location they work at, derived from the templates and never
 * stored (ADR 13); read and search. Public because HAPI calls it reflectively.
 */
@Component
public class ScheduleResourceProvider implements IResourceProvider {

    private final PractitionerSchedules schedules;
    private final ScheduleWriter writer;

    ScheduleResourceProvider(PractitionerSchedules schedules, ScheduleWriter writer) {
        this.schedules = schedules;
        this.writer = writer;
    }

    @Override
    public Class<Schedule> getResourceType() {
        return Schedule.class;
    }

    @Read
    public Schedule read(@IdParam IdType id) {
        return ScheduleId.parse(id.getIdPart()).flatMap(schedules::find).map(writer::write).orElseThrow(() -> {
            var message = "No schedule with this id.";
            return new ResourceNotFoundException(message, OperationOutcomes.error(IssueType.NOTFOUND, message));
        });
    }

    /** By {@code actor} ({@code Practitioner/<id>}, {@code Location/<id>} or a bare id of either) and {@code _id}. */
    @Search
    public List<IBaseResource> search(
            @OptionalParam(name = "_id") @Nullable TokenParam id,
            @OptionalParam(name = Schedule.SP_ACTOR) @Nullable ReferenceParam actor) {
        if (actor != null && actor.getChain() != null) {
            var message = "Search parameter actor: chained searches are not supported.";
            throw new InvalidRequestException(message, OperationOutcomes.error(IssueType.INVALID, message));
        }
        var provider = id != null ? ScheduleId.parse(id.getValue()).map(ScheduleId::provider)
                : actor != null && "Practitioner".equals(actor.getResourceType()) ? providerId(actor.getIdPart())
                : Optional.<ProviderId>empty();
        var candidates = provider.map(schedules::of).orElseGet(schedules::all);
        return candidates.stream()
                .filter(s -> id == null || s.id().value().equals(id.getValue()))
                .filter(s -> actor == null || isActor(s.id(), actor))
                .<IBaseResource>map(writer::write)
                .toList();
    }

    private static Optional<ProviderId> providerId(@Nullable String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(new ProviderId(UUID.fromString(id)));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private static boolean isActor(ScheduleId schedule, ReferenceParam actor) {
        var kind = actor.getResourceType();
        var id = actor.getIdPart();
        boolean provider = schedule.provider().toString().equals(id);
        boolean location = schedule.location().toString().equals(id);
        if (kind == null) {
            return provider || location;
        }
        return switch (kind) {
            case "Practitioner" -> provider;
            case "Location" -> location;
            default -> false;
        };
    }
}
