package org.frontdesk.interop;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the FHIR server on {@code /fhir/*}, next to (not inside) Spring MVC, behind the same security filters. */
@Configuration(proxyBeanMethods = false)
class FhirServerConfiguration {

    /** One context for the application: building it scans the R4 model, which takes a second or two. */
    @Bean
    FhirContext fhirContext() {
        var context = FhirContext.forR4();
        // Both the server and our own body parsing must refuse bad values instead of logging them.
        context.setParserErrorHandler(new StrictParserErrors());
        return context;
    }

    @Bean
    ServletRegistrationBean<FhirServer> fhirServlet(FhirContext context, List<IResourceProvider> providers,
            FhirProperties properties, ApplicationEventPublisher events) {
        var registration = new ServletRegistrationBean<>(new FhirServer(context, providers, properties, events),
                "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
