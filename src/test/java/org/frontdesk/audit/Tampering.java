package org.frontdesk.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Edits the audit table the way an intruder with database superuser rights would: around the append-only trigger,
 * by switching triggers off for one transaction. Only the embedded test database's superuser can do this.
 */
record Tampering(JdbcClient jdbc, TransactionTemplate transactions) {

    void run(String sql, Object... params) {
        transactions.executeWithoutResult(status -> {
            // SET LOCAL ends with the transaction, so the trigger is back for everyone afterwards.
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            var statement = jdbc.sql(sql);
            for (int i = 0; i < params.length; i++) {
                statement = statement.param(i + 1, params[i]);
            }
            statement.update();
        });
    }
}
