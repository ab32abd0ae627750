package org.frontdesk.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.frontdesk.FrontdeskTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithMockUser;

/** Names, dates of birth, phone numbers and MRNs never reach the log or an exception message. */
@FrontdeskTest
@ExtendWith(OutputCaptureExtension.class)
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE"})
class NoPatientDataInLogsTest {

    @Autowired
    Patients patients;

    @Test
    void registrationSearchEditsAndTheirFailuresLogNoPatientData(CapturedOutput output) {
        var draft = PatientFixture.draft("Vandersloot", "Perpetua", "1966-06-16");
        var patient = ((Registration.Registered) patients.register(draft, "log test")).patient();
        patients.search("vandersloot perpetua 1966-06-16", 5);
        patients.search(patient.details().mobilePhone().formatted(), 5);
        patients.search(patient.mrn().value(), 5);

        var failures = new java.util.ArrayList<Throwable>();
        failures.add(catchThrowable(() -> patients.register(PatientFixture.draft("Vandersloot", "Perpetua", "1966-02-30"), null)));
        failures.add(catchThrowable(() -> patients.update(patient.id(), patient.version() + 7, draft)));
        failures.add(catchThrowable(() -> patients.get(PatientId.random())));
        failures.add(catchThrowable(() -> PatientId.parse("Vandersloot")));

        var secrets = new String[] {"Vandersloot", "Perpetua", "1966-06-16", "1966-02-30",
                patient.details().mobilePhone().digits(), patient.details().mobilePhone().formatted(),
                patient.mrn().value(), patient.details().email()};
        assertThat(failures).allSatisfy(failure -> {
            assertThat(failure).isNotNull();
            assertThat(failure.getMessage()).doesNotContain(secrets);
        });
        assertThat(output.getAll()).doesNotContain(secrets);
    }
}
