package org.frontdesk.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.frontdesk.audit.web.AuditSearchForm.Invalid;
import org.frontdesk.audit.web.AuditSearchForm.Valid;
import org.junit.jupiter.api.Test;

class AuditSearchFormTest {

    private static final ZoneId PRACTICE = ZoneId.of("America/New_York");

    @Test
    void practiceDatesCoverWholeDaysInThePracticesZone() {
        var parsed = new AuditSearchForm(null, null, "2026-11-20", "2026-11-23", null).parse(PRACTICE);

        assertThat(parsed).isInstanceOfSatisfying(Valid.class, valid -> {
            assertThat(valid.filter().from()).isEqualTo(Instant.parse("2026-11-20T05:00:00Z"));
            assertThat(valid.filter().to()).isEqualTo(Instant.parse("2026-11-24T05:00:00Z"));
        });
    }

    @Test
    void aSingleDayIsFromAndToTheSameDate() {
        var parsed = new AuditSearchForm(null, null, "2026-07-04", "2026-07-04", null).parse(PRACTICE);

        assertThat(parsed).isInstanceOfSatisfying(Valid.class, valid -> {
            assertThat(valid.filter().from()).isEqualTo(Instant.parse("2026-07-04T04:00:00Z"));
            assertThat(valid.filter().to()).isEqualTo(Instant.parse("2026-07-05T04:00:00Z"));
        });
    }

    @Test
    void blankFieldsFilterNothingAndStartAtPageOne() {
        var parsed = new AuditSearchForm("", " ", "", null, null).parse(PRACTICE);

        assertThat(parsed).isInstanceOfSatisfying(Valid.class, valid -> {
            assertThat(valid.filter().patientId()).isNull();
            assertThat(valid.filter().username()).isNull();
            assertThat(valid.offset()).isZero();
        });
    }

    @Test
    void pagesAreFiftyEntriesLong() {
        var parsed = new AuditSearchForm(null, "manager", null, null, "3").parse(PRACTICE);

        assertThat(parsed).isInstanceOfSatisfying(Valid.class, valid -> assertThat(valid.offset()).isEqualTo(100));
    }

    @Test
    void refusesWhatIsNotAnIdADateOrAPage() {
        var parsed = new AuditSearchForm("1234567", null, "23/11/2026", null, "-1").parse(PRACTICE);

        assertThat(parsed).isInstanceOfSatisfying(Invalid.class,
                invalid -> assertThat(invalid.errors()).containsOnlyKeys("patient", "from", "page"));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        var parsed = new AuditSearchForm(null, null, "2026-11-23", "2026-11-22", null).parse(PRACTICE);

        assertThat(parsed).isInstanceOfSatisfying(Invalid.class,
                invalid -> assertThat(invalid.errors()).containsOnlyKeys("to"));
    }

    @Test
    void linksKeepTheFilterButLeaveOutBlanks() {
        var patient = UUID.randomUUID();
        var form = new AuditSearchForm(patient.toString(), "", "2026-11-01", null, "2");

        assertThat(form.link("/audit", 3)).isEqualTo("/audit?patient=" + patient + "&from=2026-11-01&page=3");
        assertThat(form.link("/audit/export.csv", null)).isEqualTo("/audit/export.csv?patient=" + patient
                + "&from=2026-11-01");
    }
}
