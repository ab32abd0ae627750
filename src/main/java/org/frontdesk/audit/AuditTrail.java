package org.frontdesk.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.frontdesk.audit.AuditChain.StoredFields;
import javax.sql.DataSource;
import org.frontdesk.database.IndependentWriter;
import org.frontdesk.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit entries.
 *
 * <ul>
 *   <li>A successful access or change joins the caller's transaction when there is one, so that the change and
 *       its entry are committed together or not at all.
 *   <li>A refusal or failure ({@link AuditOutcome#DENIED}, {@link AuditOutcome#FAILED}) is recorded whatever
 *       happens to the caller's transaction, which often rolls back because of it. Such entries go through a group
 *       commit ({@link AuditBatchWriter}); the caller waits until its entry is durable.
 * </ul>
 */
@Service
public class AuditTrail implements AutoCloseable {

    /** Bound to a transaction that holds the chain lock, so that its later entries do not wait for themselves. */
    private static final Object CHAIN_LOCK_HELD = new Object();

    private static final String INSERT = """
            INSERT INTO audit_event (id, occurred_at, username, role, action, outcome, resource_type,
                resource_id, patient_ids, client_address, channel, detail, previous_hash, hash)
            VALUES (:id, :at, :username, :role, :action, :outcome, :resourceType, :resourceId,
                :patientIds::uuid[], :clientAddress, :channel, :detail, :previousHash, :hash)
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditChain chain;
    private final Clock clock;
    private final AuditBatchWriter batches;

    AuditTrail(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${frontdesk.audit.key:frontdesk-audit-chain}") String key,
            @Qualifier(IndependentWriter.BEAN_NAME) DataSource independentWriter) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.chain = new AuditChain(key);
        this.clock = clock;
        // The group commit writes through connections of its own: callers wait for it while holding theirs.
        var writerTemplate = new NamedParameterJdbcTemplate(independentWriter);
        var writerJdbc = JdbcClient.create(writerTemplate);
        var writerTransactions = new TransactionTemplate(new DataSourceTransactionManager(independentWriter));
        this.batches = new AuditBatchWriter(
                entries -> writerTransactions.executeWithoutResult(status -> {
                    // a group commit's entries in one round trip: while it lasts, the chain admits nobody else
                    var rows = chained(writerJdbc, entries);
                    writerTemplate.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new));
                }));
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
        var attributed = new AttributedEntry(entry, username, role,
                request == null ? null : request.getRemoteAddr(), channelOf(request));
        if (entry.outcome() != AuditOutcome.SUCCESS && !TransactionSynchronizationManager.hasResource(CHAIN_LOCK_HELD)) {
            batches.write(attributed);
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql(INSERT).paramSource(chained(jdbc, List.of(attributed)).getFirst()).update();
            holdChainLockUntilTheEnd();
        });
    }

    private static void holdChainLockUntilTheEnd() {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(CHAIN_LOCK_HELD)) {
            TransactionSynchronizationManager.bindResource(CHAIN_LOCK_HELD, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHAIN_LOCK_HELD);
                }
            });
        }
    }

    /**
     * Takes the chain lock for the current transaction and links the entries, in order, to the newest entry.
     *
     * @return the rows to insert, hashes included
     */
    private List<MapSqlParameterSource> chained(JdbcClient jdbc, List<AttributedEntry> entries) {
        // One writer at a time per schema: each entry's hash depends on the one before it.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.audit_event'))").query().singleRow();
        var last = jdbc.sql("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)})
                .optional();
        long id = last.map(row -> (Long) row[0]).orElse(0L);
        byte[] previousHash = last.map(row -> (byte[]) row[1]).orElse(AuditChain.GENESIS);
        var rows = new ArrayList<MapSqlParameterSource>(entries.size());
        for (var attributed : entries) {
            id++;
            var row = row(id, previousHash, attributed);
            previousHash = (byte[]) row.getValue("hash");
            rows.add(row);
        }
        return rows;
    }

    /** The entry's columns, its hash among them. */
    private MapSqlParameterSource row(long id, byte[] previousHash, AttributedEntry attributed) {
        var entry = attributed.entry();
        var username = attributed.username();
        var role = attributed.role();
        var clientAddress = attributed.clientAddress();
        var channel = attributed.channel();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var fields = new StoredFields(id, now, username, role, entry.action().name(), entry.outcome().name(),
                entry.resourceType(), entry.resourceId(), entry.patientIds(), clientAddress, channel, entry.detail());
        byte[] hash = chain.link(previousHash, fields);
        return new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("at", java.sql.Timestamp.from(now))
                .addValue("username", username)
                .addValue("role", role)
                .addValue("action", entry.action().name())
                .addValue("outcome", entry.outcome().name())
                .addValue("resourceType", entry.resourceType())
                .addValue("resourceId", entry.resourceId())
                .addValue("patientIds", entry.patientIds().stream().map(Object::toString).toArray(String[]::new))
                .addValue("clientAddress", clientAddress)
                .addValue("channel", channel)
                .addValue("detail", entry.detail())
                .addValue("previousHash", previousHash)
                .addValue("hash", hash);
    }

    @Override
    public void close() throws InterruptedException {
        batches.close();
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
