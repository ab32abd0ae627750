package org.frontdesk.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.frontdesk.FrontdeskApplication;
import org.frontdesk.patients.Patient;
import org.frontdesk.patients.PatientFixture;
import org.frontdesk.patients.Patients;
import org.frontdesk.patients.Registration;
import org.frontdesk.security.Permission;
import org.frontdesk.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A practice on one machine must never lose its data when the application restarts: the embedded PostgreSQL keeps
 * its data directory, and writes every commit to disk before it returns. Starts the whole application twice on the
 * same directory.
 */
@DisabledIfEnvironmentVariable(named = "FRONTDESK_DB_URL", matches = ".+", disabledReason = "tests the embedded server")
class EmbeddedDataSurvivesRestartTest {

    private static final List<Permission> FRONT_DESK = List.of(Permission.PATIENT_READ, Permission.PATIENT_WRITE);

    @TempDir
    Path dataDirectory;

    @Test
    void patientsRegisteredBeforeARestartAreStillThereAfterIt() {
        Patient registered;
        try (var first = start()) {
            registered = SystemTask.run(FRONT_DESK, () -> ((Registration.Registered) first.getBean(Patients.class)
                    .register(PatientFixture.draft("Lindqvist", "Solveig", "1979-12-01"), "restart test")).patient());
        }
        assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isTrue();

        try (var second = start()) {
            var settings = second.getBean(JdbcClient.class)
                    .sql("SELECT current_setting('fsync') || ' ' || current_setting('synchronous_commit')")
                    .query(String.class).single();
            assertThat(settings).as("every commit is on disk when it returns").isEqualTo("on on");
            var patients = second.getBean(Patients.class);
            var found = SystemTask.run(FRONT_DESK, () -> patients.find(registered.id()));
            assertThat(found).contains(registered);
            var searched = SystemTask.run(FRONT_DESK, () -> patients.search("lindqvist solveig", 5));
            assertThat(searched).extracting(Patient::id).contains(registered.id());
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(FrontdeskApplication.class).run(
                "--frontdesk.db.embedded.data-directory=" + dataDirectory, "--server.port=0",
                "--frontdesk.demo.enabled=false", "--logging.level.root=WARN");
    }
}
