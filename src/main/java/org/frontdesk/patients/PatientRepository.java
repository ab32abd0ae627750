package org.frontdesk.patients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.frontdesk.patients.PatientDetails.EmergencyContact;
import org.frontdesk.patients.PatientDetails.PersonName;
import org.frontdesk.patients.PatientDetails.PostalAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Patient rows in PostgreSQL; the source of truth that the search index mirrors. */
@Repository
class PatientRepository {

    private static final String COLUMNS = """
            id, mrn, version, family_name, given_name, middle_name, name_suffix, preferred_name, birth_date, sex,
            gender_identity, mobile_phone, home_phone, email, address_line1, address_line2, city, state, postal_code,
            preferred_language, preferred_contact, emergency_name, emergency_relationship, emergency_phone, active,
            created_at, updated_at""";

    private final JdbcClient jdbc;

    PatientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Mrn nextMrn() {
        long number = jdbc.sql("SELECT nextval('patient_mrn_seq')").query(Long.class).single();
        return Mrn.fromSequence(number);
    }

    void insert(PatientId id, Mrn mrn, PatientDetails details, @Nullable String duplicateReason, String username) {
        jdbc.sql("INSERT INTO patient (id, mrn, duplicate_reason, created_by, updated_by, family_name, given_name,"
                        + " birth_date, sex) VALUES (:id, :mrn, :reason, :user, :user, :family, :given, :dob, :sex)")
                .param("id", id.value())
                .param("mrn", mrn.value())
                .param("reason", duplicateReason)
                .param("user", username)
                .param("family", details.name().family())
                .param("given", details.name().given())
                .param("dob", details.birthDate())
                .param("sex", details.sex().name())
                .update();
        writeDetails(id, details, username, null);
    }

    /** @return false when the row is not at {@code expectedVersion} (someone else changed it first) */
    boolean update(PatientId id, int expectedVersion, PatientDetails details, String username) {
        return writeDetails(id, details, username, expectedVersion) == 1;
    }

    boolean setActive(PatientId id, int expectedVersion, boolean active, String username) {
        return jdbc.sql("UPDATE patient SET active = :active, version = version + 1, updated_at = now(),"
                        + " updated_by = :user WHERE id = :id AND version = :version")
                .param("active", active).param("user", username).param("id", id.value())
                .param("version", expectedVersion)
                .update() == 1;
    }

    private int writeDetails(PatientId id, PatientDetails d, String username, @Nullable Integer expectedVersion) {
        var address = d.address();
        var emergency = d.emergencyContact();
        var versionCheck = expectedVersion == null ? "" : " AND version = :version";
        var bump = expectedVersion == null ? "" : "version = version + 1, updated_at = now(), ";
        var statement = jdbc.sql("UPDATE patient SET " + bump + """
                        family_name = :family, given_name = :given, middle_name = :middle, name_suffix = :suffix,
                        preferred_name = :preferred, birth_date = :dob, sex = :sex, gender_identity = :identity,
                        mobile_phone = :mobile, home_phone = :home, email = :email, address_line1 = :line1,
                        address_line2 = :line2, city = :city, state = :state, postal_code = :zip,
                        preferred_language = :language, preferred_contact = :contact, emergency_name = :eName,
                        emergency_relationship = :eRelationship, emergency_phone = :ePhone, updated_by = :user
                        WHERE id = :id""" + versionCheck)
                .param("family", d.name().family())
                .param("given", d.name().given())
                .param("middle", d.name().middle())
                .param("suffix", d.name().suffix())
                .param("preferred", d.preferredName())
                .param("dob", d.birthDate())
                .param("sex", d.sex().name())
                .param("identity", d.genderIdentity() == null ? null : d.genderIdentity().name())
                .param("mobile", d.mobilePhone() == null ? null : d.mobilePhone().digits())
                .param("home", d.homePhone() == null ? null : d.homePhone().digits())
                .param("email", d.email())
                .param("line1", address == null ? null : address.line1())
                .param("line2", address == null ? null : address.line2())
                .param("city", address == null ? null : address.city())
                .param("state", address == null ? null : address.state())
                .param("zip", address == null ? null : address.postalCode())
                .param("language", d.preferredLanguage())
                .param("contact", d.preferredContact() == null ? null : d.preferredContact().name())
                .param("eName", emergency == null ? null : emergency.name())
                .param("eRelationship", emergency == null ? null : emergency.relationship())
                .param("ePhone", emergency == null || emergency.phone() == null ? null : emergency.phone().digits())
                .param("user", username)
                .param("id", id.value());
        if (expectedVersion != null) {
            statement = statement.param("version", expectedVersion);
        }
        return statement.update();
    }

