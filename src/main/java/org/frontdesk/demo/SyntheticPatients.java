package org.frontdesk.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.frontdesk.patients.AdministrativeSex;
import org.frontdesk.patients.ContactMethod;
import org.frontdesk.patients.PatientDetails;
import org.frontdesk.patients.PatientDetails.EmergencyContact;
import org.frontdesk.patients.PatientDetails.PersonName;
import org.frontdesk.patients.PatientDetails.PostalAddress;
import org.frontdesk.patients.PhoneNumber;

/**
 * Invented patients with a realistic shape: common surnames and given names are common (a Zipf-like head from
 * US census frequency order), a long tail of rarer made-up names, birth dates spread over ages 0–95, phone
 * numbers in the 555-01xx fictional range style, and a share of deliberate near-duplicates (typos, nicknames) as
 * a real registry has. Deterministic for a seed.
 */
public final class SyntheticPatients {

    static final List<String> FAMILY = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
            "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
            "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
            "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen",
            "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
            "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes",
            "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper",
            "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson",
            "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez",
            "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez", "O'Brien", "Schmidt",
            "Kowalski", "Nakamura", "Okafor", "Haddad", "Novak", "Larsen", "Fitzgerald", "Delacroix");
    static final List<String> GIVEN_FEMALE = List.of("Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara",
            "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly",
            "Emily", "Donna", "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie", "Rebecca",
            "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda", "Pamela", "Emma",
            "Nicole", "Helen", "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet", "Catherine",
            "Maria", "Heather", "Diane", "Ruth", "Julie", "Olivia", "Joyce", "Virginia", "Victoria", "Kelly", "Lauren",
            "Christina", "Joan", "Evelyn", "Judith", "Megan", "Andrea", "Cheryl", "Hannah", "Jacqueline", "Martha",
            "Gloria", "Teresa", "Ann", "Sara", "Madison", "Frances", "Kathryn", "Janice", "Jean", "Abigail", "Alice",
            "Sophia", "Isabella", "Mia", "Aaliyah", "Ximena", "Siobhan", "Zoe", "Chloe", "Guadalupe", "Mei");
    static final List<String> GIVEN_MALE = List.of("James", "Robert", "John", "Michael", "David", "William", "Richard",
            "Joseph", "Thomas", "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven",
            "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason",
            "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott",
            "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Frank", "Patrick", "Raymond", "Jack", "Dennis",
            "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry", "Douglas", "Zachary", "Peter", "Kyle",
            "Ethan", "Walter", "Noah", "Jeremy", "Christian", "Keith", "Roger", "Terry", "Gerald", "Harold", "Sean",
            "Austin", "Carl", "Arthur", "Lawrence", "Dylan", "Jesse", "Jordan", "Bryan", "Billy", "Joe", "Bruce",
            "Liam", "Mateo", "Santiago", "Declan", "Oluwaseun", "Hiroshi", "Dmitri", "Rahul");
    private static final List<String> NICKNAMES = List.of("Jim", "Bob", "Jon", "Mike", "Dave", "Bill", "Rick", "Joe",
            "Tom", "Chuck", "Liz", "Beth", "Patty", "Jen", "Kate", "Meg", "Sam", "Alex", "Tony", "Andy");
    private static final String[] ONSETS = {"B", "Br", "C", "Ch", "D", "F", "G", "Gr", "H", "J", "K", "L", "M", "N",
            "P", "R", "S", "St", "T", "V", "W", "Z"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou"};
    private static final String[] CODAS = {"n", "r", "l", "s", "th", "rt", "nd", "ck", "m", "ll", "x", ""};
    private static final String[] ENDINGS = {"son", "ton", "ley", "man", "berg", "ski", "ez", "er", "ford", "wood", ""};
    private static final String[] STREETS = {"Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Park Rd", "Elm St",
            "Washington Ave", "Lake View Dr", "Hillside Ct", "River Rd"};
    private static final String[] CITIES = {"Springfield", "Riverton", "Fairview", "Greenville", "Madison", "Clinton",
            "Franklin", "Georgetown", "Salem", "Oakdale"};
    private static final String[] STATES = {"NY", "NJ", "PA", "CT", "MA", "OH", "VA", "NC", "GA", "FL"};

    private final Random random;
    private final LocalDate today;

    public SyntheticPatients(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** The next invented patient. */
    public PatientDetails next() {
        var sex = random.nextInt(100) < 51 ? AdministrativeSex.FEMALE : AdministrativeSex.MALE;
        // US census: the 100 commonest surnames cover about 16% of people, the 100 commonest given names about half.
        var family = random.nextInt(100) < 16 ? zipf(FAMILY) : madeUpName(true);
        var givenNames = sex == AdministrativeSex.FEMALE ? GIVEN_FEMALE : GIVEN_MALE;
        var given = random.nextInt(100) < 50 ? zipf(givenNames) : madeUpName(false);
        var middle = random.nextInt(100) < 40 ? zipf(sex == AdministrativeSex.FEMALE ? GIVEN_FEMALE : GIVEN_MALE) : null;
        var preferred = random.nextInt(100) < 8 ? NICKNAMES.get(random.nextInt(NICKNAMES.size())) : null;
        var birthDate = today.minusDays(1 + random.nextInt(95 * 365));
        var mobile = random.nextInt(100) < 85 ? phone() : null;
        var home = random.nextInt(100) < 30 ? phone() : null;
        var email = random.nextInt(100) < 60
                ? (given + "." + family).toLowerCase().replaceAll("[^a-z.]", "") + random.nextInt(1000) + "@example.com"
                : null;
        var address = new PostalAddress((1 + random.nextInt(9999)) + " " + STREETS[random.nextInt(STREETS.length)],
                random.nextInt(100) < 15 ? "Apt " + (1 + random.nextInt(40)) : null,
                CITIES[random.nextInt(CITIES.length)], STATES[random.nextInt(STATES.length)],
                String.format("%05d", 10000 + random.nextInt(89999)));
        var contact = mobile != null && random.nextBoolean() ? ContactMethod.SMS
                : email != null && random.nextBoolean() ? ContactMethod.EMAIL : ContactMethod.PHONE;
        var emergency = random.nextInt(100) < 60
                ? new EmergencyContact(zipf(random.nextBoolean() ? GIVEN_FEMALE : GIVEN_MALE) + " " + family,
                        random.nextBoolean() ? "Spouse" : "Parent", phone())
                : null;
        return new PatientDetails(new PersonName(family, given, middle, null), preferred, birthDate, sex, null,
                mobile, home, email, address, random.nextInt(100) < 85 ? "en" : "es", contact, emergency);
    }

    /** A near-duplicate of a patient: same person, registered again with a typo or nickname. */
    public PatientDetails nearDuplicateOf(PatientDetails original) {
        var name = original.name();
        var misspelt = switch (random.nextInt(3)) {
            case 0 -> new PersonName(typo(name.family()), name.given(), name.middle(), name.suffix());
            case 1 -> new PersonName(name.family(), typo(name.given()), name.middle(), name.suffix());
            default -> new PersonName(name.family().toUpperCase(), name.given(), null, name.suffix());
        };
        return new PatientDetails(misspelt, original.preferredName(), original.birthDate(), original.sex(),
                original.genderIdentity(), original.mobilePhone(), original.homePhone(), original.email(),
                original.address(), original.preferredLanguage(), original.preferredContact(),
                original.emergencyContact());
    }

    /** One typing slip: a swapped pair, a dropped letter, or a doubled one. */
    public String typo(String word) {
        if (word.length() < 4) {
            return word + word.charAt(word.length() - 1);
        }
        int at = 1 + random.nextInt(word.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            default -> word.substring(0, at) + word.charAt(at) + word.substring(at);
        };
    }

    private String zipf(List<String> names) {
        // P(rank r) ~ 1/r: inverse-CDF sampling of a harmonic distribution.
        double harmonic = Math.log(names.size()) + 0.5772;
        double target = random.nextDouble() * harmonic;
        double sum = 0;
        for (int rank = 1; rank <= names.size(); rank++) {
            sum += 1.0 / rank;
            if (sum >= target) {
                return names.get(rank - 1);
            }
        }
        return names.getLast();
    }

    private String madeUpName(boolean family) {
        var sb = new StringBuilder(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)])
                .append(CODAS[random.nextInt(CODAS.length)]);
        if (random.nextBoolean()) {
            sb.append(VOWELS[random.nextInt(VOWELS.length)]).append(CODAS[random.nextInt(CODAS.length)]);
        }
        if (family) {
            sb.append(ENDINGS[random.nextInt(ENDINGS.length)]);
        }
        return sb.toString();
    }

    private PhoneNumber phone() {
        // Area codes from real ranges; exchange 555 keeps numbers fictional.
        int area = 201 + random.nextInt(700);
        if (area % 100 == 11) {
            area++;
        }
        return new PhoneNumber(area + "555" + String.format("%04d", random.nextInt(10000)));
    }
}
