package org.frontdesk.audit.fhir;

import java.util.Date;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditRecord;
import org.frontdesk.interop.FhirProperties;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentNetworkType;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * One audit entry as an {@code AuditEvent}. Patient data access is a RESTful interaction ({@code rest} with the
 * interaction as subtype); sign-in events and staff changes use DICOM's security event types.
 */
@Component
class AuditEventWriter {

    static final String EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    static final String INTERACTION = "http://hl7.org/fhir/restful-interaction";
    static final String SOURCE_TYPE = "http://terminology.hl7.org/CodeSystem/security-source-type";
    static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";

    private final FhirProperties properties;

    AuditEventWriter(FhirProperties properties) {
        this.properties = properties;
    }

    AuditEvent write(AuditRecord record) {
        var event = new AuditEvent();
        event.setId(Long.toString(record.id()));
        type(event, record.action());
        event.setAction(switch (record.action()) {
            case READ, EXPORT -> AuditEventAction.R;
            case CREATE -> AuditEventAction.C;
            case UPDATE, STAFF_CHANGE -> AuditEventAction.U;
            case SEARCH, LOGIN, LOGIN_FAILED, MFA_FAILED, LOGOUT -> AuditEventAction.E;
        });
        // 8 ("serious failure") is for server errors, which the trail does not hold; a refusal or a rejected
        // input is a minor failure, like the 4xx it was answered with.
        event.setOutcome(switch (record.outcome()) {
            case SUCCESS -> AuditEventOutcome._0;
            case DENIED, FAILED -> AuditEventOutcome._4;
        });
        if (record.detail() != null) {
            event.setOutcomeDesc(record.detail());
        }
        event.setRecorded(Date.from(record.occurredAt()));
        var agent = event.addAgent().setRequestor(!"system".equals(record.username()))
                .setWho(new Reference().setIdentifier(new Identifier().setSystem(properties.staffSystem())
                        .setValue(record.username())).setDisplay(record.username()));
        if (record.role() != null) {
            agent.addRole(new CodeableConcept().setText(record.role()));
        }
        if (record.clientAddress() != null) {
            agent.getNetwork().setAddress(record.clientAddress()).setType(AuditEventAgentNetworkType._2);
        }
        event.getSource().setSite(record.channel())
                .setObserver(new Reference().setDisplay("Frontdesk"))
                .addType(new Coding(SOURCE_TYPE, "4", "Application Server"));
        for (var patient : record.patientIds()) {
            event.addEntity().setWhat(new Reference("Patient/" + patient))
                    .setType(new Coding(ENTITY_TYPE, "1", "Person"))
                    .setRole(new Coding(OBJECT_ROLE, "1", "Patient"));
        }
        return event;
    }

    private static void type(AuditEvent event, AuditAction action) {
        switch (action) {
            case READ, SEARCH, CREATE, UPDATE -> {
                event.setType(new Coding(EVENT_TYPE, "rest", "Restful Operation"));
                event.addSubtype(switch (action) {
                    case READ -> new Coding(INTERACTION, "read", "read");
                    case SEARCH -> new Coding(INTERACTION, "search-type", "search type");
                    case CREATE -> new Coding(INTERACTION, "create", "create");
                    default -> new Coding(INTERACTION, "update", "update");
                });
            }
            case EXPORT -> event.setType(new Coding(DICOM, "110106", "Export"));
            case LOGIN, LOGIN_FAILED, MFA_FAILED -> {
                event.setType(new Coding(DICOM, "110114", "User Authentication"));
                event.addSubtype(new Coding(DICOM, "110122", "Login"));
            }
            case LOGOUT -> {
                event.setType(new Coding(DICOM, "110114", "User Authentication"));
                event.addSubtype(new Coding(DICOM, "110123", "Logout"));
            }
            case STAFF_CHANGE -> event.setType(new Coding(DICOM, "110136", "Security Roles Changed"));
        }
    }
}
