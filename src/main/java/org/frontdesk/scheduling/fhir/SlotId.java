package org.frontdesk.scheduling.fhir;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.frontdesk.scheduling.TimeRange;
import org.jspecify.annotations.Nullable;

/**
 * The id of a {@code Slot}: its schedule, its start (UTC, to the minute, readable) and its length in minutes, e.g.
 * {@code <schedule>202612141400020}. Slots are derived and never stored; the id says everything needed to derive
 * one again, so that {@code GET Slot/<id>} and an Appointment's {@code slot} reference work. 59 characters.
 */
record SlotId(ScheduleId schedule, Instant start, int minutes) {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("uuuuMMddHHmm");
    private static final int LENGTH = ScheduleId.LENGTH + 12 + 3;

    SlotId {
        if (minutes < 1 || minutes > 999 || start.getEpochSecond() % 60 != 0 || start.getNano() != 0) {
            throw new IllegalArgumentException("A slot starts on a whole minute and lasts 1 to 999 minutes");
        }
    }

    static SlotId of(ScheduleId schedule, TimeRange time) {
        return new SlotId(schedule, time.start(), (int) time.duration().toMinutes());
    }

    TimeRange time() {
        return new TimeRange(start, start.plus(Duration.ofMinutes(minutes)));
    }

    String value() {
        return schedule.value() + START.format(start.atOffset(ZoneOffset.UTC)) + "%03d".formatted(minutes);
    }

    /** Empty for any text that is not one of ours. */
    static Optional<SlotId> parse(@Nullable String text) {
        if (text == null || text.length() != LENGTH) {
            return Optional.empty();
        }
        try {
            var schedule = ScheduleId.parse(text.substring(0, ScheduleId.LENGTH));
            var start = LocalDateTime.parse(text.substring(ScheduleId.LENGTH, ScheduleId.LENGTH + 12), START)
                    .toInstant(ZoneOffset.UTC);
            int minutes = Integer.parseInt(text.substring(ScheduleId.LENGTH + 12));
            return schedule.map(s -> new SlotId(s, start, minutes));
        } catch (DateTimeParseException | IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value();
    }
}
