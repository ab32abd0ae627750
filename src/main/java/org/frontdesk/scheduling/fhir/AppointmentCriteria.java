package org.frontdesk.scheduling.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.frontdesk.interop.OperationOutcomes;
import org.frontdesk.interop.SearchPeriod;
import org.frontdesk.patients.PatientId;
import org.frontdesk.scheduling.AppointmentQuery;
import org.frontdesk.scheduling.AppointmentStatus;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.PracticeDirectory;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.RoomId;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** An Appointment search's parameters as an {@link AppointmentQuery}; unusable parameters are a 400. */
@Component
class AppointmentCriteria {

    /** An id that no row has: a reference that cannot be ours matches nothing, like an unknown id. */
    private static final UUID NOBODY = new UUID(0, 0);

    private final PracticeDirectory directory;
    private final Clock clock;

    AppointmentCriteria(PracticeDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** @return empty when the statuses asked for are ones Frontdesk never uses, so nothing can match */
    Optional<AppointmentQuery> query(@Nullable ReferenceParam patient, @Nullable ReferenceParam practitioner,
            @Nullable ReferenceParam location, @Nullable ReferenceParam actor, @Nullable DateRangeParam date,
            @Nullable TokenOrListParam status) {
        var patientId = id(patient, "Patient", "patient");
        var providerId = id(practitioner, "Practitioner", "practitioner");
        var placeId = id(location, "Location", "location");
        if (actor != null) {
            var kind = actor.getResourceType();
            if (kind == null) {
                throw invalid("actor", "name the type, e.g. Practitioner/<id>.");
            }
            var actorId = id(actor, kind, "actor");
            switch (kind) {
                case "Patient" -> patientId = same(patientId, actorId, "patient");
                case "Practitioner" -> providerId = same(providerId, actorId, "practitioner");
                case "Location" -> placeId = same(placeId, actorId, "location");
                default -> throw invalid("actor", "only Patient, Practitioner and Location actors are searchable.");
            }
        }
        SearchPeriod period;
        try {
            period = SearchPeriod.of(date, clock.getZone());
        } catch (IllegalArgumentException e) {
            throw invalid("date", "the dates must give a period that is not empty; ne is not supported.");
        }
        var statuses = statuses(status);
        if (status != null && statuses.isEmpty()) {
            return Optional.empty();
        }
        LocationId site = null;
        RoomId room = null;
        if (placeId != null) {
            var roomAt = directory.locationOfRoom(new RoomId(placeId));
            if (roomAt.isPresent()) {
                room = new RoomId(placeId);
            } else {
                site = new LocationId(placeId);
            }
        }
        return Optional.of(new AppointmentQuery(patientId == null ? null : new PatientId(patientId),
                providerId == null ? null : new ProviderId(providerId), site, room, period.from(), period.to(),
                statuses));
    }

    private static EnumSet<AppointmentStatus> statuses(@Nullable TokenOrListParam status) {
        var statuses = EnumSet.noneOf(AppointmentStatus.class);
        if (status == null) {
            return statuses;
        }
        for (var token : status.getValuesAsQueryTokens()) {
            if (token.getValue() == null || token.getValue().isBlank()) {
                throw invalid("status", "not an R4 appointment status.");
            }
            try {
                statuses.addAll(SchedulingProfile.statusesOf(
                        org.hl7.fhir.r4.model.Appointment.AppointmentStatus.fromCode(token.getValue())));
            } catch (FHIRException | IllegalArgumentException unknown) {
                throw invalid("status", "not an R4 appointment status.");
            }
        }
        return statuses;
    }

    private static @Nullable UUID id(@Nullable ReferenceParam reference, String type, String parameter) {
        if (reference == null) {
            return null;
        }
        if (reference.getResourceType() != null && !type.equals(reference.getResourceType())) {
            throw invalid(parameter, "must reference a " + type + ".");
        }
        if (reference.getChain() != null) {
            throw invalid(parameter, "chained searches are not supported.");
        }
        try {
            return UUID.fromString(reference.getIdPart());
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            return NOBODY;
        }
    }

    private static UUID same(@Nullable UUID given, UUID actor, String parameter) {
        if (given != null && !given.equals(actor)) {
            throw invalid("actor", "names another " + parameter + " than the " + parameter + " parameter.");
        }
        return actor;
    }

    private static InvalidRequestException invalid(String parameter, String message) {
        var text = "Search parameter " + parameter + ": " + message;
        return new InvalidRequestException(text, OperationOutcomes.error(IssueType.INVALID, text));
    }
}
