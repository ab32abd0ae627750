package org.frontdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.util.SimpleMethodInvocation;

/**
 * {@link PermissionCheck} decides every {@code @PreAuthorize} of ours as Spring Security's SpEL evaluation does, for
 * every role, each permission alone, nobody signed in and no authentication at all.
 */
class PermissionCheckTest {

    private final PreAuthorizeAuthorizationManager spring = springManager();
    private final PermissionCheck check = new PermissionCheck(springManager());

    @Test
    void decidesEveryPreAuthorizeOfOursAsSpringSecuritysExpressionsDo() throws Exception {
        var methods = annotatedMethods();
        assertThat(methods).as("our services' methods with @PreAuthorize").hasSizeGreaterThan(100);
        int decided = 0;
        for (var method : methods) {
            var invocation = new SimpleMethodInvocation(null, method);
            for (var caller : callers().entrySet()) {
                var expected = spring.authorize(caller::getValue, invocation);
                var actual = check.authorize(caller::getValue, invocation);
                assertThat(actual).as("%s for %s", method, caller.getKey()).isNotNull();
                assertThat(actual.isGranted()).as("%s for %s", method, caller.getKey())
                        .isEqualTo(expected.isGranted());
                decided++;
            }
        }
        assertThat(decided).isEqualTo(methods.size() * callers().size());
    }

    @Test
    void aPermissionConstantIsDecidedWithoutSpelAndAnyOtherExpressionBySpringSecurity() throws Exception {
        var methods = annotatedMethods();
        var frontDesk = callers().get("FRONT_DESK");
        for (var method : methods) {
            var result = check.authorize(() -> frontDesk, new SimpleMethodInvocation(null, method));
            boolean permissionConstant = method.getAnnotation(PreAuthorize.class).value().startsWith("hasAuthority(");
            assertThat(result instanceof AuthorityAuthorizationDecision).as(method.toString())
                    .isEqualTo(permissionConstant);
        }
        assertThat(methods).as("isAuthenticated() is still Spring Security's")
                .anyMatch(m -> m.getAnnotation(PreAuthorize.class).value().equals("isAuthenticated()"));
    }

    private static Map<String, Authentication> callers() {
        var callers = new LinkedHashMap<String, Authentication>();
        for (var role : Role.values()) {
            callers.put(role.name(), UsernamePasswordAuthenticationToken.authenticated("staff", null,
                    role.permissions().stream().map(p -> new SimpleGrantedAuthority(p.name())).toList()));
        }
        for (var permission : Permission.values()) {
            callers.put(permission.name() + " alone", UsernamePasswordAuthenticationToken.authenticated("staff",
                    null, List.of(new SimpleGrantedAuthority(permission.name()))));
        }
        callers.put("no permission", UsernamePasswordAuthenticationToken.authenticated("staff", null, List.of()));
        callers.put("nobody signed in", new AnonymousAuthenticationToken("key", "anonymous",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        return callers;
    }

    private static List<Method> annotatedMethods() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        var methods = new ArrayList<Method>();
        for (var candidate : scanner.findCandidateComponents("org.frontdesk")) {
            var type = Class.forName(candidate.getBeanClassName());
            Arrays.stream(type.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(PreAuthorize.class))
                    .forEach(methods::add);
        }
        return methods;
    }

    private static PreAuthorizeAuthorizationManager springManager() {
        var context = new StaticApplicationContext();
        context.refresh();
        var handler = new DefaultMethodSecurityExpressionHandler();
        handler.setApplicationContext(context);
        var manager = new PreAuthorizeAuthorizationManager();
        manager.setExpressionHandler(handler);
        manager.setApplicationContext(context);
        return manager;
    }
}
