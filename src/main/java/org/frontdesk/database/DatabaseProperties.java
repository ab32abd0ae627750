package org.frontdesk.database;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Database settings.
 *
 * @param url JDBC URL of an external PostgreSQL (15 or newer); blank means "start the embedded one"
 * @param schema the one schema that holds every Frontdesk object, so that one database can hold many practices
 * @param embedded where the embedded server keeps its files
 */
@ConfigurationProperties("frontdesk.db")
public record DatabaseProperties(
        @Nullable String url,
        @Nullable String user,
        @Nullable String password,
        String schema,
        int poolSize,
        Embedded embedded) {

    public DatabaseProperties {
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("frontdesk.db.schema must be a lower-case SQL identifier");
        }
    }

    public boolean external() {
        return url != null && !url.isBlank();
    }

    /**
     * @param dataDirectory kept across restarts: a practice on one machine must never lose its data
     * @param clean wipe the directory at start; only tests set it
     * @param port 0 picks a free port
     * @param flushCommits every commit on disk before it returns ({@code fsync}, synchronous commits); off only where
     *     losing the last commits in a crash does not matter: the tests' wiped directories, a comparison benchmark
     */
    public record Embedded(Path dataDirectory, boolean clean, int port, boolean flushCommits) {}
}
