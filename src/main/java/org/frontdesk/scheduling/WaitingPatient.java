package org.frontdesk.scheduling;

import org.jspecify.annotations.Nullable;

/**
 * A line of the wait list: the entry with the names staff read it by.
 *
 * @param patientName null when the patient record could not be read
 * @param providerName null for any provider
 * @param locationName null for any location
 */
public record WaitingPatient(WaitListEntry entry, @Nullable String patientName, String typeName,
        @Nullable String providerName, @Nullable String locationName) {}
