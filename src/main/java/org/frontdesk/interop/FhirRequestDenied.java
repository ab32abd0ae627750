package org.frontdesk.interop;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import org.jspecify.annotations.Nullable;

/**
 * A FHIR request was refused because the caller's role does not allow it (answered with 403). Published so that
 * the audit trail records attempts, not only accesses; carries no request content.
 *
 * @param resourceType as named in the URL, e.g. {@code Patient}
 * @param resourceId the id in the URL, when there was one
 */
public record FhirRequestDenied(
        @Nullable String resourceType, @Nullable String resourceId, @Nullable RestOperationTypeEnum interaction) {}
