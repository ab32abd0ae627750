package org.frontdesk.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PatientQueryTest {

    @Test
    void takesApartNamesDateOfBirthPhoneAndMrnInAnyOrder() {
        var mrn = Mrn.fromSequence(100123).value();
        var query = PatientQuery.parse("  O'Brien, mary-ann 4/2/1980 (917) 555-0134 " + mrn);
        assertThat(query.nameTokens()).containsExactly("obrien", "mary", "ann", "maryann");
        assertThat(query.birthDate()).isEqualTo(LocalDate.of(1980, 4, 2));
        assertThat(query.phoneDigits()).isEqualTo("9175550134");
        assertThat(query.mrn()).isEqualTo(mrn);
    }

    @Test
    void readsIsoAndUsDates() {
        assertThat(PatientQuery.parse("1980-04-02").birthDate()).isEqualTo(LocalDate.of(1980, 4, 2));
        assertThat(PatientQuery.parse("04-02-1980").birthDate()).isEqualTo(LocalDate.of(1980, 4, 2));
        assertThat(PatientQuery.parse("2/30/1980").birthDate()).isNull();
    }

    @Test
    void aNumberWithABadCheckDigitIsNotAnMrn() {
        var mrn = Mrn.fromSequence(100123).value();
        var wrong = mrn.substring(0, mrn.length() - 1) + ((mrn.charAt(mrn.length() - 1) - '0' + 1) % 10);
        assertThat(PatientQuery.parse(wrong).mrn()).isNull();
    }

    @Test
    void anEmptyOrPunctuationOnlyQueryAsksForNothing() {
        assertThat(PatientQuery.parse("").isEmpty()).isTrue();
        assertThat(PatientQuery.parse(" ,;- ").isEmpty()).isTrue();
    }

    @Test
    void soundAlikeAndSlightlyMisspeltNamesAreSimilar() {
        assertThat(NameTokens.similar("Smyth", "Smith")).isTrue();
        assertThat(NameTokens.similar("Katherine", "Catherine")).isTrue();
        assertThat(NameTokens.similar("Wintergreen", "Wintergren")).isTrue();
        assertThat(NameTokens.similar("José", "Jose")).isTrue();
        assertThat(NameTokens.similar("Smith", "Rodriguez")).isFalse();
        assertThat(NameTokens.similar("Ann", "Bob")).isFalse();
    }
}
