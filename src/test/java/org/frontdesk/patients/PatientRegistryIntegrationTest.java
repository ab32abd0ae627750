package org.frontdesk.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.frontdesk.FrontdeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@FrontdeskTest
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE"})
class PatientRegistryIntegrationTest {

    @Autowired
    Patients patients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registersAPatientWithAnMrnAndFindsThemAgain() {
        var registered = register(PatientFixture.draft());
        assertThat(Mrn.isValid(registered.mrn().value())).isTrue();
        assertThat(patients.get(registered.id())).isEqualTo(registered);
        assertThat(patients.findByMrn(registered.mrn())).contains(registered);
    }

    @Test
    void warnsAboutALikelyDuplicateAndStoresNothingUntilGivenAReason() {
        var first = register(PatientFixture.draft("Wintergreen", "Katherine", "1971-05-06"));
        var again = PatientFixture.draft("Wintergren", "Catherine", "1971-05-06");
        long before = count();

        var outcome = patients.register(again, null);

        assertThat(outcome).isInstanceOfSatisfying(Registration.PossibleDuplicatesFound.class,
                found -> assertThat(found.candidates()).extracting(c -> c.patient().id()).contains(first.id()));
        assertThat(count()).isEqualTo(before);
        assertThat(patients.register(again, "twin sister, checked ID")).isInstanceOf(Registration.Registered.class);
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void findsPatientsByMisspeltAndSoundAlikeNames() {
        var patient = register(PatientFixture.draft("Featherstonehaugh", "Gwendolyn", "1990-03-04"));
        assertThat(patients.search("Fetherstonhaugh", 10)).extracting(Patient::id).contains(patient.id());
        assertThat(patients.search("gwendolin featherstonehaugh", 10)).extracting(Patient::id).first().isEqualTo(patient.id());
        assertThat(patients.search("feath 1990-03-04", 10)).extracting(Patient::id).containsExactly(patient.id());
        assertThat(patients.search("3/4/1990 gwen", 10)).extracting(Patient::id).containsExactly(patient.id());
        assertThat(patients.search(patient.mrn().value(), 10)).extracting(Patient::id).containsExactly(patient.id());
        var phone = patient.details().mobilePhone().formatted();
        assertThat(patients.search(phone, 10)).extracting(Patient::id).contains(patient.id());
        assertThat(patients.search("Featherstonehaugh 1990-03-05", 10)).isEmpty();
    }

    @Test
    void secondEditorOfTheSamePatientIsToldItChangedAndNothingIsOverwritten() {
        var patient = register(PatientFixture.draft());
        var first = PatientDraft.of(patient.details());
        var firstEdit = new PatientDraft(first.familyName(), first.givenName(), "Ann", first.suffix(),
                first.preferredName(), first.birthDate(), first.sex(), first.genderIdentity(), first.mobilePhone(),
                first.homePhone(), first.email(), first.addressLine1(), first.addressLine2(), first.city(),
                first.state(), first.postalCode(), first.preferredLanguage(), first.preferredContact(), null, null, null);
        patients.update(patient.id(), patient.version(), firstEdit);

        assertThatThrownBy(() -> patients.update(patient.id(), patient.version(), first))
                .isInstanceOf(PatientChangedSinceRead.class);
        assertThat(patients.get(patient.id()).details().name().middle()).isEqualTo("Ann");
    }

    @Test
    void invalidInputStoresNothing() {
        long before = count();
        assertThatThrownBy(() -> patients.register(PatientFixture.draft("Doe", "Jane", "1980-02-30"), null))
                .isInstanceOf(InvalidPatientDetails.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "billing", authorities = {"ROLE_BILLING", "PATIENT_READ"})
    void billingReadsButDoesNotRegister() {
        assertThatThrownBy(() -> patients.register(PatientFixture.draft(), null)).isInstanceOf(AccessDeniedException.class);
        assertThat(patients.search("smith", 5)).isNotNull();
    }

    private Patient register(PatientDraft draft) {
        return ((Registration.Registered) patients.register(draft, "test")).patient();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM patient").query(Long.class).single();
    }
}
