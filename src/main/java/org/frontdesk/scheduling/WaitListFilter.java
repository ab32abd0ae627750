package org.frontdesk.scheduling;

import org.jspecify.annotations.Nullable;

/**
 * Which waiting entries {@link WaitList#waiting} lists: every criterion given must hold.
 *
 * @param provider entries for this provider, and entries for any provider
 */
public record WaitListFilter(@Nullable AppointmentTypeId type, @Nullable ProviderId provider,
        @Nullable WaitListPriority priority) {

    public static WaitListFilter all() {
        return new WaitListFilter(null, null, null);
    }
}
