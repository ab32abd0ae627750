package org.frontdesk.interop;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** The version a client says it is changing, from {@code If-Match: W/"3"} (weak or strong ETag, or bare). */
public record IfMatch(int version) {

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"?([0-9]{1,9})\"?");

    public static Optional<IfMatch> from(RequestDetails request) {
        var header = request.getHeader("If-Match");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        var matcher = ETAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw new InvalidRequestException("If-Match must name a version, like W/\"3\".",
                    OperationOutcomes.error(IssueType.INVALID, "If-Match must name a version, like W/\"3\"."));
        }
        return Optional.of(new IfMatch(Integer.parseInt(matcher.group(1))));
    }
}
