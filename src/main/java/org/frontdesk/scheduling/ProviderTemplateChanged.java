package org.frontdesk.scheduling;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A period was added to, ended in or removed from the provider's template at the location; working time between
 * the two dates may have grown or shrunk.
 *
 * @param lastDay null: until further notice
 */
public record ProviderTemplateChanged(ProviderId provider, LocationId location, LocalDate firstDay,
        @Nullable LocalDate lastDay) implements WorkingTimeChanged {}
