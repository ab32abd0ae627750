package org.frontdesk.scheduling;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the office manager enters about a location on the set-up pages.
 *
 * @param state the two-letter US state (or territory) code, e.g. {@code NY}
 * @param postalCode a ZIP code, {@code 12345} or {@code 12345-6789}
 * @param zone decides what "9 am" and "today" mean there
 * @param active a deactivated location keeps its past appointments and takes no new bookings or template periods
 */
public record LocationDetails(
        String name,
        @Nullable String addressLine1,
        @Nullable String addressLine2,
        @Nullable String city,
        @Nullable String state,
        @Nullable String postalCode,
        ZoneId zone,
        boolean active) {

    private static final Pattern STATE = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern ZIP = Pattern.compile("^[0-9]{5}(-[0-9]{4})?$");

    /** @throws InvalidSetup naming each broken rule */
    public LocationDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        name = name.strip();
        addressLine1 = ProviderDetails.blankToNull(addressLine1);
        addressLine2 = ProviderDetails.blankToNull(addressLine2);
        city = ProviderDetails.blankToNull(city);
        state = state == null || state.isBlank() ? null : state.strip().toUpperCase(java.util.Locale.ROOT);
        postalCode = ProviderDetails.blankToNull(postalCode);
        var errors = new LinkedHashMap<String, String>();
        if (name.isEmpty() || name.length() > 100) {
            errors.put("name", "Enter the location's name (at most 100 characters).");
        }
        if (addressLine1 != null && addressLine1.length() > 100) {
            errors.put("addressLine1", "Use at most 100 characters.");
        }
        if (addressLine2 != null && addressLine2.length() > 100) {
            errors.put("addressLine2", "Use at most 100 characters.");
        }
        if (city != null && city.length() > 60) {
            errors.put("city", "Use at most 60 characters.");
        }
        if (state != null && !STATE.matcher(state).matches()) {
            errors.put("state", "Choose a US state.");
        }
        if (postalCode != null && !ZIP.matcher(postalCode).matches()) {
            errors.put("postalCode", "Enter a ZIP code: 5 digits, or 5+4 such as 10001-1234.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidSetup(errors);
        }
    }
}
