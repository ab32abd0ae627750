package org.frontdesk.scheduling.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.Duration;
import java.util.List;
import org.frontdesk.interop.FhirProperties;
import org.frontdesk.interop.OperationOutcomes;
import org.frontdesk.interop.SearchPeriod;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Slot;
import org.hl7.fhir.r4.model.Slot.SlotStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/Slot}: a schedule's free (and busy) time, derived from the template minus bookings on every read and
 * never stored (ADR 13). A search names one schedule and a start range of at most {@value #LONGEST_RANGE_DAYS}
 * days, so that no request derives a year of slots. Public because HAPI calls it reflectively.
 */
@Component
public class SlotResourceProvider implements IResourceProvider {

    static final int LONGEST_RANGE_DAYS = 31;

    private final PractitionerSchedules schedules;
    private final ScheduleSlots slots;
    private final ScheduleWriter writer;
    private final FhirProperties properties;

    SlotResourceProvider(PractitionerSchedules schedules, ScheduleSlots slots, ScheduleWriter writer,
            FhirProperties properties) {
        this.schedules = schedules;
        this.slots = slots;
        this.writer = writer;
        this.properties = properties;
    }

    @Override
    public Class<Slot> getResourceType() {
        return Slot.class;
    }

    /** The slot as things stand now: free, busy once booked, 404 once no longer in the provider's working time. */
    @Read
    public Slot read(@IdParam IdType id) {
        var slotId = SlotId.parse(id.getIdPart());
        var schedule = slotId.flatMap(s -> schedules.find(s.schedule()));
        if (slotId.isPresent() && schedule.isPresent()) {
            var slot = slots.find(schedule.get(), slotId.get());
            if (slot.isPresent()) {
                return writer.write(slot.get(), schedule.get().zone());
            }
        }
        var message = "No slot with this id: it is not in the provider's working time.";
        throw new ResourceNotFoundException(message, OperationOutcomes.error(IssueType.NOTFOUND, message));
    }

    /**
     * {@code schedule} (required), {@code start} (required, both ends, at most 31 days; a date without a time is
     * the location's day), {@code status} ({@code free}, {@code busy}; both when absent) and {@code service-type}
     * (an appointment type's id, with or without our type system).
     */
    @Search
    public List<IBaseResource> search(
            @OptionalParam(name = Slot.SP_SCHEDULE) @Nullable ReferenceParam schedule,
            @OptionalParam(name = Slot.SP_START) @Nullable DateRangeParam start,
            @OptionalParam(name = Slot.SP_STATUS) @Nullable TokenOrListParam status,
            @OptionalParam(name = Slot.SP_SERVICE_TYPE) @Nullable TokenParam serviceType) {
        if (schedule == null) {
            throw invalid("schedule", "required: name the schedule, e.g. schedule=Schedule/<id>.");
        }
        if (schedule.getChain() != null
                || schedule.getResourceType() != null && !"Schedule".equals(schedule.getResourceType())) {
            throw invalid("schedule", "must reference a Schedule by id.");
        }
        var found = ScheduleId.parse(schedule.getIdPart()).flatMap(schedules::find);
        if (found.isEmpty()) {
            return List.of();
        }
        SearchPeriod period;
        try {
            period = SearchPeriod.of(start, found.get().zone());
        } catch (IllegalArgumentException e) {
            throw invalid("start", "the dates must give a period that is not empty; ne is not supported.");
        }
        if (period.from() == null || period.to() == null
                || Duration.between(period.from(), period.to()).compareTo(Duration.ofDays(LONGEST_RANGE_DAYS)) > 0) {
            throw invalid("start", "give both ends of the range (start=ge...&start=lt...), at most "
                    + LONGEST_RANGE_DAYS + " days apart.");
        }
        boolean free = status == null;
        boolean busy = status == null;
        if (status != null) {
            for (var token : status.getValuesAsQueryTokens()) {
                var wanted = slotStatus(token);
                free |= wanted == SlotStatus.FREE;
                busy |= wanted == SlotStatus.BUSY;
            }
        }
        if (!free && !busy) {
            return List.of(); // asks for statuses Frontdesk never derives
        }
        var typeSystem = properties.extensionBase() + SchedulingProfile.APPOINTMENT_TYPE_SYSTEM;
        if (serviceType != null && serviceType.getSystem() != null && !serviceType.getSystem().isEmpty()
                && !typeSystem.equals(serviceType.getSystem())) {
            return List.of();
        }
        var zone = found.get().zone();
        return slots.between(found.get(), period.from(), period.to(), free, busy).stream()
                .filter(s -> serviceType == null
                        || s.types().stream().anyMatch(t -> t.id().toString().equals(serviceType.getValue())))
                .<IBaseResource>map(s -> writer.write(s, zone))
                .toList();
    }

    private static SlotStatus slotStatus(TokenParam token) {
        try {
            return SlotStatus.fromCode(token.getValue());
        } catch (FHIRException | IllegalArgumentException unknown) {
            throw invalid("status", "not an R4 slot status.");
        }
    }

    private static InvalidRequestException invalid(String parameter, String message) {
        var text = "Search parameter " + parameter + ": " + message;
        return new InvalidRequestException(text, OperationOutcomes.error(IssueType.INVALID, text));
    }
}
