package org.frontdesk.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontdesk.FrontdeskApplication;
import org.frontdesk.patients.PatientDraft;
import org.frontdesk.patients.PatientId;
import org.frontdesk.patients.Patients;
import org.frontdesk.security.Permission;
import org.frontdesk.security.SystemTask;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Server-side latency of the registry on a generated database: each figure is the time of one call into the
 * {@link Patients} service, as a request handler makes it, including the PostgreSQL round trips and the audit entry
 * every call writes. Prints a Markdown table.
 */
public final class RegistryBenchmark {

    private static final List<Permission> STAFF = List.of(Permission.PATIENT_READ, Permission.PATIENT_WRITE);

    record Target(UUID id, String family, String given, LocalDate birthDate, String phone, String mrn,
            int sameName) {}

    public static void main(String[] args) throws Exception {
        var context = new SpringApplicationBuilder(FrontdeskApplication.class)
                .run("--frontdesk.db.embedded.data-directory=" + args[0], "--server.port=0",
                        "--frontdesk.demo.enabled=false", "--logging.level.root=WARN");
        var patients = context.getBean(Patients.class);
        var jdbc = context.getBean(JdbcClient.class);
        long total = jdbc.sql("SELECT count(*) FROM patient").query(Long.class).single();
        // sameName: how many patients share the target's family and given name; when 20 or more do, a query by
        // name alone cannot single the target out and the clerk adds the date of birth.
        var targets = jdbc.sql("""
                WITH sample AS (SELECT id, family_name, given_name, birth_date, mobile_phone, mrn
                                FROM patient TABLESAMPLE SYSTEM (1) WHERE mobile_phone IS NOT NULL LIMIT 3000),
                     names AS (SELECT lower(p.family_name) AS f, lower(p.given_name) AS g, count(*) AS n
                               FROM patient p
                               WHERE (lower(p.family_name), lower(p.given_name)) IN
                                     (SELECT lower(family_name), lower(given_name) FROM sample)
                               GROUP BY 1, 2)
                SELECT s.*, names.n FROM sample s
                JOIN names ON names.f = lower(s.family_name) AND names.g = lower(s.given_name)""")
                .query((rs, n) -> new Target(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getInt(7)))
                .list();
        var out = new StringBuilder();
        out.append("Patients on file: %,d; %d cores; %s%n%n".formatted(total, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.version")));
        out.append("| operation (server-side, one caller) | calls | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|\n");
        SystemTask.run(STAFF, () -> {
            search(patients, targets, out);
            read(patients, targets, out);
            return null;
        });
        fhirRead(context, jdbc, targets, out);
        register(patients, out);
        System.out.println(out);
        context.close();
        System.exit(0);
    }

    private static void search(Patients patients, List<Target> targets, StringBuilder out) {
        var random = new Random(7);
        var kinds = List.of("misspelt family + given", "sound-alike given + family", "family prefix + DOB",
                "phone", "MRN");
        var latencies = new ArrayList<Percentiles>();
        kinds.forEach(k -> latencies.add(new Percentiles()));
        var all = new Percentiles();
        int[] found = new int[kinds.size()];
        int[] asked = new int[kinds.size()];
        int[] ambiguous = new int[kinds.size()];
        for (int round = 0; round < 2; round++) {
            boolean measure = round == 1;
            for (int i = 0; i < targets.size(); i++) {
                var target = targets.get(i);
                int kind = i % kinds.size();
                var query = switch (kind) {
                    case 0 -> typo(target.family(), random) + " " + target.given();
                    case 1 -> soundAlike(target.given()) + " " + target.family();
                    case 2 -> target.family().substring(0, Math.min(4, target.family().length())) + " "
                            + target.birthDate();
                    case 3 -> "(" + target.phone().substring(0, 3) + ") " + target.phone().substring(3, 6) + "-"
                            + target.phone().substring(6);
                    default -> target.mrn();
                };
                long start = System.nanoTime();
                var results = patients.search(query, 20);
                long elapsed = System.nanoTime() - start;
                if (measure) {
                    latencies.get(kind).add(elapsed);
                    all.add(elapsed);
                    boolean nameOnly = kind <= 1;
                    if (nameOnly && target.sameName() >= 20) {
                        ambiguous[kind]++;
                    } else if (results.stream().anyMatch(p -> p.id().value().equals(target.id()))) {
                        asked[kind]++;
                        found[kind]++;
                    } else if (System.getenv("BENCH_SHOW_MISSES") != null) {
                        // synthetic data only: safe to print
                        System.err.println("miss: [" + query + "] target " + target + " got " + results.size()
                                + " results, first: " + results.stream().limit(3)
                                        .map(p -> p.details().name().filingName() + " " + p.details().birthDate()).toList());
                    }
                    if (!(nameOnly && target.sameName() >= 20) && results.stream()
                            .noneMatch(p -> p.id().value().equals(target.id()))) {
                        asked[kind]++;
                    }
                }
            }
        }
        out.append(all.row("patient search, all kinds (top 20)")).append('\n');
        for (int k = 0; k < kinds.size(); k++) {
            var ambiguity = ambiguous[k] == 0 ? "" : " (%d name-only queries left out: 20+ patients share that exact name)"
                    .formatted(ambiguous[k]);
            out.append(latencies.get(k).row("search: " + kinds.get(k)
                    + " — target in top 20: %.1f%%%s".formatted(100.0 * found[k] / asked[k], ambiguity))).append('\n');
        }
    }

    private static void read(Patients patients, List<Target> targets, StringBuilder out) {
        var latencies = new Percentiles();
        for (int round = 0; round < 4; round++) {
            for (var target : targets) {
                long start = System.nanoTime();
                patients.get(new PatientId(target.id()));
                if (round > 0) {
                    latencies.add(System.nanoTime() - start);
                }
            }
        }
        out.append(latencies.row("patient read by id")).append('\n');
    }

    /**
     * GET /fhir/Patient/{id} over loopback HTTP with a bearer token, measured by the client: the whole request,
     * including authentication, the audit entry, and FHIR JSON serialisation.
     */
    private static void fhirRead(org.springframework.context.ConfigurableApplicationContext context, JdbcClient jdbc,
            List<Target> targets, StringBuilder out) throws Exception {
        var port = context.getEnvironment().getProperty("local.server.port");
        // Set-up straight into the tables: a bench-only staff account and token (the admin page does this for people).
        var token = "fd_bench" + UUID.randomUUID().toString().replace("-", "");
        var staffId = UUID.randomUUID();
        jdbc.sql("INSERT INTO staff_user (id, username, display_name, password_hash, role) VALUES (:id, :u, 'Bench',"
                + " 'not-a-password', 'FRONT_DESK')").param("id", staffId).param("u", "bench" + System.nanoTime() % 100000)
                .update();
        jdbc.sql("INSERT INTO api_token (id, name, staff_user, token_hash, created_by) VALUES (:id, 'bench', :staff,"
                + " :hash, 'bench')").param("id", UUID.randomUUID()).param("staff", staffId)
                .param("hash", java.security.MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .update();
        var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        var latencies = new Percentiles();
        for (int round = 0; round < 3; round++) {
            for (var target : targets) {
                var request = java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + "/fhir/Patient/" + target.id()))
                        .header("Authorization", "Bearer " + token).header("Accept", "application/fhir+json").build();
                long start = System.nanoTime();
                var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
                long elapsed = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("FHIR read answered " + response.statusCode());
                }
                if (round > 0) {
                    latencies.add(elapsed);
                }
            }
        }
        out.append(latencies.row("FHIR `GET /fhir/Patient/{id}` over HTTP, bearer token (client-measured)")).append('\n');
    }

