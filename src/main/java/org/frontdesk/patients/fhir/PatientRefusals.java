package org.frontdesk.patients.fhir;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.ArrayList;
import java.util.List;
import org.frontdesk.interop.OperationOutcomes;
import org.frontdesk.interop.OperationOutcomes.Issue;
import org.frontdesk.patients.InvalidPatientDetails;
import org.frontdesk.patients.PossibleDuplicate;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** How the registry's refusals read in FHIR: which status, and an issue per problem. */
final class PatientRefusals {

    /** The header that carries a clerk's reason to register a patient despite possible duplicates. */
    static final String DUPLICATE_REASON_HEADER = "Frontdesk-Duplicate-Reason";

    private PatientRefusals() {}

    /** 422 with one issue per broken rule; the messages come from the registry and never repeat a value. */
    static UnprocessableEntityException invalid(InvalidPatientDetails e) {
        var issues = new ArrayList<Issue>();
        e.fieldErrors().forEach((field, message) -> issues.add(field.equals("duplicateReason")
                ? Issue.of(IssueType.INVALID, DUPLICATE_REASON_HEADER + ": " + message)
                : new Issue(IssueType.INVALID, message, PatientProfile.FIELD_PATHS.get(field))));
        return new UnprocessableEntityException("The patient breaks " + issues.size() + " rule(s).",
                OperationOutcomes.of(issues));
    }

    /** 409 naming the patients who may be the same person (ids only: the caller can read them if allowed). */
    static BaseServerResponseException possibleDuplicates(List<PossibleDuplicate> candidates) {
        var issues = new ArrayList<Issue>();
        issues.add(Issue.of(IssueType.DUPLICATE, "Nothing was stored: " + candidates.size()
                + " patient(s) on file may be this person. Check them, then send the request again with a "
                + DUPLICATE_REASON_HEADER + " header to register anyway."));
        for (var candidate : candidates) {
            issues.add(Issue.of(IssueType.DUPLICATE, "Possible duplicate: Patient/" + candidate.patient().id()
                    + " (" + candidate.reason().label() + ")"));
        }
        return new UnclassifiedServerFailureException(409, "Possible duplicate patient", OperationOutcomes.of(issues));
    }
}
