package org.frontdesk.scheduling;

import java.time.Instant;
import java.util.Objects;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * What the front desk asks for when booking. Unknown ids, a start in the past or an end not after the start are
 * reported by {@link Appointments#book} as {@link InvalidBooking}.
 *
 * @param end null for the appointment type's default duration
 * @param overbook true to put the patient into time that is already taken, on purpose; needs the
 *     {@code OVERBOOK} permission and an {@code overbookReason}
 * @param bookOutsideTemplate true to book outside the provider's template at the location (outside working hours,
 *     in a break, an exception, a holiday or a block for another type), on purpose; needs the {@code OVERBOOK}
 *     permission and an {@code outsideTemplateReason}. Without it such a booking is {@link InvalidBooking}.
 */
public record BookingRequest(
        PatientId patient,
        ProviderId provider,
        LocationId location,
        @Nullable RoomId room,
        AppointmentTypeId type,
        Instant start,
        @Nullable Instant end,
        @Nullable String reason,
        boolean overbook,
        @Nullable String overbookReason,
        boolean bookOutsideTemplate,
        @Nullable String outsideTemplateReason) {

    public BookingRequest {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
    }

    /** A booking that keeps to the provider's template. */
    public BookingRequest(PatientId patient, ProviderId provider, LocationId location, @Nullable RoomId room,
            AppointmentTypeId type, Instant start, @Nullable Instant end, @Nullable String reason, boolean overbook,
            @Nullable String overbookReason) {
        this(patient, provider, location, room, type, start, end, reason, overbook, overbookReason, false, null);
    }

    /** An ordinary booking for the type's default duration. */
    public static BookingRequest of(PatientId patient, ProviderId provider, LocationId location, @Nullable RoomId room,
            AppointmentTypeId type, Instant start, @Nullable String reason) {
        return new BookingRequest(patient, provider, location, room, type, start, null, reason, false, null);
    }

    public BookingRequest endingAt(@Nullable Instant end) {
        return new BookingRequest(patient, provider, location, room, type, start, end, reason, overbook,
                overbookReason, bookOutsideTemplate, outsideTemplateReason);
    }

    public BookingRequest overbooking(@Nullable String why) {
        return new BookingRequest(patient, provider, location, room, type, start, end, reason, true, why,
                bookOutsideTemplate, outsideTemplateReason);
    }

    /** The same request, booked even where it does not fit the provider's template (see the record's doc). */
    public BookingRequest outsideTemplate(@Nullable String why) {
        return new BookingRequest(patient, provider, location, room, type, start, end, reason, overbook,
                overbookReason, true, why);
    }
}
