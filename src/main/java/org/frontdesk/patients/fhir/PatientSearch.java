package org.frontdesk.patients.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.interop.FhirProperties;
import org.frontdesk.interop.OperationOutcomes;
import org.frontdesk.patients.Patient;
import org.frontdesk.patients.PatientId;
import org.frontdesk.patients.Patients;
import org.frontdesk.security.Permission;
import org.frontdesk.security.StaffMember;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Runs a {@code Patient} search through the registry's index (audited there with the ids it found), then keeps
 * the patients that meet every parameter. A search must name someone: a name, an exact birth date, a phone, an
 * identifier or an id; a bare range of birth dates or a gender would list the practice.
 */
@Component
class PatientSearch {

    private static final String NAME_SOMEONE = "Search by at least one of name, family, given, birthdate (a day),"
            + " phone, identifier or _id.";

    private final Patients patients;
    private final AuditTrail audit;
    private final FhirProperties properties;

    PatientSearch(Patients patients, AuditTrail audit, FhirProperties properties) {
        this.patients = patients;
        this.audit = audit;
        this.properties = properties;
    }

    PatientCriteria criteria(@Nullable StringParam name, @Nullable StringParam family, @Nullable StringParam given,
            @Nullable DateRangeParam birthdate, @Nullable TokenParam identifier, @Nullable TokenParam phone,
            @Nullable TokenParam gender) {
        return new PatientCriteria(name, family, given, birthdate, identifier, phone, gender, properties.mrnSystem());
    }

    List<Patient> find(@Nullable String id, PatientCriteria criteria) {
        // The registry checks this too, but the searches below that never reach it must not answer a role
        // without patient access either.
        if (StaffMember.current().filter(staff -> staff.role().may(Permission.PATIENT_READ)).isEmpty()) {
            throw new AccessDeniedException("no patient access");
        }
        if (id != null) {
            List<Patient> found;
            try {
                found = patients.find(PatientId.parse(id.strip())).filter(criteria::matches).stream().toList();
            } catch (IllegalArgumentException notOurs) {
                found = List.of();
            }
            if (found.isEmpty()) {
                auditEmptySearch();
            }
            return found;
        }
        var text = criteria.indexText();
        if (text.isBlank()) {
            if (criteria.identifier() != null) {
                // An identifier of another system: nobody here has it, and saying so reveals nothing.
                auditEmptySearch();
                return List.of();
            }
            throw new InvalidRequestException(NAME_SOMEONE, OperationOutcomes.error(IssueType.TOOCOSTLY, NAME_SOMEONE));
        }
        return patients.search(text, Patients.MAX_SEARCH_RESULTS).stream().filter(criteria::matches).toList();
    }

    /** Searches that the registry never saw are audited here, so that every FHIR search leaves a trace. */
    private void auditEmptySearch() {
        audit.record(new AuditEntry(AuditAction.SEARCH, AuditOutcome.SUCCESS, "Patient", null, List.of(), "0 results"));
    }
}
