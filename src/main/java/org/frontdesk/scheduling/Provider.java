package org.frontdesk.scheduling;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A physician, nurse practitioner or physician assistant who sees patients.
 *
 * @param name as the office writes it, e.g. {@code Ada Okafor}; one text, not split into parts
 * @param credentials e.g. {@code MD}, {@code NP}
 * @param defaultType the type booked when a request names none; always one the provider offers
 * @param defaultLocation where the provider usually sees patients, booked when a request names no location
 */
public record Provider(
        ProviderId id,
        String name,
        @Nullable String credentials,
        @Nullable String specialty,
        Npi npi,
        String colour,
        boolean active,
        @Nullable AppointmentTypeId defaultType,
        @Nullable LocationId defaultLocation) {

    public Provider {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(npi, "npi");
    }
}
