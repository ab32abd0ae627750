package org.frontdesk.scheduling.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import org.frontdesk.scheduling.LocationDetails;
import org.frontdesk.scheduling.LocationOnFile;
import org.frontdesk.scheduling.TimeZoneChoices;
import org.jspecify.annotations.Nullable;

/** The location form as the office manager filled it in. */
record LocationForm(@Nullable String name, @Nullable String addressLine1, @Nullable String addressLine2,
        @Nullable String city, @Nullable String state, @Nullable String postalCode, @Nullable String zone,
        @Nullable String active) {

    private static final ZoneId STAND_IN = ZoneId.of("America/New_York");

    static LocationForm empty() {
        return new LocationForm("", "", "", "", "", "", "America/New_York", "true");
    }

    static LocationForm of(LocationOnFile location) {
        var d = location.details();
        return new LocationForm(d.name(), d.addressLine1(), d.addressLine2(), d.city(), d.state(), d.postalCode(),
                d.zone().getId(), Boolean.toString(d.active()));
    }

    public boolean isActive() {
        return SetupForm.ticked(active);
    }

    SetupForm<LocationDetails> parse() {
        var errors = new LinkedHashMap<String, String>();
        var chosen = ScheduleInput.blank(zone) ? java.util.Optional.<ZoneId>empty() : TimeZoneChoices.of(zone);
        if (chosen.isEmpty()) {
            errors.put("zone", ScheduleInput.blank(zone) ? "Choose the location's time zone."
                    : "Choose a time zone from the list (an IANA zone such as America/Chicago).");
        }
        if (!ScheduleInput.blank(state) && !org.frontdesk.scheduling.UsStates.isCode(state.strip().toUpperCase(
                java.util.Locale.ROOT))) {
            errors.put("state", "Choose a US state from the list.");
        }
        return SetupForm.of(errors, () -> new LocationDetails(SetupForm.text(name), addressLine1, addressLine2, city,
                errors.containsKey("state") ? null : state, postalCode, chosen.orElse(STAND_IN), isActive()));
    }
}
