package org.frontdesk.interop;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

/**
 * The last stop of every error: turns a refusal by method security into 403, keeps the outcomes providers built,
 * and replaces anything else with a message that cannot carry PHI. Runs before HAPI's own handler, which would
 * otherwise log the original message (HAPI's parse and parameter errors quote the input).
 */
@Interceptor
class FhirErrors {

    private static final Logger log = LoggerFactory.getLogger(FhirErrors.class);
    private static final Pattern HAPI_CODE = Pattern.compile("HAPI-[0-9]{4}");
    private static final Pattern JSON_LOCATION = Pattern.compile("line: ([0-9]+), column: ([0-9]+)");

    private final ApplicationEventPublisher events;

    FhirErrors(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Hook(value = Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION, order = -1000)
    BaseServerResponseException translate(RequestDetails request, Throwable thrown) {
        if (deniedByMethodSecurity(thrown)) {
            var id = request.getId();
            events.publishEvent(new FhirRequestDenied(request.getResourceName(),
                    id == null || !id.hasIdPart() ? null : id.getIdPart(), request.getRestOperationType()));
            return new ForbiddenOperationException("Your role does not allow this.",
                    OperationOutcomes.error(IssueType.FORBIDDEN, "Your role does not allow this."));
        }
        if (thrown instanceof DataFormatException malformed) {
            // A search parameter HAPI could not read (a date that is not one): the client's mistake, not ours.
            var message = safeMessage(String.valueOf(malformed.getMessage()));
            return new InvalidRequestException(message, OperationOutcomes.error(IssueType.INVALID, message));
        }
        if (thrown instanceof BaseServerResponseException response) {
            if (response.getOperationOutcome() != null) {
                return response;
            }
            return sanitised(response);
        }
        log.error("FHIR request {} failed: {}", request.getRequestId(), causeChain(thrown));
        return new InternalErrorException("An unexpected error occurred (request " + request.getRequestId() + ").",
                OperationOutcomes.error(IssueType.EXCEPTION,
                        "An unexpected error occurred (request " + request.getRequestId() + ")."));
    }

    /** HAPI's own 4xx: structural messages (unknown type, wrong method) are kept; 400s may quote input, so not. */
    private static BaseServerResponseException sanitised(BaseServerResponseException response) {
        int status = response.getStatusCode();
        if (status >= 500) {
            log.error("FHIR request failed with {}: {}", status, causeChain(response));
            return new InternalErrorException("An unexpected error occurred.",
                    OperationOutcomes.error(IssueType.EXCEPTION, "An unexpected error occurred."));
        }
        if (status == 400 || status == 422) {
            return new InvalidRequestException(safeMessage(String.valueOf(response.getMessage())),
                    OperationOutcomes.error(IssueType.INVALID, safeMessage(String.valueOf(response.getMessage()))));
        }
        var message = String.valueOf(response.getMessage());
        return new UnclassifiedServerFailureException(status, message,
                OperationOutcomes.error(status == 404 ? IssueType.NOTFOUND : IssueType.NOTSUPPORTED, message));
    }

    /**
     * What can be kept of a HAPI 400: our strict parser's refusals (which name the element only), the line and
     * column of a syntax error, and HAPI's message code. Everything else may quote the input.
     */
    static String safeMessage(String original) {
        var refusal = StrictParserErrors.REFUSAL.matcher(original);
        if (refusal.find()) {
            return refusal.group();
        }
        var code = HAPI_CODE.matcher(original);
        var location = JSON_LOCATION.matcher(original);
        return "The request is not valid for this server: check the body's syntax and the search parameters' names"
                + " and formats" + (location.find() ? " (body line " + location.group(1) + ", column " + location.group(2) + ")" : "")
                + (code.find() ? " [" + code.group() + "]." : ".");
    }

    private static boolean deniedByMethodSecurity(Throwable thrown) {
        for (var cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }

    /** Exception classes only: messages of driver or library exceptions may hold the values that failed. */
    private static String causeChain(Throwable thrown) {
        var names = new ArrayList<String>();
        for (var cause = thrown; cause != null && names.size() < 10; cause = cause.getCause()) {
            var frame = cause.getStackTrace().length > 0 ? " at " + cause.getStackTrace()[0] : "";
            names.add(cause.getClass().getName() + frame);
        }
        return String.join(" <- ", names);
    }
}
