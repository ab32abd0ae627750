package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.UUID;
import org.frontdesk.scheduling.AvailabilityRepository.TemplateKey;
import org.junit.jupiter.api.Test;

/** The days a kept template covers: every local day a booking can fall on, in few distinct windows. */
class TemplateKeyTest {

    private static final ProviderId PROVIDER = new ProviderId(UUID.randomUUID());
    private static final LocationId LOCATION = new LocationId(UUID.randomUUID());

    @Test
    void aKeptTemplateHoldsEveryLocalDayOfTheTimeInAnyZone() {
        var zones = new ZoneId[] {ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago"),
                ZoneId.of("America/New_York")};
        var start = Instant.parse("2026-01-01T00:00:00Z");
        for (int hour = 0; hour < 24 * 400; hour += 7) {
            var time = new TimeRange(start.plus(Duration.ofHours(hour)), start.plus(Duration.ofHours(hour + 12)));
            var key = TemplateKey.kept(PROVIDER, LOCATION, time);
            for (var zone : zones) {
                assertThat(LocalDate.ofInstant(time.start(), zone)).isBetween(key.first(), key.last());
                assertThat(LocalDate.ofInstant(time.end(), zone)).isBetween(key.first(), key.last());
            }
            var around = TemplateKey.around(PROVIDER, LOCATION, time);
            assertThat(around.first()).isAfterOrEqualTo(key.first());
            assertThat(around.last()).isBeforeOrEqualTo(key.last());
        }
    }

    @Test
    void theBookingsOfAQuarterShareAFewKeptTemplates() {
        var keys = new HashSet<TemplateKey>();
        var day = LocalDate.of(2026, 12, 2);
        for (int i = 0; i < 90; i++) {
            var start = day.plusDays(i).atTime(9, 0).toInstant(ZoneOffset.UTC);
            keys.add(TemplateKey.kept(PROVIDER, LOCATION, new TimeRange(start, start.plus(Duration.ofMinutes(30)))));
        }
        assertThat(keys).hasSizeLessThanOrEqualTo(4);
    }
}
