package org.frontdesk.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** One data source for the whole application: the external server when configured, else the embedded one. */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    static final String INDEPENDENT_WRITER = IndependentWriter.BEAN_NAME;

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

    @Bean
    @Primary
    DataSource dataSource(DatabaseProperties properties, DatabaseServer server) {
        return pool("frontdesk", properties.poolSize(), properties, server, "");
    }

    /**
     * Two connections of their own for work that requests wait on while holding a connection of the main pool
     * (the audit chain's writer, ADR 16): drawn from the main pool, a burst of waiting requests could take every
     * connection and leave none for the work they wait for.
     */
    @Bean(name = INDEPENDENT_WRITER, defaultCandidate = false)
    DataSource independentWriterDataSource(DatabaseProperties properties, DatabaseServer server) {
        // its rounds insert their entries with one JDBC batch, which the driver sends as multi-row INSERTs
        return pool("frontdesk-independent", 2, properties, server, "&reWriteBatchedInserts=true");
    }

    private static HikariDataSource pool(String name, int size, DatabaseProperties properties, DatabaseServer server,
            String moreParameters) {
        var config = new HikariConfig();
        config.setPoolName(name);
        config.setMaximumPoolSize(size);
        config.setJdbcUrl(server.jdbcUrl() + (server.jdbcUrl().contains("?") ? "&" : "?")
                + "currentSchema=" + properties.schema() + "&ApplicationName=frontdesk" + moreParameters);
        config.setUsername(server.user());
        config.setPassword(server.password());
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(DatabaseProperties properties) {
        if (properties.external()) {
            log.info("Using the external PostgreSQL server named by frontdesk.db.url");
            return new DatabaseServer(properties.url(), nullToEmpty(properties.user()), nullToEmpty(properties.password()), null);
        }
        var embedded = properties.embedded();
        try {
            Files.createDirectories(embedded.dataDirectory());
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(embedded.dataDirectory())
                    .setCleanDataDirectory(embedded.clean())
                    .setPort(embedded.port())
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB");
            if (embedded.flushCommits()) {
                // zonky starts PostgreSQL for throw-away test databases: without fsync (-F) and with asynchronous
                // commits. A practice's kept data must survive a power cut: every commit is on disk when it returns.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            var postgres = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), embedded.dataDirectory().toAbsolutePath());
            return new DatabaseServer(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + embedded.dataDirectory(), e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
