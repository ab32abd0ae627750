package org.frontdesk.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PatientDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static PatientDraft with(String birthDate, String phone, String email, String zip) {
        return new PatientDraft("Doe", "Jane", null, null, null, birthDate, "FEMALE", null, phone, null, email, null,
                null, null, null, zip, "en", null, null, null, null);
    }

    @Test
    void acceptsAValidDraftAndNormalisesIt() {
        var details = with("1980-02-29", "+1 (917) 555-0134", "Jane.Doe@Example.com", "10001-1234").validate(TODAY);
        assertThat(details.birthDate()).isEqualTo(LocalDate.of(1980, 2, 29));
        assertThat(details.mobilePhone().digits()).isEqualTo("9175550134");
        assertThat(details.email()).isEqualTo("jane.doe@example.com");
    }

    @Test
    void refusesImpossibleAndFutureBirthDates() {
        assertThat(errors(with("1980-02-30", null, null, null))).containsEntry("birthDate", "That is not a real date; use YYYY-MM-DD.");
        assertThat(errors(with("2027-01-01", null, null, null))).containsEntry("birthDate", "The date of birth cannot be in the future.");
        assertThat(errors(with("02/03/1980", null, null, null))).containsKey("birthDate");
    }

    @Test
    void refusesMalformedPhoneEmailAndZipEachWithItsOwnMessage() {
        var errors = errors(with("1980-01-01", "555-12", "not-an-email", "1234"));
        assertThat(errors).containsOnlyKeys("mobilePhone", "email", "postalCode");
    }

    @Test
    void refusesOverLongFieldsAndUnknownChoices() {
        var draft = new PatientDraft("D".repeat(101), "Jane", null, null, null, "1980-01-01", "ROBOT", "WIZARD",
                null, null, null, null, null, null, "XX", null, "english!", "PIGEON", null, "friend", null);
        assertThat(errors(draft)).containsOnlyKeys("familyName", "sex", "genderIdentity", "state",
                "preferredLanguage", "preferredContact", "emergencyName");
    }

    @Test
    void errorMessagesNeverRepeatTheValue() {
        var failure = catchThrowableOfType(InvalidPatientDetails.class,
                () -> with("1980-02-30", "555-12", "secret@", "99").validate(TODAY));
        assertThat(failure.getMessage()).doesNotContain("1980", "555", "secret");
        assertThat(failure.fieldErrors().values()).noneMatch(m -> m.contains("1980") || m.contains("secret"));
    }

    @Test
    void requiresNamesBirthDateAndSex() {
        var draft = new PatientDraft(" ", null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        assertThat(errors(draft)).containsOnlyKeys("familyName", "givenName", "birthDate", "sex");
    }

    private static java.util.Map<String, String> errors(PatientDraft draft) {
        var failure = catchThrowableOfType(InvalidPatientDetails.class, () -> draft.validate(TODAY));
        assertThat(failure).as("expected the draft to be refused").isNotNull();
        return failure.fieldErrors();
    }

    @Test
    void mrnCarriesACheckDigitThatCatchesATypo() {
        var mrn = Mrn.fromSequence(100001);
        assertThat(Mrn.isValid(mrn.value())).isTrue();
        var typo = mrn.value().substring(0, 3) + ((mrn.value().charAt(3) - '0' + 1) % 10) + mrn.value().substring(4);
        assertThat(Mrn.isValid(typo)).isFalse();
        assertThatThrownBy(() -> new Mrn("12345")).isInstanceOf(IllegalArgumentException.class);
    }
}
