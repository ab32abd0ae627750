package org.frontdesk.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 *       its entry are committed together or not at all. The entry waits in {@code audit_pending} until the chain's
 *       writer ({@link ChainWriter}) links it into {@code audit_event}; the caller, once committed, waits for that
 *       too (ADR 16), without holding the chain lock.
 *   <li>A refusal or failure ({@link AuditOutcome#DENIED}, {@link AuditOutcome#FAILED}) is recorded whatever
 *       happens to the caller's transaction, which often rolls back because of it: the chain's writer appends it in
 *       its own transaction, and the caller waits until it is durable.
 * </ul>
 */
@Service
public class AuditTrail implements AutoCloseable {

    /** Bound to a transaction that has left entries in audit_pending, so that it waits for them once. */
    private static final Object AWAITS_CHAIN = new Object();
    /** How long a committed caller waits for its entries to be chained before it goes on (they are durable). */
    private static final Duration CHAINED_WITHIN = Duration.ofSeconds(10);
    /** Pending entries chained in one round at most. */
    private static final int ROUND = 1_000;

    private static final String INSERT = """
            INSERT INTO audit_event (id, occurred_at, username, role, action, outcome, resource_type,
                resource_id, patient_ids, client_address, channel, detail, previous_hash, hash, pending_id)
            VALUES (:id, :at, :username, :role, :action, :outcome, :resourceType, :resourceId,
                :patientIds::uuid[], :clientAddress, :channel, :detail, :previousHash, :hash, :pendingId)
            """;

    /** The columns a pending entry is written with, here and in {@link #pendingClause}. */
    private static final String PENDING_COLUMNS = """
            occurred_at, username, role, action, outcome, resource_type, resource_id, patient_ids, client_address,
            channel, detail""";

    private static final String INSERT_PENDING = "INSERT INTO audit_pending (" + PENDING_COLUMNS + ") " + """
            VALUES (:at, :username, :role, :action, :outcome, :resourceType, :resourceId, :patientIds::uuid[],
                :clientAddress, :channel, :detail)
            """;

    /** An entry on its way into the chain: pending (with its id and time) or standing on its own. */
    private record Unchained(@Nullable Long pendingId, @Nullable Instant at, AttributedEntry attributed) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditChain chain;
    private final Clock clock;
    private final ChainWriter writer;

    AuditTrail(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${frontdesk.audit.key:frontdesk-audit-chain}") String key,
            @Qualifier(IndependentWriter.BEAN_NAME) DataSource independentWriter) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.chain = new AuditChain(key);
        this.clock = clock;
        // The chain's writer works through connections of its own: callers wait for it while holding theirs.
        var writerTemplate = new NamedParameterJdbcTemplate(independentWriter);
        var writerJdbc = JdbcClient.create(writerTemplate);
        var writerTransactions = new TransactionTemplate(new DataSourceTransactionManager(independentWriter));
        this.writer = new ChainWriter((standalone, asked) -> Boolean.TRUE.equals(writerTransactions.execute(
                status -> appendRound(writerJdbc, writerTemplate, standalone, asked))));
    }

    /** Records the entry for the staff member of the current request (or {@code system}). */
    public void record(AuditEntry entry) {
        record(toCurrentStaff(entry));
    }

    /** Records the entry for a named user, e.g. a failed login where nobody is signed in. */
    public void record(AuditEntry entry, String username, @Nullable String role) {
        record(attributed(entry, username, role));
    }

    private void record(AttributedEntry attributed) {
        if (attributed.entry().outcome() != AuditOutcome.SUCCESS) {
            writer.write(attributed);
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql(INSERT_PENDING).paramSource(columns(attributed, now())).update();
            awaitChainAfterCommit();
        });
    }

    /**
     * A clause for the caller's own statement, {@code audited AS (INSERT INTO audit_pending ...)}, that writes a
     * successful entry when {@code condition} holds: for a change made in a single statement that commits on its
     * own, so that the change and its entry are one round trip, committed together or not at all (ADR 18). The
     * condition is SQL over the statement's other clauses, e.g. {@code EXISTS (SELECT 1 FROM booked)}; the clause's
     * parameters, all named {@code audit_...}, come from {@link #inStatement(AuditEntry)}. The caller calls
     * {@link #chainSoon()} once the statement has committed.
     */
    public static String pendingClause(String condition) {
        return """
                audited AS (
                    INSERT INTO audit_pending (%s)
                    SELECT CAST(:audit_at AS timestamptz), CAST(:audit_username AS text), CAST(:audit_role AS text),
                        CAST(:audit_action AS text), CAST(:audit_outcome AS text), CAST(:audit_resourceType AS text),
                        CAST(:audit_resourceId AS text), CAST(:audit_patientIds AS uuid[]),
                        CAST(:audit_clientAddress AS text), CAST(:audit_channel AS text), CAST(:audit_detail AS text)
                    WHERE %s)""".formatted(PENDING_COLUMNS, condition);
    }

    /**
     * The parameters of {@link #pendingClause(String)} for a successful entry, attributed to the staff member of
     * the current request (or {@code system}) as {@link #record(AuditEntry)} does.
     *
     * @throws IllegalArgumentException for an entry that is not a success: a refusal or failure is recorded whatever
     *     happens to the caller's statement, with {@link #record(AuditEntry)}
     */
    public Map<String, Object> inStatement(AuditEntry entry) {
        if (entry.outcome() != AuditOutcome.SUCCESS) {
            throw new IllegalArgumentException("Only a success is written with the change it records");
        }
        var columns = columns(toCurrentStaff(entry), now());
        var parameters = new HashMap<String, Object>();
        for (var name : columns.getParameterNames()) {
            parameters.put("audit_" + name, columns.getValue(name));
        }
        return parameters;
    }

    /** The entry, attributed to the staff member of the current request (or {@code system}). */
    private static AttributedEntry toCurrentStaff(AuditEntry entry) {
        var staff = StaffMember.current();
        return attributed(entry, staff.map(StaffMember::username).orElse("system"),
                staff.map(s -> s.role().name()).orElse(null));
    }

    private static AttributedEntry attributed(AuditEntry entry, String username, @Nullable String role) {
        var request = currentRequest();
        return new AttributedEntry(entry, username, role, request == null ? null : request.getRemoteAddr(),
                channelOf(request));
    }

    /**
     * After a statement with a {@link #pendingClause(String)} has committed: asks the chain's writer to chain its
     * entry, and returns at once (ADR 20). The entry is durable already and kept by the database until it is chained
     * (V23); the readers of the trail wait for it ({@link #awaitChained()}).
     */
    public void chainSoon() {
        writer.chainSoon();
    }

    /**
     * Waits until every entry committed before this call stands in the chain: what a reader of the trail does first
     * (AuditLog, AuditVerifier), since a change made in one statement does not wait for its entry (ADR 20).
     */
    public void awaitChained() {
        writer.awaitChained(CHAINED_WITHIN);
    }

    /** Once the transaction commits, waits (once per transaction) until its entries stand in the chain. */
    private void awaitChainAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(AWAITS_CHAIN)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(AWAITS_CHAIN, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                writer.awaitChained(CHAINED_WITHIN);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(AWAITS_CHAIN);
            }
        });
    }

    /**
     * One round of the chain's writer, in its transaction: takes the chain lock, links the pending entries (oldest
     * first) and then the stand-alone ones to the newest entry, and inserts them in one JDBC batch, which takes the
     * chained entries out of audit_pending (a trigger; another lets an entry go only once it stands in audit_event).
     *
     * @param asked whether someone waits; an idle round without stand-alone entries first checks that anything is
     *     pending at all, so that it takes no lock for nothing
     * @return whether more entries are pending than one round takes
     */
    private boolean appendRound(JdbcClient jdbc, NamedParameterJdbcTemplate template,
            List<AttributedEntry> standalone, boolean asked) {
        if (standalone.isEmpty() && !asked
                && !jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_pending)").query(Boolean.class).single()) {
            return false;
        }
        // One writer at a time per schema (each entry's hash depends on the one before it): the lock, the newest
        // entry and the oldest pending ones in one round trip (V23)
        var head = new Object[] {0L, AuditChain.GENESIS};
        var pending = new ArrayList<Unchained>();
        jdbc.sql("SELECT * FROM audit_chain_round(:max)").param("max", ROUND).query(rs -> {
            long headId = rs.getLong("head_id");
            if (!rs.wasNull()) {
                head[0] = headId;
                head[1] = rs.getBytes("head_hash");
            }
            rs.getLong("pending_id");
            if (!rs.wasNull()) {
                pending.add(pending(rs));
            }
        });
        var entries = new ArrayList<Unchained>(pending);
        standalone.forEach(attributed -> entries.add(new Unchained(null, null, attributed)));
        if (entries.isEmpty()) {
            return false;
        }
        long id = (Long) head[0];
        byte[] previousHash = (byte[]) head[1];
        var rows = new ArrayList<MapSqlParameterSource>(entries.size());
        for (var unchained : entries) {
            id++;
            var row = row(id, previousHash, unchained);
            previousHash = (byte[]) row.getValue("hash");
            rows.add(row);
        }
        // each row with a pending_id takes its pending entry away (a trigger, V23)
        template.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new));
        return pending.size() == ROUND;
    }

    private static Unchained pending(ResultSet rs) throws SQLException {
        var ids = (UUID[]) rs.getArray("patient_ids").getArray();
        var entry = new AuditEntry(AuditAction.valueOf(rs.getString("action")),
                AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("resource_type"),
                rs.getString("resource_id"), List.of(ids), rs.getString("detail"));
        return new Unchained(rs.getLong("pending_id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                new AttributedEntry(entry, rs.getString("username"), rs.getString("role"),
                        rs.getString("client_address"), rs.getString("channel")));
    }

    /** The entry's columns in the chain, its hash among them. */
    private MapSqlParameterSource row(long id, byte[] previousHash, Unchained unchained) {
        var attributed = unchained.attributed();
        var entry = attributed.entry();
        Instant at = unchained.at() != null ? unchained.at() : now();
        var fields = new StoredFields(id, at, attributed.username(), attributed.role(), entry.action().name(),
                entry.outcome().name(), entry.resourceType(), entry.resourceId(), entry.patientIds(),
                attributed.clientAddress(), attributed.channel(), entry.detail());
        byte[] hash = chain.link(previousHash, fields);
        return columns(attributed, at)
                .addValue("id", id)
                .addValue("previousHash", previousHash)
                .addValue("hash", hash)
                .addValue("pendingId", unchained.pendingId());
    }

    /** The columns that a pending entry and a chained one share. */
    private static MapSqlParameterSource columns(AttributedEntry attributed, Instant at) {
        var entry = attributed.entry();
        return new MapSqlParameterSource()
                .addValue("at", java.sql.Timestamp.from(at))
                .addValue("username", attributed.username())
                .addValue("role", attributed.role())
                .addValue("action", entry.action().name())
                .addValue("outcome", entry.outcome().name())
                .addValue("resourceType", entry.resourceType())
                .addValue("resourceId", entry.resourceId())
                .addValue("patientIds", entry.patientIds().stream().map(Object::toString).toArray(String[]::new))
                .addValue("clientAddress", attributed.clientAddress())
                .addValue("channel", attributed.channel())
                .addValue("detail", entry.detail());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public void close() throws InterruptedException {
        writer.close();
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
