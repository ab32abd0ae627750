package org.frontdesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.frontdesk.audit.AuditChain.StoredFields;
import org.frontdesk.audit.ChainWalk.StoredLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks that the audit trail is as it was written: every entry present (ids without gaps), each linked to the
 * one before, and each hash recomputed from the stored fields. Callers authorise and audit the check.
 */
@Service
public class AuditVerifier {

    /** Rows fetched per round trip; the driver keeps no more than this in memory. */
    static final int FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final AuditChain chain;
    private final AuditTrail trail;

    AuditVerifier(JdbcClient jdbc, PlatformTransactionManager transactionManager, AuditTrail trail) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.chain = trail.chain();
        // PostgreSQL streams through a cursor only inside a transaction; repeatable read gives one snapshot.
        this.snapshot = new TransactionTemplate(transactionManager);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * Walks the whole chain in id order, stopping at the first entry where it does not hold, and counts the entries
     * still waiting to be chained, in the same snapshot.
     */
    public ChainVerification verify() {
        // entries committed before the check are chained by then, unless the writer is stuck: those count as waiting
        trail.awaitChained();
        var walk = new ChainWalk(chain);
        long waiting = snapshot.execute(status -> {
            try (var links = jdbc.sql("""
                    SELECT id, occurred_at, username, role, action, outcome, resource_type, resource_id, patient_ids,
                           client_address, channel, detail, previous_hash, hash
                    FROM audit_event ORDER BY id""")
                    .withFetchSize(FETCH_SIZE)
                    .query(AuditVerifier::link)
                    .stream()) {
                for (var it = links.iterator(); it.hasNext(); ) {
                    if (!walk.accept(it.next())) {
                        break; // the first break is the finding; reading on only costs time
                    }
                }
            }
            return jdbc.sql("SELECT count(*) FROM audit_pending").query(Long.class).single();
        });
        return walk.result().withWaiting(waiting);
    }

    private static StoredLink link(ResultSet rs, int row) throws SQLException {
        List<UUID> patients = Arrays.asList((UUID[]) rs.getArray("patient_ids").getArray());
        var fields = new StoredFields(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("username"), rs.getString("role"), rs.getString("action"), rs.getString("outcome"),
                rs.getString("resource_type"), rs.getString("resource_id"), patients, rs.getString("client_address"),
                rs.getString("channel"), rs.getString("detail"));
        return new StoredLink(fields, rs.getBytes("previous_hash"), rs.getBytes("hash"));
    }
}
