package org.frontdesk.audit;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.aopalliance.intercept.MethodInvocation;
import org.frontdesk.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.stereotype.Component;
import java.util.Objects;

/**
 * Records calls that method security refused ({@code @PreAuthorize} and {@code @PostAuthorize} on our services and
 * controllers), so that a reviewer sees who tried to open what they may not. Web-layer refusals (a missing login)
 * are not entries: the login page is the answer to those.
 */
@Component
class AccessDeniedAudit {

    private static final String OUR_PACKAGE = "org.frontdesk.";

    private final AuditTrail trail;

    AccessDeniedAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        var invocation = switch (event.getObject()) {
            case MethodInvocation call -> call;
            case MethodInvocationResult result -> result.getMethodInvocation();
            default -> null;
        };
        if (invocation == null || !invocation.getMethod().getDeclaringClass().getName().startsWith(OUR_PACKAGE)) {
            return;
        }
        var authentication = event.getAuthentication().get();
        var staff = authentication == null ? null : StaffMember.from(authentication).orElse(null);
        var username = authentication == null ? "anonymous" : authentication.getName();
        var method = invocation.getMethod();
        var patients = patientIds(invocation.getArguments());
        var entry = new AuditEntry(actionOf(method.getName()), AuditOutcome.DENIED,
                patients.isEmpty() ? null : "Patient", patients.size() == 1 ? patients.getFirst().toString() : null,
                patients, method.getDeclaringClass().getSimpleName() + "." + method.getName());
        trail.record(entry, username, staff == null ? null : staff.role().name());
    }

    /** What the refused call would have done, read from the method's name (our services name their verbs). */
    static AuditAction actionOf(String methodName) {
        if (methodName.startsWith("search")) {
            return AuditAction.SEARCH;
        }
        if (methodName.startsWith("register") || methodName.startsWith("create")) {
            return AuditAction.CREATE;
        }
        if (methodName.startsWith("update") || methodName.startsWith("set")) {
            return AuditAction.UPDATE;
        }
        return methodName.startsWith("export") ? AuditAction.EXPORT : AuditAction.READ;
    }

    /**
     * Patient ids among the arguments. Audit may not depend on the patients module (patients depends on audit), so
     * the typed id is recognised by its shape: a record named {@code PatientId} holding one UUID.
     */
    static List<UUID> patientIds(@Nullable Object[] arguments) {
        return Arrays.stream(arguments)
                .map(AccessDeniedAudit::patientIdOf)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private static @Nullable UUID patientIdOf(@Nullable Object argument) {
        if (argument instanceof Record id && id.getClass().getSimpleName().equals("PatientId")) {
            var components = id.getClass().getRecordComponents();
            if (components.length == 1 && components[0].getType() == UUID.class) {
                try {
                    return (UUID) components[0].getAccessor().invoke(id);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
