package org.frontdesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the audit trail back for reviewers (pages, CSV export, FHIR {@code AuditEvent}). Callers authorise and
 * audit the review itself.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditRecord> search(AuditQuery query) {
        return jdbc.sql("""
                SELECT id, occurred_at, username, role, action, outcome, resource_type, resource_id, patient_ids,
                       client_address, channel, detail
                FROM audit_event
                WHERE (CAST(:patient AS uuid) IS NULL OR patient_ids @> ARRAY[CAST(:patient AS uuid)])
                  AND (CAST(:username AS text) IS NULL OR lower(username) = lower(CAST(:username AS text)))
                  AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= CAST(:from AS timestamptz))
                  AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < CAST(:to AS timestamptz))
                ORDER BY id DESC
                OFFSET :offset LIMIT :limit""")
                .param("patient", query.patientId())
                .param("username", query.username())
                .param("from", query.from() == null ? null : Timestamp.from(query.from()))
                .param("to", query.to() == null ? null : Timestamp.from(query.to()))
                .param("offset", query.offset())
                .param("limit", query.limit())
                .query(AuditLog::map)
                .list();
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
