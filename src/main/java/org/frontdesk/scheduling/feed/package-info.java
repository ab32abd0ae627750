/**
 * A provider's calendar as an iCalendar (RFC 5545) feed at {@code /api/calendar/{token}.ics}, for a phone or
 * desktop calendar to subscribe to. The secret token is the only credential (see
 * {@link org.frontdesk.scheduling.CalendarFeeds}); the feed shows the appointment type, never the patient
 * (docs/adr/0006-calendar-feed.md).
 */
@NullMarked
package org.frontdesk.scheduling.feed;

import org.jspecify.annotations.NullMarked;
