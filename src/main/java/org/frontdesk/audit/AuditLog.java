package org.frontdesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the audit trail back for reviewers (pages, CSV export, FHIR {@code AuditEvent}). Callers authorise and
 * audit the review itself.
 */
@Service
public class AuditLog {

    private static final String SELECT = """
            SELECT id, occurred_at, username, role, action, outcome, resource_type, resource_id, patient_ids,
                   client_address, channel, detail
            FROM audit_event
            WHERE (CAST(:patient AS uuid) IS NULL OR patient_ids @> ARRAY[CAST(:patient AS uuid)])
              AND (CAST(:username AS text) IS NULL OR lower(username) = lower(CAST(:username AS text)))
              AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= CAST(:from AS timestamptz))
              AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < CAST(:to AS timestamptz))
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final AuditTrail trail;

    AuditLog(JdbcClient jdbc, PlatformTransactionManager transactionManager, AuditTrail trail) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
    }

    /** Newest first, one page. */
    public List<AuditRecord> search(AuditQuery query) {
        trail.awaitChained(); // what was committed before the search is in it (ADR 20)
        return criteria(jdbc.sql(SELECT + "ORDER BY id DESC OFFSET :offset LIMIT :limit"),
                        new AuditFilter(query.patientId(), query.username(), query.from(), query.to()))
                .param("offset", query.offset())
                .param("limit", query.limit())
                .query(AuditLog::map)
                .list();
    }

    /**
     * Hands every matching entry to {@code action}, oldest first, streaming from the database so that an export of
     * the whole trail needs no more memory than one entry.
     */
    public void forEach(AuditFilter filter, Consumer<AuditRecord> action) {
        trail.awaitChained();
        // PostgreSQL honours the fetch size (a cursor) only inside a transaction.
        readOnly.executeWithoutResult(status -> {
            try (var records = criteria(jdbc.sql(SELECT + "ORDER BY id"), filter)
                    .withFetchSize(AuditVerifier.FETCH_SIZE)
                    .query(AuditLog::map)
                    .stream()) {
                records.forEach(action);
            }
        });
    }

    private static StatementSpec criteria(StatementSpec statement, AuditFilter filter) {
        return statement
                .param("patient", filter.patientId())
                .param("username", filter.username())
                .param("from", timestamp(filter.from()))
                .param("to", timestamp(filter.to()));
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static AuditRecord map(ResultSet rs, int row) throws SQLException {
        var patients = (UUID[]) rs.getArray("patient_ids").getArray();
        return new AuditRecord(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
                rs.getString("role"), AuditAction.valueOf(rs.getString("action")),
                AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("resource_type"),
                rs.getString("resource_id"), Arrays.asList(patients), rs.getString("client_address"),
                rs.getString("channel"), rs.getString("detail"));
    }
}
