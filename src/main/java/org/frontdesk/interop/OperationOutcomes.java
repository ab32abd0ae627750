package org.frontdesk.interop;

import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@code OperationOutcome} that goes with an error. Messages must name the element and the rule, never
 * the submitted value: outcomes reach logs, proxies and client error reports.
 */
public final class OperationOutcomes {

    private OperationOutcomes() {}

    /** One problem, pointed at by a FHIRPath expression when it concerns a single element. */
    public record Issue(IssueType code, String message, @Nullable String expression) {

        public static Issue of(IssueType code, String message) {
            return new Issue(code, message, null);
        }
    }

    public static OperationOutcome of(List<Issue> issues) {
        var outcome = new OperationOutcome();
        for (var issue : issues) {
            var component = outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(issue.code())
                    .setDiagnostics(issue.message());
            if (issue.expression() != null) {
                component.addExpression(issue.expression());
            }
        }
        return outcome;
    }

    public static OperationOutcome error(IssueType code, String message) {
        return of(List.of(Issue.of(code, message)));
    }

    public static OperationOutcome error(IssueType code, String message, @Nullable String expression) {
        return of(List.of(new Issue(code, message, expression)));
    }
}
