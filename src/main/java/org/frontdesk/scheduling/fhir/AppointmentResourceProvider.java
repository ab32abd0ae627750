package org.frontdesk.scheduling.fhir;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontdesk.interop.FhirBodyParser;
import org.frontdesk.interop.IfMatch;
import org.frontdesk.interop.OperationOutcomes;
import org.frontdesk.scheduling.Appointment;
import org.frontdesk.scheduling.AppointmentChangedSinceRead;
import org.frontdesk.scheduling.AppointmentId;
import org.frontdesk.scheduling.AppointmentNotFound;
import org.frontdesk.scheduling.AppointmentSearch;
import org.frontdesk.scheduling.AppointmentType;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.Booking;
import org.frontdesk.scheduling.InvalidBooking;
import org.frontdesk.scheduling.PracticeDirectory;
import org.frontdesk.scheduling.TransitionRefused;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code /fhir/Appointment}: book (create), read, search, and move through the lifecycle by updating the status.
 * Every call goes through {@link Appointments} or {@link AppointmentSearch}, which check the caller's permission
 * and audit the access; this class only translates. Public because HAPI calls it reflectively.
 */
@Component
public class AppointmentResourceProvider implements IResourceProvider {

    private final Appointments appointments;
    private final AppointmentSearch search;
    private final PracticeDirectory directory;
    private final AppointmentReader reader;
    private final AppointmentWriter writer;
    private final BookingTranslation translation;
    private final AppointmentCriteria criteria;
    private final FhirBodyParser bodies;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AppointmentResourceProvider(Appointments appointments, AppointmentSearch search, PracticeDirectory directory,
            AppointmentReader reader, AppointmentWriter writer, BookingTranslation translation,
            AppointmentCriteria criteria, FhirBodyParser bodies, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.appointments = appointments;
        this.search = search;
        this.directory = directory;
        this.reader = reader;
        this.writer = writer;
        this.translation = translation;
        this.criteria = criteria;
        this.bodies = bodies;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public Class<org.hl7.fhir.r4.model.Appointment> getResourceType() {
        return org.hl7.fhir.r4.model.Appointment.class;
    }

    @Read
    public org.hl7.fhir.r4.model.Appointment read(@IdParam IdType id) {
        try {
            return writer.write(appointments.get(appointmentId(id)), types());
        } catch (AppointmentNotFound e) {
            throw notFound();
        }
    }

    /**
     * Books the appointment: 201, or 409 naming what holds the time, or 422 for a request the booking rules refuse.
     * A {@code Frontdesk-Overbook-Reason} header books into taken time (OVERBOOK permission).
     */
    @Create
    public MethodOutcome create(@ResourceParam String body, RequestDetails request) {
        var incoming = reader.read(bodies.parse(request, body, org.hl7.fhir.r4.model.Appointment.class));
        var booking = translation.request(incoming, request.getHeader(SchedulingProfile.OVERBOOK_REASON_HEADER));
        Booking outcome;
        try {
            outcome = appointments.book(booking);
        } catch (InvalidBooking e) {
            throw AppointmentRefusals.invalid(e);
        }
        return switch (outcome) {
            case Booking.Booked booked -> {
                var created = outcome(booked.appointment()).setCreated(true);
                if (booked.patientDoubleBooked()) {
                    var warning = new OperationOutcome();
                    warning.addIssue().setSeverity(IssueSeverity.WARNING).setCode(IssueType.INFORMATIONAL)
                            .setDiagnostics("Booked; the patient has another appointment at an overlapping time ("
                                    + booked.patientOverlaps().size() + ").");
                    created.setOperationOutcome(warning);
                }
                yield created;
            }
            case Booking.Conflict conflict -> throw AppointmentRefusals.clash(conflict, booking, clock.getZone());
        };
    }

    /**
     * Moves the appointment through its lifecycle by its {@code status} (cancelled with a
     * {@code cancelationReason}, arrived, fulfilled, noshow, or our visit-status extension for the steps between).
     * The client names the version it changes, by {@code If-Match} (412 when stale) or {@code meta.versionId} (409).
     */
    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam String body, RequestDetails request) {
        var appointmentId = appointmentId(id);
        var resource = bodies.parse(request, body, org.hl7.fhir.r4.model.Appointment.class);
        if (!resource.getIdElement().hasIdPart() || !resource.getIdElement().getIdPart().equals(id.getIdPart())) {
            var message = "The body's id must equal the id in the URL.";
            throw new InvalidRequestException(message, OperationOutcomes.error(IssueType.INVALID, message,
                    "Appointment.id"));
        }
        var incoming = reader.read(resource);
        var ifMatch = IfMatch.from(request);
        int expected = ifMatch.map(IfMatch::version).orElseGet(() -> bodyVersion(incoming.versionId()));
        try {
            var updated = transactions.execute(status -> {
                var current = appointments.get(appointmentId);
                if (current.version() != expected) {
                    throw new AppointmentChangedSinceRead(appointmentId, current.version());
                }
                var problems = StatusChange.unchangeable(current, incoming);
                if (!problems.isEmpty()) {
                    throw AppointmentRefusals.invalid(problems);
                }
                return StatusChange.target(current, incoming)
                        .map(target -> StatusChange.apply(appointments, current, target, incoming, expected))
                        .orElse(current);
            });
            return outcome(updated);
        } catch (InvalidBooking e) {
            throw AppointmentRefusals.invalid(e);
        } catch (TransitionRefused e) {
            throw AppointmentRefusals.refusedMove(e.from(), e.to());
        } catch (AppointmentNotFound e) {
            throw notFound();
        } catch (AppointmentChangedSinceRead e) {
            var message = "The appointment has changed since version " + expected + " (now " + e.currentVersion()
                    + "); read it again and reapply the change.";
            var outcome = OperationOutcomes.error(IssueType.CONFLICT, message);
            throw ifMatch.isPresent() ? new PreconditionFailedException(message, outcome)
                    : new ResourceVersionConflictException(message, outcome);
        }
    }

