package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import org.frontdesk.FrontdeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code btree_gist} is installed once per database, in the schema that was migrated first (ADR 4). A practice in
 * another schema, whose search_path does not name that one, must still get working exclusion constraints.
 */
@FrontdeskTest
class BtreeGistSchemaTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void anExclusionConstraintInAnotherSchemaFindsTheExtensionsOperatorClass() {
        var extensionSchema = jdbc.sql("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n"
                + " ON n.oid = e.extnamespace WHERE e.extname = 'btree_gist'").query(String.class).single();
        var transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly(); // leave nothing behind
            jdbc.sql("CREATE SCHEMA other_practice_probe").update();
            jdbc.sql("SET LOCAL search_path TO other_practice_probe").update();
            assertThat(jdbc.sql("SELECT current_schemas(false)::text").query(String.class).single())
                    .doesNotContain(extensionSchema);
            jdbc.sql("CREATE TABLE booking_probe (provider uuid, during tstzrange,"
                    + " EXCLUDE USING gist (provider WITH =, during WITH &&))").update();
            jdbc.sql("INSERT INTO booking_probe VALUES ('00000000-0000-0000-0000-000000000001',"
                    + " tstzrange('2030-01-01 09:00Z', '2030-01-01 09:30Z'))").update();

            var refused = catchThrowable(() -> jdbc.sql("INSERT INTO booking_probe VALUES"
                    + " ('00000000-0000-0000-0000-000000000001', tstzrange('2030-01-01 09:15Z', '2030-01-01 09:45Z'))")
                    .update());

            assertThat(NestedExceptionUtils.getMostSpecificCause(refused)).isInstanceOfSatisfying(SQLException.class,
                    sql -> assertThat(sql.getSQLState()).isEqualTo("23P01"));
        });
    }
}
