package org.frontdesk.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import javax.sql.DataSource;
import org.frontdesk.patients.Mrn;
import org.frontdesk.patients.PatientDetails;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the database with many synthetic patients for benchmarks: {@code ./frontdesk generate 1000000}. Rows go in
 * through PostgreSQL's COPY in batches of 50,000; about 2% are near-duplicates of an earlier patient (a typo in a
 * name, same birth date and phone), as in a real registry. The application exits when done.
 */
@Component
@Order(20)
class PatientDataGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PatientDataGenerator.class);
    private static final int BATCH = 50_000;

    private final int count;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConfigurableApplicationContext context;

    PatientDataGenerator(@Value("${frontdesk.generate.patients:0}") int count, DataSource dataSource, JdbcClient jdbc,
            Clock clock, ConfigurableApplicationContext context) {
        this.count = count;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (count <= 0) {
            return;
        }
        var started = clock.instant();
        generate(count, 1L);
        var seconds = Math.max(1, Duration.between(started, clock.instant()).toSeconds());
        log.info("Generated {} synthetic patients in {} s ({} per second)", count, seconds, count / seconds);
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    /** Inserts {@code total} patients; returns nothing, the rows are the result. */
    void generate(int total, long seed) throws SQLException, IOException {
        long first = jdbc.sql("SELECT nextval('patient_mrn_seq')").query(Long.class).single();
        jdbc.sql("SELECT setval('patient_mrn_seq', :last)").param("last", first + total - 1).query().singleRow();
        var generator = new SyntheticPatients(seed, LocalDate.now(clock));
        var recent = new ArrayList<PatientDetails>();
        var pick = new java.util.Random(seed + 1);
        var now = Instant.now(clock).toString();
        try (var connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var csv = new StringBuilder(BATCH * 300);
            for (int i = 0; i < total; i++) {
                boolean duplicate = recent.size() > 100 && i % 50 == 0;
                // Duplicates are made of originals only: copies of copies would grow into unrealistic clusters.
                var details = duplicate ? generator.nearDuplicateOf(recent.get(pick.nextInt(recent.size())))
                        : generator.next();
                if (!duplicate && recent.size() < 10_000) {
                    recent.add(details);
                } else if (!duplicate) {
                    recent.set(pick.nextInt(10_000), details);
                }
                row(csv, Mrn.fromSequence(first + i), details, duplicate ? "generated near-duplicate" : null, now);
                if ((i + 1) % BATCH == 0 || i == total - 1) {
                    copy.copyIn("COPY patient (id, mrn, family_name, given_name, middle_name, preferred_name,"
                            + " birth_date, sex, mobile_phone, home_phone, email, address_line1, address_line2, city,"
                            + " state, postal_code, preferred_language, preferred_contact, emergency_name,"
                            + " emergency_relationship, emergency_phone, duplicate_reason, created_by, updated_by,"
                            + " created_at, updated_at) FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
                    csv.setLength(0);
                    if ((i + 1) % 200_000 == 0) {
                        log.info("{} patients written", i + 1);
                    }
                }
            }
        }
        jdbc.sql("ANALYZE patient").update();
    }

    private static void row(StringBuilder csv, Mrn mrn, PatientDetails d, @Nullable String reason, String now) {
        var address = d.address();
        var emergency = d.emergencyContact();
        field(csv, UUID.randomUUID().toString());
        field(csv, mrn.value());
        field(csv, d.name().family());
        field(csv, d.name().given());
        field(csv, d.name().middle());
        field(csv, d.preferredName());
        field(csv, d.birthDate().toString());
        field(csv, d.sex().name());
        field(csv, d.mobilePhone() == null ? null : d.mobilePhone().digits());
        field(csv, d.homePhone() == null ? null : d.homePhone().digits());
        field(csv, d.email());
        field(csv, address == null ? null : address.line1());
        field(csv, address == null ? null : address.line2());
        field(csv, address == null ? null : address.city());
        field(csv, address == null ? null : address.state());
        field(csv, address == null ? null : address.postalCode());
        field(csv, d.preferredLanguage());
        field(csv, d.preferredContact() == null ? null : d.preferredContact().name());
        field(csv, emergency == null ? null : emergency.name());
        field(csv, emergency == null ? null : emergency.relationship());
        field(csv, emergency == null || emergency.phone() == null ? null : emergency.phone().digits());
        field(csv, reason);
        field(csv, "generator");
        field(csv, "generator");
        field(csv, now);
        csv.append(now).append('\n');
    }

    private static void field(StringBuilder csv, @Nullable String value) {
        if (value != null) {
            csv.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        csv.append(',');
    }
}
