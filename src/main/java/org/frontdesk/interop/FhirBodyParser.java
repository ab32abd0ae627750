package org.frontdesk.interop;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a request body into a resource. Providers take the body as text ({@code @ResourceParam String}) and call
 * this, so that a malformed body yields a 400 whose message tells where the problem is without quoting the body:
 * HAPI's own parse errors repeat the offending token, which may be a name.
 */
@Component
public class FhirBodyParser {

    private final FhirContext context;

    FhirBodyParser(FhirContext context) {
        this.context = context;
    }

    public <T extends IBaseResource> T parse(RequestDetails request, String body, Class<T> type) {
        var resourceName = context.getResourceType(type);
        if (body.isBlank()) {
            throw invalid("The request has no body; send a " + resourceName + " resource.", null);
        }
        var encoding = encodingOf(request, body);
        var parser = encoding == EncodingEnum.XML ? context.newXmlParser() : context.newJsonParser();
        parser.setParserErrorHandler(new StrictParserErrors());
        IBaseResource resource;
        try {
            resource = parser.parseResource(body);
        } catch (StrictParserErrors.Refusal refusal) {
            throw invalid(refusal.getMessage(), refusal.element());
        } catch (DataFormatException e) {
            throw invalid("The body is not a well-formed FHIR " + encoding.getFormatContentType() + " resource"
                    + where(e) + ".", null);
        }
        if (!type.isInstance(resource)) {
            throw invalid("Expected a " + resourceName + " resource.", null);
        }
        return type.cast(resource);
    }

    private static EncodingEnum encodingOf(RequestDetails request, String body) {
        var declared = EncodingEnum.forContentType(request.getHeader("Content-Type"));
        if (declared != null) {
            return declared;
        }
        return body.stripLeading().startsWith("<") ? EncodingEnum.XML : EncodingEnum.JSON;
    }

    /** Line and column only: Jackson's message quotes the token it choked on. */
    private static String where(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
                return " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
            }
        }
        return "";
    }

    private static InvalidRequestException invalid(String message, @Nullable String element) {
        return new InvalidRequestException(message, OperationOutcomes.error(IssueType.STRUCTURE, message, element));
    }
}
