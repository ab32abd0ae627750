package org.frontdesk.audit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /**
     * Makes Spring Security publish its refusals as {@code AuthorizationDeniedEvent}s (it publishes none without
     * this bean) for {@link AccessDeniedAudit}. There must be only one such bean in the application.
     */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }
}
