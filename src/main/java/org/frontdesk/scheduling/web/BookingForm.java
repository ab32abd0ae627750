package org.frontdesk.scheduling.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.frontdesk.patients.PatientId;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.CalendarSetup;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.RoomId;
import org.jspecify.annotations.Nullable;

/**
 * The booking form as the clerk filled it in, every field as typed so that the form can be shown again with a
 * message beside each bad one. The date and time are read in the location's zone.
 *
 * @param overbook "true" when the clerk ticked "overbook on purpose"
 */
record BookingForm(@Nullable String patient, @Nullable String provider, @Nullable String location,
        @Nullable String room, @Nullable String type, @Nullable String date, @Nullable String time,
        @Nullable String reason, @Nullable String overbook, @Nullable String overbookReason) {

    sealed interface Parsed {}

    record Valid(BookingRequest request) implements Parsed {}

    record Invalid(Map<String, String> errors) implements Parsed {}

    public boolean overbooking() {
        return "true".equals(overbook) || "on".equals(overbook);
    }

    BookingForm withPatient(@Nullable String chosen) {
        return new BookingForm(chosen, provider, location, room, type, date, time, reason, overbook, overbookReason);
    }

    Parsed parse(CalendarSetup setup) {
        var errors = new LinkedHashMap<String, String>();
        var patientId = ScheduleInput.id(patient).map(PatientId::new);
        if (patientId.isEmpty()) {
            errors.put("patient", "Choose the patient.");
        }
        var providerId = ScheduleInput.id(provider).map(ProviderId::new).filter(id -> setup.provider(id).isPresent());
        if (providerId.isEmpty()) {
            errors.put("provider", ScheduleInput.blank(provider) ? "Choose the provider." : "Unknown provider.");
        }
        var place = ScheduleInput.id(location).map(LocationId::new).flatMap(setup::location);
        if (place.isEmpty()) {
            errors.put("location", ScheduleInput.blank(location) ? "Choose the location." : "Unknown location.");
        }
        RoomId roomId = null;
        if (!ScheduleInput.blank(room)) {
            roomId = ScheduleInput.id(room).map(RoomId::new).orElse(null);
            if (roomId == null) {
                errors.put("room", "Unknown room.");
            }
        }
        var typeId = ScheduleInput.id(type).map(AppointmentTypeId::new);
        if (typeId.isEmpty()) {
            errors.put("type", ScheduleInput.blank(type) ? "Choose the appointment type."
                    : "Unknown appointment type.");
        }
        var day = ScheduleInput.date(date);
        if (day.isEmpty()) {
            errors.put("date", ScheduleInput.blank(date) ? "Enter the date." : ScheduleInput.DATE_HINT);
        }
        var clock = ScheduleInput.time(time);
        if (clock.isEmpty()) {
            errors.put("time", ScheduleInput.blank(time) ? "Enter the time." : ScheduleInput.TIME_HINT);
        }
        Instant start = null;
        if (day.isPresent() && clock.isPresent() && place.isPresent()) {
            var local = LocalDateTime.of(day.get(), clock.get());
            var zone = place.get().zone();
            if (zone.getRules().getValidOffsets(local).isEmpty()) {
                errors.put("time", "That time does not exist on this day: the clocks go forward.");
            } else {
                start = local.atZone(zone).toInstant();
            }
        }
        if (!errors.isEmpty() || start == null) {
            return new Invalid(errors);
        }
        var text = ScheduleInput.blank(reason) ? null : reason.strip();
        var request = BookingRequest.of(patientId.get(), providerId.get(), place.get().id(), roomId, typeId.get(),
                start, text);
        return new Valid(overbooking() ? request.overbooking(overbookReason == null ? null : overbookReason.strip())
                : request);
    }
}
