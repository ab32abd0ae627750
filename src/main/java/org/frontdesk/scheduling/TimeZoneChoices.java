package org.frontdesk.scheduling;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The time zones a location may have: IANA region zones (America/New_York), the US ones first in the order of the
 * map from east to west, then every other region zone by name. Aliases such as {@code US/Eastern} and fixed offsets
 * are left out: a region zone follows its region's daylight-saving rules.
 */
public final class TimeZoneChoices {

    private static final List<String> US = List.of("America/New_York", "America/Detroit",
            "America/Indiana/Indianapolis", "America/Kentucky/Louisville", "America/Chicago", "America/Denver",
            "America/Boise", "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "America/Adak",
            "Pacific/Honolulu", "America/Puerto_Rico", "America/St_Thomas", "Pacific/Guam", "Pacific/Pago_Pago");
    private static final Set<String> AREAS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
            "Australia", "Europe", "Indian", "Pacific");
    private static final List<String> OTHERS = ZoneId.getAvailableZoneIds().stream()
            .filter(TimeZoneChoices::isRegion).filter(id -> !US.contains(id)).sorted().toList();

    private TimeZoneChoices() {}

    /** The US zones. */
    public static List<String> us() {
        return US;
    }

    /** Every other region zone, by name. */
    public static List<String> others() {
        return OTHERS;
    }

    public static boolean isChoice(ZoneId zone) {
        return US.contains(zone.getId()) || isRegion(zone.getId());
    }

    /** @return the zone, when the text names one of the choices */
    public static java.util.Optional<ZoneId> of(String id) {
        var text = id.strip();
        return Stream.of(text).filter(t -> US.contains(t) || OTHERS.contains(t)).findFirst().map(ZoneId::of);
    }

    private static boolean isRegion(String id) {
        int slash = id.indexOf('/');
        return slash > 0 && AREAS.contains(id.substring(0, slash)) && ZoneId.getAvailableZoneIds().contains(id);
    }
}
