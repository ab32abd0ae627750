package org.frontdesk.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** The PostgreSQL server in use; closing it stops the embedded server, if that is the one. */
public record DatabaseServer(String jdbcUrl, String user, String password, @Nullable EmbeddedPostgres embedded)
        implements AutoCloseable {

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
