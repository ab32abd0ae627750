package org.frontdesk.interop;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ServerCapabilityStatementProvider;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;

/**
 * HAPI's plain server with our choices: JSON unless the client asks for XML, paged searches, a generated
 * CapabilityStatement, and {@link FhirErrors} in front of every error. HAPI's {@code LoggingInterceptor} is left
 * out on purpose: it would write query strings (names, birth dates) to the log.
 */
class FhirServer extends RestfulServer {

    private final transient List<IResourceProvider> providers;
    private final transient FhirProperties properties;
    private final transient ApplicationEventPublisher events;

    FhirServer(FhirContext context, List<IResourceProvider> providers, FhirProperties properties,
            ApplicationEventPublisher events) {
        super(context);
        this.providers = List.copyOf(providers);
        this.properties = properties;
        this.events = events;
    }

    @Override
    protected void initialize() {
        setServerName("Frontdesk FHIR API");
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setResourceProviders(providers);
        var paging = new OwnedPagingProvider(properties.pagedSearches());
        paging.setDefaultPageSize(properties.defaultPageSize());
        paging.setMaximumPageSize(properties.maximumPageSize());
        setPagingProvider(paging);
        setServerConformanceProvider(new ServerCapabilityStatementProvider(this));
        registerInterceptor(new FhirErrors(events));
    }
}
