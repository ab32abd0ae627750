package org.frontdesk.scheduling;

import java.util.List;

/** The outcome of moving displaced appointments in one go: all of them moved, or none (docs/adr/0015). */
public sealed interface BulkMove {

    /** Every chosen appointment moved; one event per appointment (and so per patient notice) was published. */
    record Moved(List<AppointmentMovedByOffice> moves) implements BulkMove {

        public Moved {
            moves = List.copyOf(moves);
        }
    }

    /**
     * Nothing moved, because of {@code appointment}: its new time was taken meanwhile, it changed, or it no longer
     * needs moving.
     *
     * @param reason for the front desk; names no patient
     * @param fresh the displaced appointments as they are now, with fresh proposals
     */
    record Refused(AppointmentId appointment, String reason, List<Displaced> fresh) implements BulkMove {

        public Refused {
            fresh = List.copyOf(fresh);
        }
    }
}