    /** Paged by {@code _count}; ordered by start. Dates are the practice's days unless they carry a time. */
    @Search
    public IBundleProvider search(
            @OptionalParam(name = org.hl7.fhir.r4.model.Appointment.SP_PATIENT) @Nullable ReferenceParam patient,
            @OptionalParam(name = org.hl7.fhir.r4.model.Appointment.SP_PRACTITIONER) @Nullable ReferenceParam practitioner,
            @OptionalParam(name = org.hl7.fhir.r4.model.Appointment.SP_LOCATION) @Nullable ReferenceParam location,
            @OptionalParam(name = org.hl7.fhir.r4.model.Appointment.SP_ACTOR) @Nullable ReferenceParam actor,
            @OptionalParam(name = org.hl7.fhir.r4.model.Appointment.SP_DATE) @Nullable DateRangeParam date,
            @OptionalParam(name = org.hl7.fhir.r4.model.Appointment.SP_STATUS) @Nullable TokenOrListParam status) {
        var query = criteria.query(patient, practitioner, location, actor, date, status);
        if (query.isEmpty()) {
            return new SimpleBundleProvider(); // asks for statuses Frontdesk never uses: nothing to read
        }
        return new AppointmentPages(search, query.get(), writer, types());
    }

    private MethodOutcome outcome(Appointment appointment) {
        var resource = writer.write(appointment, types());
        return new MethodOutcome(resource.getIdElement()).setResource(resource);
    }

    private Map<AppointmentTypeId, AppointmentType> types() {
        return directory.types().stream().collect(Collectors.toMap(AppointmentType::id, Function.identity()));
    }

    private static int bodyVersion(@Nullable String versionId) {
        if (versionId == null) {
            var message = "Name the version you are changing: send If-Match: W/\"<version>\" or meta.versionId.";
            throw new UnclassifiedServerFailureException(428, message,
                    OperationOutcomes.error(IssueType.REQUIRED, message, "Appointment.meta.versionId"));
        }
        try {
            return Integer.parseInt(versionId);
        } catch (NumberFormatException e) {
            var message = "meta.versionId is not a version of this server.";
            throw new ResourceVersionConflictException(message,
                    OperationOutcomes.error(IssueType.CONFLICT, message, "Appointment.meta.versionId"));
        }
    }

    /** Any id that is not one of ours is simply unknown. */
    private static AppointmentId appointmentId(IdType id) {
        try {
            return new AppointmentId(UUID.fromString(id.getIdPart()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw notFound();
        }
    }

    private static ResourceNotFoundException notFound() {
        var message = "No appointment with this id.";
        return new ResourceNotFoundException(message, OperationOutcomes.error(IssueType.NOTFOUND, message));
    }
}
