package org.frontdesk.scheduling.feed;

import org.frontdesk.scheduling.CalendarFeeds;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/calendar/{token}.ics}: the provider's feed, or 404 for a token that is unknown or revoked (the
 * same answer, so that probing tells nothing). The token is never logged: nothing here writes the request URL,
 * and a refusal is an ordinary 404 body, not an exception.
 */
@RestController
class CalendarFeedEndpoint {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final ICalendarWriter writer;

    CalendarFeedEndpoint(CalendarFeeds feeds, ICalendarWriter writer) {
        this.feeds = feeds;
        this.writer = writer;
    }

    @GetMapping("/api/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.open(token)
                .map(calendar -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        // a calendar client polls; no cache in between should keep a copy of the schedule
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"calendar.ics\"")
                        .body(writer.write(calendar)))
                .orElseGet(() -> ResponseEntity.status(404).contentType(MediaType.TEXT_PLAIN)
                        .cacheControl(CacheControl.noStore()).body("No such calendar.\n"));
    }
}
