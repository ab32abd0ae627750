package org.frontdesk.scheduling.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.frontdesk.scheduling.FlowBoard;
import org.frontdesk.scheduling.web.DaySheetDocument.Paper;
import org.frontdesk.shell.PracticeProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A provider's printable day sheet. The URL carries only the provider's id, the date and the paper; the patients
 * are in the body alone, which no cache may keep.
 */
@Controller
class DaySheetPdf {

    private final FlowBoard flowBoard;
    private final PracticeProperties practice;
    private final Clock clock;
    private final DaySheetDocument document = new DaySheetDocument();

    DaySheetPdf(FlowBoard flowBoard, PracticeProperties practice, Clock clock) {
        this.flowBoard = flowBoard;
        this.practice = practice;
        this.clock = clock;
    }

    /** The day sheet of {@code date} (YYYY-MM-DD; today in the practice's zone when left out). */
    @GetMapping("/schedule/day-sheet.pdf")
    ResponseEntity<byte[]> daySheet(@RequestParam(defaultValue = "") String provider,
            @RequestParam(required = false) @Nullable String date,
            @RequestParam(defaultValue = "letter") String paper) {
        var who = PageParameters.provider(provider);
        var day = PageParameters.date(date, LocalDate.now(clock));
        var size = paper(paper);
        var sheet = flowBoard.daySheet(who, day);
        var pdf = document.render(sheet, practice.name(), size);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename("day-sheet-" + day + ".pdf").build().toString())
                .body(pdf);
    }

    private static Paper paper(String text) {
        try {
            return Paper.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnreadableRequest(HttpStatus.BAD_REQUEST, "The paper must be letter or a4.");
        }
    }
}
