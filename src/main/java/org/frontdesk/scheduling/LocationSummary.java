package org.frontdesk.scheduling;

import java.time.ZoneId;

/** A practice location as lists and headings show it; its zone decides what "today" is there. */
public record LocationSummary(LocationId id, String name, ZoneId zone) {}
