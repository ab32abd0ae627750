package org.frontdesk.security;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.MethodClassKey;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.MethodAuthorizationDeniedHandler;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Decides {@code @PreAuthorize} on our services. The expressions Frontdesk writes are {@link Permission}'s constants,
 * {@code hasAuthority('SCHEDULE_WRITE')} and the like: those are decided here by looking the authority up among the
 * caller's, as Spring Security's {@code hasAuthority} does (there is no role hierarchy). Any other expression is
 * Spring Security's to evaluate, as before.
 *
 * <p>Why: evaluating the expression with SpEL made a new evaluation context and expression root on every call, and
 * was more than half of the CPU that two hundred clerks racing for one provider's time spent in the JVM (ADR 19);
 * every service method checks a permission, several times per request.
 */
final class PermissionCheck implements AuthorizationManager<MethodInvocation>, MethodAuthorizationDeniedHandler {

    private static final Pattern HAS_AUTHORITY = Pattern.compile("hasAuthority\\('([A-Z_]+)'\\)");

    /** What a method's annotation asks for: one authority, or an expression for Spring Security. */
    private sealed interface Rule {}

    private record OneAuthority(String authority, AuthorityAuthorizationDecision granted,
            AuthorityAuthorizationDecision refused) implements Rule {

        OneAuthority(String authority) {
            this(authority, new AuthorityAuthorizationDecision(true, List.of(new SimpleGrantedAuthority(authority))),
                    new AuthorityAuthorizationDecision(false, List.of(new SimpleGrantedAuthority(authority))));
        }
    }

    private record Expression() implements Rule {}

    private final PreAuthorizeAuthorizationManager expressions;
    private final Map<MethodClassKey, Rule> rules = new ConcurrentHashMap<>();

    PermissionCheck(PreAuthorizeAuthorizationManager expressions) {
        this.expressions = expressions;
    }

    @Override
    public @Nullable AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
            MethodInvocation invocation) {
        var target = invocation.getThis();
        var targetClass = target == null ? null : target.getClass();
        var rule = rules.computeIfAbsent(new MethodClassKey(invocation.getMethod(), targetClass),
                key -> ruleOf(invocation.getMethod(), targetClass));
        return switch (rule) {
            case OneAuthority one -> holds(authentication.get(), one.authority()) ? one.granted() : one.refused();
            case Expression expression -> expressions.authorize(authentication, invocation);
        };
    }

    @Override
    public @Nullable Object handleDeniedInvocation(MethodInvocation invocation, AuthorizationResult result) {
        return expressions.handleDeniedInvocation(invocation, result);
    }

    /**
     * One authority only when the method itself carries {@code @PreAuthorize("hasAuthority('...')")}, the
     * annotation Spring Security would find first; anything else (on the class, an interface, a meta-annotation,
     * another expression) stays Spring Security's.
     */
    private static Rule ruleOf(Method method, @Nullable Class<?> targetClass) {
        var specific = AopUtils.getMostSpecificMethod(method, targetClass);
        var annotation = specific.getDeclaredAnnotation(PreAuthorize.class);
        if (annotation == null) {
            return new Expression();
        }
        var simple = HAS_AUTHORITY.matcher(annotation.value().strip());
        return simple.matches() ? new OneAuthority(simple.group(1)) : new Expression();
    }

    private static boolean holds(@Nullable Authentication authentication, String authority) {
        if (authentication == null) {
            return false;
        }
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
