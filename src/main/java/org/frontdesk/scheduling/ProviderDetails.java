package org.frontdesk.scheduling;

import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the office manager enters about a provider on the set-up pages.
 *
 * @param colour the calendar colour, {@code #rrggbb} in lower case
 * @param active an inactive provider keeps their past appointments and takes no new bookings
 * @param defaultType booked when a request names no type; must be one of {@code offers}
 * @param defaultLocation booked when a request names no location
 * @param offers the appointment types the provider offers
 * @param staffUsername the staff account the provider signs in with: their own column and week open by default
 */
public record ProviderDetails(
        String name,
        @Nullable String credentials,
        @Nullable String specialty,
        Npi npi,
        String colour,
        boolean active,
        @Nullable AppointmentTypeId defaultType,
        @Nullable LocationId defaultLocation,
        Set<AppointmentTypeId> offers,
        @Nullable String staffUsername) {

    static final Pattern COLOUR = Pattern.compile("^#[0-9a-f]{6}$");
    static final Pattern USERNAME = Pattern.compile("^[a-z][a-z0-9._-]{1,39}$");

    /** @throws InvalidSetup naming each broken rule (the messages never repeat the input) */
    public ProviderDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(colour, "colour");
        name = name.strip();
        credentials = blankToNull(credentials);
        specialty = blankToNull(specialty);
        colour = colour.strip().toLowerCase(java.util.Locale.ROOT);
        offers = Set.copyOf(offers);
        staffUsername = blankToNull(staffUsername);
        var errors = new LinkedHashMap<String, String>();
        if (name.isEmpty() || name.length() > 100) {
            errors.put("name", "Enter the provider's name (at most 100 characters).");
        }
        if (credentials != null && credentials.length() > 40) {
            errors.put("credentials", "Use at most 40 characters, e.g. MD or NP.");
        }
        if (specialty != null && specialty.length() > 100) {
            errors.put("specialty", "Use at most 100 characters.");
        }
        if (!COLOUR.matcher(colour).matches()) {
            errors.put("colour", "Choose a colour (#rrggbb).");
        }
        if (defaultType != null && !offers.contains(defaultType)) {
            errors.put("defaultType", "The default type must be one the provider offers.");
        }
        if (staffUsername != null && !USERNAME.matcher(staffUsername).matches()) {
            errors.put("staffUsername", "Unknown staff account.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidSetup(errors);
        }
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
