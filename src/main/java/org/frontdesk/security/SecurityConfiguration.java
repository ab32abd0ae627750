package org.frontdesk.security;

import static org.springframework.security.authorization.AuthenticatedAuthorizationManager.authenticated;
import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAuthority;
import static org.springframework.security.authorization.AuthorizationManagers.allOf;
import static org.springframework.security.authorization.AuthorizationManagers.not;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.AuthorizationManagerAfterMethodInterceptor;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.PostFilterAuthorizationMethodInterceptor;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.authorization.method.PreFilterAuthorizationMethodInterceptor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two doors: the machine APIs ({@code /fhir}, {@code /api}) take HTTP Basic or a bearer token on every request and
 * keep no session; the staff pages use form login with a second factor, a session that expires when idle, and
 * CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
// the pre/post annotations' interceptors are declared below, to decide @PreAuthorize without SpEL (ADR 19)
@EnableMethodSecurity(prePostEnabled = false)
class SecurityConfiguration {

    /** No inline scripts or styles anywhere: everything the pages run comes from our own origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** Where refusals go when no publisher is declared (the audit module declares one). */
    private static final AuthorizationEventPublisher NOTHING_PUBLISHED = new AuthorizationEventPublisher() {
        @Override
        public <T> void publishAuthorizationEvent(Supplier<Authentication> authentication, T object,
                AuthorizationResult result) {}
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    /**
     * Every service method checks a permission, several times per request. Observing each check (a timer and a
     * long-task timer per call) was a fifth of a booking's CPU in the JVM (ADR 14), and no one reads those meters;
     * sign-ins and the filter chains are still observed.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveAuthorizations(false).build();
    }

    /** {@code @PreAuthorize}, decided by {@link PermissionCheck}; its refusals are published for the audit trail. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor preAuthorizeAuthorizationMethodInterceptor(ApplicationContext context,
            ObjectProvider<AuthorizationEventPublisher> publisher) {
        var expressionHandler = new DefaultMethodSecurityExpressionHandler();
        expressionHandler.setApplicationContext(context);
        var expressions = new PreAuthorizeAuthorizationManager();
        expressions.setExpressionHandler(expressionHandler);
        expressions.setApplicationContext(context);
        var interceptor = AuthorizationManagerBeforeMethodInterceptor.preAuthorize(new PermissionCheck(expressions));
        interceptor.setAuthorizationEventPublisher(atFirstDecision(publisher));
        return interceptor;
    }

    /** The other pre/post annotations, as {@code @EnableMethodSecurity} would declare them. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor postAuthorizeAuthorizationMethodInterceptor(
            ObjectProvider<AuthorizationEventPublisher> publisher) {
        var interceptor = AuthorizationManagerAfterMethodInterceptor.postAuthorize();
        interceptor.setAuthorizationEventPublisher(atFirstDecision(publisher));
        return interceptor;
    }

    /**
     * The publisher, looked up at the first decision: the advisors are made before most beans, and taking the
     * publisher then would make it and the audit's configuration too early for the other post-processors. Looked up
     * once: the interceptor hands it every decision, granted ones too (the audit's publisher passes on refusals only).
     */
    private static AuthorizationEventPublisher atFirstDecision(ObjectProvider<AuthorizationEventPublisher> provider) {
        return new AuthorizationEventPublisher() {
            private volatile @Nullable AuthorizationEventPublisher publisher;

            @Override
            public <T> void publishAuthorizationEvent(Supplier<Authentication> authentication, T object,
                    AuthorizationResult result) {
                var resolved = publisher;
                if (resolved == null) {
                    resolved = provider.getIfAvailable(() -> NOTHING_PUBLISHED);
                    publisher = resolved;
                }
                resolved.publishAuthorizationEvent(authentication, object, result);
            }
        };
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor preFilterAuthorizationMethodInterceptor() {
        return new PreFilterAuthorizationMethodInterceptor();
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor postFilterAuthorizationMethodInterceptor() {
        return new PostFilterAuthorizationMethodInterceptor();
    }

    /** Which sessions each staff member has open, so that disabling an account can end them. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when Tomcat ends a session or changes its id. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(1)
    SecurityFilterChain machineApis(HttpSecurity http, ApiAuthenticationEntryPoint entryPoint, ApiTokens tokens,
            SigningIn signingIn) throws Exception {
        http.securityMatcher("/fhir/**", "/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/fhir/metadata").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, signingIn, entryPoint), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffPages(HttpSecurity http, SessionRegistry sessions, EndingSessions ending) throws Exception {
        var redirects = new SignInRedirects();
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error",
                                "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/mfa", "/mfa/enroll").hasAuthority(SecondFactorPending.AUTHORITY)
                        .requestMatchers("/admin/**").hasAuthority(Permission.STAFF_ADMIN.name())
                        // Half a sign-in (password without the second factor) opens nothing else.
                        .anyRequest().access(allOf(authenticated(), not(hasAuthority(SecondFactorPending.AUTHORITY)))))
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(StaffPageSignIn::new)
                        .successHandler(redirects)
                        .permitAll())
                .exceptionHandling(errors -> errors.accessDeniedHandler(redirects))
                .sessionManagement(session -> session.invalidSessionUrl("/login?expired")
                        .maximumSessions(-1).sessionRegistry(sessions).expiredSessionStrategy(ending))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        // Without its cookie the next visit is a fresh start, not an "expired session".
                        .deleteCookies("JSESSIONID"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
