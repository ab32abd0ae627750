package org.frontdesk.patients;

import java.util.concurrent.atomic.AtomicInteger;

/** Drafts of invented patients for tests; each call gives a distinct, valid person. */
public final class PatientFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String[] FAMILY = {"Quillfeather", "Brackenridge", "Thistlewood", "Marchbanks", "Oakhurst",
            "Wintermere", "Ravensdale", "Ashcombe", "Fennimore", "Galloway"};

    private PatientFixture() {}

    /**
     * A valid draft with a family name no demo patient has. Each call has its own date of birth, so two fixture
     * patients are never a likely duplicate of each other (their names differ by a letter or two).
     */
    public static PatientDraft draft() {
        int n = SEQUENCE.incrementAndGet();
        var family = FAMILY[n % FAMILY.length] + suffix(n);
        return draft(family, "Theodora", java.time.LocalDate.of(1940, 1, 1).plusDays(n).toString());
    }

    public static PatientDraft draft(String family, String given, String birthDate) {
        int n = SEQUENCE.incrementAndGet();
        return new PatientDraft(family, given, null, null, null, birthDate, "FEMALE", null,
                String.format("(917) 555-%04d", 1000 + n % 9000), null, "t" + n + "@example.org", "12 Test Lane", null,
                "Springfield", "NY", "10001", "en", "SMS", null, null, null);
    }

    private static String suffix(int n) {
        // letters only: names must pass validation
        var sb = new StringBuilder();
        int rest = n;
        do {
            sb.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return sb.toString();
    }
}