    Optional<Patient> find(PatientId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM patient WHERE id = :id")
                .param("id", id.value())
                .query(PatientRepository::map)
                .optional();
    }

    Optional<Patient> findByMrn(Mrn mrn) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM patient WHERE mrn = :mrn")
                .param("mrn", mrn.value())
                .query(PatientRepository::map)
                .optional();
    }

    /** The patients with these ids, in the order of the ids given (search rank). */
    List<Patient> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Patient> byId = jdbc.sql("SELECT " + COLUMNS + " FROM patient WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(PatientRepository::map)
                .stream()
                .collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Candidates for the duplicate warning: born the same day, or sharing a phone number. */
    List<Patient> findByBirthDateOrPhone(LocalDate birthDate, Collection<String> phoneDigits) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM patient WHERE birth_date = :dob"
                        + " OR mobile_phone = ANY(:phones) OR home_phone = ANY(:phones) LIMIT 200")
                .param("dob", birthDate)
                .param("phones", phoneDigits.toArray(String[]::new))
                .query(PatientRepository::map)
                .list();
    }

    /** Every patient, streamed (the caller closes the stream): for building the search index. */
    Stream<Patient> streamAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM patient").withFetchSize(5_000).query(PatientRepository::map).stream();
    }

    List<Patient> changedSince(Instant since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM patient WHERE updated_at >= :since ORDER BY updated_at")
                .param("since", java.sql.Timestamp.from(since))
                .query(PatientRepository::map)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM patient").query(Long.class).single();
    }

    private static Patient map(ResultSet rs, int row) throws SQLException {
        var name = new PersonName(rs.getString("family_name"), rs.getString("given_name"), rs.getString("middle_name"),
                rs.getString("name_suffix"));
        var line1 = rs.getString("address_line1");
        var line2 = rs.getString("address_line2");
        var city = rs.getString("city");
        var state = rs.getString("state");
        var zip = rs.getString("postal_code");
        var address = line1 == null && line2 == null && city == null && state == null && zip == null
                ? null : new PostalAddress(line1, line2, city, state, zip);
        var emergencyName = rs.getString("emergency_name");
        var emergency = emergencyName == null ? null : new EmergencyContact(emergencyName,
                rs.getString("emergency_relationship"), phone(rs.getString("emergency_phone")));
        var identity = rs.getString("gender_identity");
        var contact = rs.getString("preferred_contact");
        var details = new PatientDetails(name, rs.getString("preferred_name"),
                rs.getObject("birth_date", LocalDate.class), AdministrativeSex.valueOf(rs.getString("sex")),
                identity == null ? null : GenderIdentity.valueOf(identity), phone(rs.getString("mobile_phone")),
                phone(rs.getString("home_phone")), rs.getString("email"), address, rs.getString("preferred_language"),
                contact == null ? null : ContactMethod.valueOf(contact), emergency);
        return new Patient(new PatientId(rs.getObject("id", UUID.class)), new Mrn(rs.getString("mrn")),
                rs.getInt("version"), details, rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static @Nullable PhoneNumber phone(@Nullable String digits) {
        return digits == null ? null : new PhoneNumber(digits);
    }
}
