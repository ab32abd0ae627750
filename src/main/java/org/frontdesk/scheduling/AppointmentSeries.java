package org.frontdesk.scheduling;

import java.util.List;
import java.util.Map;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * A recurring series and every occurrence its rule named, booked or not, cancelled or not: nothing of a series is
 * ever deleted.
 *
 * @param endedBefore after "cancel this and following" from occurrence n: n; otherwise null
 */
public record AppointmentSeries(SeriesId id, PatientId patient, ProviderId provider, LocationId location,
        @Nullable RoomId room, AppointmentTypeId type, @Nullable String reason, Recurrence recurrence,
        @Nullable Integer endedBefore, List<SeriesOccurrence> occurrences) {

    public AppointmentSeries {
        occurrences = List.copyOf(occurrences);
    }

    /** The occurrences that could not be booked and are still wanted. */
    public List<SeriesOccurrence> clashes() {
        return occurrences.stream().filter(SeriesOccurrence::open).toList();
    }

    AppointmentSeries withOccurrences(List<SeriesOccurrence> changed) {
        return new AppointmentSeries(id, patient, provider, location, room, type, reason, recurrence, endedBefore,
                changed);
    }

    public SeriesOccurrence occurrence(int number) {
        return occurrences.stream().filter(o -> o.number() == number).findFirst()
                .orElseThrow(() -> new InvalidBooking(Map.of("occurrence", "No such occurrence.")));
    }
}
