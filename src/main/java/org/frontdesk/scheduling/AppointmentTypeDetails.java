package org.frontdesk.scheduling;

import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the office manager enters about an appointment type on the set-up pages.
 *
 * @param defaultMinutes how long a booking of the type lasts unless it says otherwise, 1 to 720
 * @param videoLink a telemedicine type's standing video link; only a telemedicine type has one
 * @param offeredBy the providers who offer the type
 * @param active a deactivated type keeps its past appointments and takes no new bookings
 */
public record AppointmentTypeDetails(
        String name,
        int defaultMinutes,
        String colour,
        boolean telemedicine,
        @Nullable VideoLink videoLink,
        Set<ProviderId> offeredBy,
        boolean active) {

    /** @throws InvalidSetup naming each broken rule */
    public AppointmentTypeDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
        name = name.strip();
        colour = colour.strip().toLowerCase(java.util.Locale.ROOT);
        offeredBy = Set.copyOf(offeredBy);
        var errors = new LinkedHashMap<String, String>();
        if (name.isEmpty() || name.length() > 100) {
            errors.put("name", "Enter the type's name (at most 100 characters).");
        }
        if (defaultMinutes < 1 || defaultMinutes > 720) {
            errors.put("defaultMinutes", "Enter a duration from 1 to 720 minutes.");
        }
        if (!ProviderDetails.COLOUR.matcher(colour).matches()) {
            errors.put("colour", "Choose a colour (#rrggbb).");
        }
        if (videoLink != null && !telemedicine) {
            errors.put("videoLink", "Only a telemedicine type has a video link.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidSetup(errors);
        }
    }
}
