package org.frontdesk.patients.fhir;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import java.util.List;
import org.frontdesk.interop.FhirBodyParser;
import org.frontdesk.interop.IfMatch;
import org.frontdesk.interop.OperationOutcomes;
import org.frontdesk.patients.InvalidPatientDetails;
import org.frontdesk.patients.Patient;
import org.frontdesk.patients.PatientChangedSinceRead;
import org.frontdesk.patients.PatientId;
import org.frontdesk.patients.PatientNotFound;
import org.frontdesk.patients.Patients;
import org.frontdesk.patients.Registration;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code /fhir/Patient}. Every call goes through {@link Patients}, which checks the caller's permission and audits
 * the read, search, registration or change; this class only translates. Public because HAPI calls it reflectively.
 */
@Component
public class PatientResourceProvider implements IResourceProvider {

    private final Patients patients;
    private final PatientReader reader;
    private final PatientWriter writer;
    private final PatientSearch search;
    private final FhirBodyParser bodies;
    private final TransactionTemplate transactions;

    PatientResourceProvider(Patients patients, PatientReader reader, PatientWriter writer, PatientSearch search,
            FhirBodyParser bodies, PlatformTransactionManager transactionManager) {
        this.patients = patients;
        this.reader = reader;
        this.writer = writer;
        this.search = search;
        this.bodies = bodies;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public Class<org.hl7.fhir.r4.model.Patient> getResourceType() {
        return org.hl7.fhir.r4.model.Patient.class;
    }

    @Read
    public org.hl7.fhir.r4.model.Patient read(@IdParam IdType id) {
        try {
            return writer.write(patients.get(patientId(id)));
        } catch (PatientNotFound e) {
            throw notFound(id);
        }
    }

    /** Registers a patient; a likely duplicate stops with 409 unless {@code Frontdesk-Duplicate-Reason} is sent. */
    @Create
    public MethodOutcome create(@ResourceParam String body, RequestDetails request) {
        var incoming = reader.read(bodies.parse(request, body, org.hl7.fhir.r4.model.Patient.class));
        try {
            var registration = transactions.execute(status -> {
                var result = patients.register(incoming.draft(), request.getHeader(PatientRefusals.DUPLICATE_REASON_HEADER));
                if (result instanceof Registration.Registered(var patient) && Boolean.FALSE.equals(incoming.active())) {
                    return new Registration.Registered(patients.setActive(patient.id(), patient.version(), false));
                }
                return result;
            });
            return switch (registration) {
                case Registration.Registered(var patient) -> outcome(patient).setCreated(true);
                case Registration.PossibleDuplicatesFound(var candidates) ->
                        throw PatientRefusals.possibleDuplicates(candidates);
                case null -> throw new IllegalStateException("no registration outcome");
            };
        } catch (InvalidPatientDetails e) {
            throw PatientRefusals.invalid(e);
        }
    }

    /**
     * Replaces a patient's demographics. The client names the version it changes, by {@code If-Match} (412 when it
     * is stale) or by {@code meta.versionId} (409); without either the update is refused, so no edit is lost.
     */
    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam String body, RequestDetails request) {
        var patientId = patientId(id);
        var resource = bodies.parse(request, body, org.hl7.fhir.r4.model.Patient.class);
        if (!resource.getIdElement().hasIdPart() || !resource.getIdElement().getIdPart().equals(id.getIdPart())) {
            throw new InvalidRequestException("The body's id must equal the id in the URL.",
                    OperationOutcomes.error(IssueType.INVALID, "The body's id must equal the id in the URL.", "Patient.id"));
        }
        var incoming = reader.read(resource);
        var ifMatch = IfMatch.from(request);
        int expected = ifMatch.map(IfMatch::version).orElseGet(() -> bodyVersion(incoming.versionId()));
        try {
            var updated = transactions.execute(status -> {
                var patient = patients.update(patientId, expected, incoming.draft());
                if (incoming.active() != null && incoming.active() != patient.active()) {
                    patient = patients.setActive(patientId, patient.version(), incoming.active());
                }
                return patient;
            });
            return outcome(updated);
        } catch (InvalidPatientDetails e) {
            throw PatientRefusals.invalid(e);
        } catch (PatientNotFound e) {
            throw notFound(id);
        } catch (PatientChangedSinceRead e) {
            var message = "The patient has changed since version " + expected + " (now " + e.currentVersion()
                    + "); read it again and reapply the change.";
            var outcome = OperationOutcomes.error(IssueType.CONFLICT, message);
            throw ifMatch.isPresent() ? new PreconditionFailedException(message, outcome)
                    : new ResourceVersionConflictException(message, outcome);
        }
    }

    @Search
    public List<IBaseResource> search(
            @OptionalParam(name = "_id") @Nullable TokenParam id,
            @OptionalParam(name = org.hl7.fhir.r4.model.Patient.SP_NAME) @Nullable StringParam name,
            @OptionalParam(name = org.hl7.fhir.r4.model.Patient.SP_FAMILY) @Nullable StringParam family,
            @OptionalParam(name = org.hl7.fhir.r4.model.Patient.SP_GIVEN) @Nullable StringParam given,
            @OptionalParam(name = org.hl7.fhir.r4.model.Patient.SP_BIRTHDATE) @Nullable DateRangeParam birthdate,
            @OptionalParam(name = org.hl7.fhir.r4.model.Patient.SP_IDENTIFIER) @Nullable TokenParam identifier,
            @OptionalParam(name = org.hl7.fhir.r4.model.Patient.SP_PHONE) @Nullable TokenParam phone,
            @OptionalParam(name = org.hl7.fhir.r4.model.Patient.SP_GENDER) @Nullable TokenParam gender) {
        var criteria = search.criteria(name, family, given, birthdate, identifier, phone, gender);
        return search.find(id == null ? null : id.getValue(), criteria).stream()
                .<IBaseResource>map(writer::write).toList();
    }

    private MethodOutcome outcome(Patient patient) {
        var resource = writer.write(patient);
        return new MethodOutcome(resource.getIdElement()).setResource(resource);
    }

    private static int bodyVersion(@Nullable String versionId) {
        if (versionId == null) {
            var message = "Name the version you are changing: send If-Match: W/\"<version>\" or meta.versionId.";
            throw new UnclassifiedServerFailureException(428, message,
                    OperationOutcomes.error(IssueType.REQUIRED, message, "Patient.meta.versionId"));
        }
        try {
            return Integer.parseInt(versionId);
        } catch (NumberFormatException e) {
            var message = "meta.versionId is not a version of this server.";
            throw new ResourceVersionConflictException(message,
                    OperationOutcomes.error(IssueType.CONFLICT, message, "Patient.meta.versionId"));
        }
    }

    /** Any id that is not one of ours is simply unknown: 404, as for a well-formed id nobody has. */
    private static PatientId patientId(IdType id) {
        try {
            return PatientId.parse(id.getIdPart());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw notFound(id);
        }
    }

    private static ResourceNotFoundException notFound(IdType id) {
        var message = "No patient with this id.";
        return new ResourceNotFoundException(message, OperationOutcomes.error(IssueType.NOTFOUND, message));
    }
}
