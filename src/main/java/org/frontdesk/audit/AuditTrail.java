package org.frontdesk.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.frontdesk.audit.AuditChain.StoredFields;
import org.frontdesk.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit entries. An entry joins the caller's transaction when there is one, so that a change and its
 * audit entry are committed together or not at all.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditChain chain;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${frontdesk.audit.key:frontdesk-audit-chain}") String key) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.chain = new AuditChain(key);
        this.clock = clock;
    }

    /** Records the entry for the staff member of the current request (or {@code system}). */
    public void record(AuditEntry entry) {
        var staff = StaffMember.current();
        record(entry, staff.map(StaffMember::username).orElse("system"),
                staff.map(s -> s.role().name()).orElse(null));
    }

    /** Records the entry for a named user, e.g. a failed login where nobody is signed in. */
    public void record(AuditEntry entry, String username, @Nullable String role) {
        var request = currentRequest();
        var channel = channelOf(request);
        var clientAddress = request == null ? null : request.getRemoteAddr();
        transactions.executeWithoutResult(status -> append(entry, username, role, clientAddress, channel));
    }

    private void append(AuditEntry entry, String username, @Nullable String role, @Nullable String clientAddress,
            String channel) {
        // One writer at a time per schema: each entry's hash depends on the one before it.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.audit_event'))").query().singleRow();
        var last = jdbc.sql("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)})
                .optional();
        long id = last.map(row -> (Long) row[0] + 1).orElse(1L);
        byte[] previousHash = last.map(row -> (byte[]) row[1]).orElse(AuditChain.GENESIS);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var fields = new StoredFields(id, now, username, role, entry.action().name(), entry.outcome().name(),
                entry.resourceType(), entry.resourceId(), entry.patientIds(), clientAddress, channel, entry.detail());
        byte[] hash = chain.link(previousHash, fields);
        jdbc.sql("""
                INSERT INTO audit_event (id, occurred_at, username, role, action, outcome, resource_type,
                    resource_id, patient_ids, client_address, channel, detail, previous_hash, hash)
                VALUES (:id, :at, :username, :role, :action, :outcome, :resourceType, :resourceId,
                    :patientIds::uuid[], :clientAddress, :channel, :detail, :previousHash, :hash)
                """)
                .param("id", id)
                .param("at", java.sql.Timestamp.from(now))
                .param("username", username)
                .param("role", role)
                .param("action", entry.action().name())
                .param("outcome", entry.outcome().name())
                .param("resourceType", entry.resourceType())
                .param("resourceId", entry.resourceId())
                .param("patientIds", entry.patientIds().stream().map(Object::toString).toArray(String[]::new))
                .param("clientAddress", clientAddress)
                .param("channel", channel)
                .param("detail", entry.detail())
                .param("previousHash", previousHash)
                .param("hash", hash)
                .update();
    }

    AuditChain chain() {
        return chain;
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static String channelOf(@Nullable HttpServletRequest request) {
        if (request == null) {
            return "SYSTEM";
        }
        var path = request.getRequestURI();
        if (path.startsWith("/fhir")) {
            return "FHIR";
        }
        return path.startsWith("/api") ? "API" : "UI";
    }
}
