package org.frontdesk.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * What the front desk asks for when putting a patient on the wait list. Unknown ids, a window that ends before it
 * starts or has passed, and a provider who does not offer the type are reported by {@link WaitList#add} as
 * {@link InvalidWaitListEntry}.
 *
 * @param provider null for any provider who offers the type
 * @param location null for any location
 * @param earliest the first acceptable day, in the freed time's location's zone
 * @param latest the last acceptable day, inclusive
 * @param days the days of the week the patient can come; empty for any day
 * @param note for staff (e.g. "call mobile after 3"); may hold PHI, so it is never logged or audited
 */
public record WaitListRequest(
        PatientId patient,
        AppointmentTypeId type,
        @Nullable ProviderId provider,
        @Nullable LocationId location,
        LocalDate earliest,
        LocalDate latest,
        Set<DayOfWeek> days,
        PartOfDay partOfDay,
        WaitListPriority priority,
        @Nullable String note) {

    public WaitListRequest {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(partOfDay, "partOfDay");
        Objects.requireNonNull(priority, "priority");
        days = days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : Set.copyOf(days);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** Any provider and location, any day and time in the window, normal priority. */
    public static WaitListRequest of(PatientId patient, AppointmentTypeId type, LocalDate earliest, LocalDate latest) {
        return new WaitListRequest(patient, type, null, null, earliest, latest, Set.of(), PartOfDay.ANY,
                WaitListPriority.NORMAL, null);
    }
}
