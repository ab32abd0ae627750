package org.frontdesk.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditRecord;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void leavesPlainTextAlone() {
        assertThat(AuditCsv.cell("frontdesk")).isEqualTo("frontdesk");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAsRfc4180Says() {
        assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void defusesCellsThatASpreadsheetWouldRunAsFormulas() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(AuditCsv.cell("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.cell("\tcmd")).isEqualTo("'\tcmd");
    }

    @Test
    void writesAHeaderAndOneCrlfTerminatedLinePerEntryInPracticeTime() {
        var out = new StringWriter();
        var csv = new AuditCsv(out, ZoneId.of("America/New_York"));
        var patient = UUID.fromString("00000000-0000-0000-0000-000000000007");
        csv.header();
        csv.write(new AuditRecord(7, Instant.parse("2026-11-23T15:04:05.123456Z"), "frontdesk", "FRONT_DESK",
                AuditAction.READ, AuditOutcome.SUCCESS, "Patient", patient.toString(), List.of(patient), "10.0.0.5",
                "UI", null));

        assertThat(out.toString()).isEqualTo(
                "id,when,username,role,action,outcome,resource type,resource id,patient ids,channel,client address,"
                + "detail\r\n"
                + "7,2026-11-23T10:04:05.123456-05:00,frontdesk,FRONT_DESK,READ,SUCCESS,Patient,"
                + patient + "," + patient + ",UI,10.0.0.5,\r\n");
    }
}
