package org.frontdesk.audit.fhir;

import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.frontdesk.audit.AuditQuery;
import org.frontdesk.interop.OperationOutcomes;
import org.frontdesk.interop.SearchPeriod;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/AuditEvent}: search only, newest first. One search reads at most {@link #MOST_ENTRIES} entries
 * (then paged by {@code _count}); narrow by date for more. Public because HAPI calls it reflectively.
 */
@Component
public class AuditEventResourceProvider implements IResourceProvider {

    static final int MOST_ENTRIES = 1000;

    private final AuditReview review;
    private final AuditEventWriter writer;

    private final Clock clock;

    AuditEventResourceProvider(AuditReview review, AuditEventWriter writer, Clock clock) {
        this.review = review;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public Class<AuditEvent> getResourceType() {
        return AuditEvent.class;
    }

    @Search
    public List<IBaseResource> search(
            @OptionalParam(name = AuditEvent.SP_PATIENT) @Nullable ReferenceParam patient,
            @OptionalParam(name = AuditEvent.SP_AGENT) @Nullable ReferenceParam agent,
            @OptionalParam(name = AuditEvent.SP_DATE) @Nullable DateRangeParam date) {
        SearchPeriod period;
        try {
            period = SearchPeriod.of(date, clock.getZone());
        } catch (IllegalArgumentException e) {
            throw invalid("The dates must give a period that is not empty; ne is not supported.", "date");
        }
        var query = new AuditQuery(patientId(patient), agent == null ? null : agent.getIdPart(), period.from(),
                period.to(), 0, MOST_ENTRIES);
        return review.search(query).stream().<IBaseResource>map(writer::write).toList();
    }

    private static @Nullable UUID patientId(@Nullable ReferenceParam patient) {
        if (patient == null) {
            return null;
        }
        if (patient.getResourceType() != null && !"Patient".equals(patient.getResourceType())) {
            throw invalid("patient must reference a Patient.", "patient");
        }
        try {
            return UUID.fromString(patient.getIdPart());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid("patient must be Patient/<id> or an id of this server.", "patient");
        }
    }

    private static InvalidRequestException invalid(String message, String parameter) {
        return new InvalidRequestException(message,
                OperationOutcomes.error(IssueType.INVALID, "Search parameter " + parameter + ": " + message));
    }
}