    private static void register(Patients patients, StringBuilder out) throws InterruptedException {
        int threads = 4;
        int perThread = 1_000;
        var latencies = new Percentiles();
        var done = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> SystemTask.run(STAFF, () -> {
                var random = new Random(thread);
                var samples = new Percentiles();
                for (int i = 0; i < perThread; i++) {
                    var draft = new PatientDraft("Benchmark" + letters(random), "Reg" + letters(random), null, null,
                            null, LocalDate.of(1950 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28))
                            .toString(), "MALE", null, null, null, null, null, null, null, null, null, "en", null,
                            null, null, null);
                    long t0 = System.nanoTime();
                    patients.register(draft, null);
                    samples.add(System.nanoTime() - t0);
                    done.incrementAndGet();
                }
                synchronized (latencies) {
                    for (int i = 0; i < samples.count(); i++) {
                        latencies.add((long) (samples.millis((i + 0.5) / samples.count()) * 1_000_000));
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.append(latencies.row("registration incl. duplicate check (%d callers)".formatted(threads))).append('\n');
        out.append("\nRegistration throughput: %,.0f patients/s (%d callers, %,d registrations)%n"
                .formatted(done.get() / seconds, threads, done.get()));
    }

    private static String letters(Random random) {
        var sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    /** One typing slip in the middle of a word: swap, drop or double a letter. */
    static String typo(String word, Random random) {
        if (word.length() < 5) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 3);
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            default -> word.substring(0, at) + word.charAt(at) + word.substring(at);
        };
    }

    /** Spellings people hear the same: ph/f, y/i, c/k, doubled consonants. */
    static String soundAlike(String word) {
        var lower = word.toLowerCase();
        var changed = lower.replace("ph", "f").replace("y", "i").replace("ck", "k").replace("c", "k")
                .replace("ll", "l").replace("nn", "n").replace("tt", "t");
        return changed.equals(lower) ? lower.replace("i", "y") : changed;
    }
}
