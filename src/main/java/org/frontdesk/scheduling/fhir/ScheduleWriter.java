package org.frontdesk.scheduling.fhir;

import static org.frontdesk.scheduling.fhir.SchedulingProfile.*;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import org.frontdesk.interop.FhirProperties;
import org.frontdesk.scheduling.AppointmentType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.hl7.fhir.r4.model.Slot.SlotStatus;
import org.springframework.stereotype.Component;

/**
 * Schedules and their slots as FHIR {@code Schedule} and {@code Slot}. The practice's appointment types go to
 * {@code serviceType} (coded in our type system, as {@code Appointment.appointmentType} is): a slot lists the
 * types that can be booked in it, a schedule the types the provider offers. Slot times carry the location's offset.
 */
@Component
class ScheduleWriter {

    private final FhirProperties properties;

    ScheduleWriter(FhirProperties properties) {
        this.properties = properties;
    }

    Schedule write(PractitionerSchedule schedule) {
        var fhir = new Schedule();
        fhir.setIdElement(new IdType("Schedule", schedule.id().value()));
        fhir.setActive(true);
        schedule.types().forEach(type -> fhir.addServiceType(concept(type)));
        if (schedule.specialty() != null) {
            fhir.addSpecialty().setText(schedule.specialty());
        }
        fhir.addActor(new Reference("Practitioner/" + schedule.id().provider()).setDisplay(schedule.providerName()));
        fhir.addActor(new Reference("Location/" + schedule.id().location()).setDisplay(schedule.locationName()));
        var horizon = new Period().setStartElement(date(schedule.from()));
        if (schedule.until() != null) {
            horizon.setEndElement(date(schedule.until()));
        }
        fhir.setPlanningHorizon(horizon);
        return fhir;
    }

    Slot write(ScheduleSlot slot, ZoneId zone) {
        var fhir = new Slot();
        fhir.setIdElement(new IdType("Slot", slot.id().value()));
        fhir.setSchedule(new Reference("Schedule/" + slot.id().schedule().value()));
        fhir.setStatus(slot.free() ? SlotStatus.FREE : SlotStatus.BUSY);
        slot.types().forEach(type -> fhir.addServiceType(concept(type)));
        fhir.setStartElement(instant(slot.time().start(), zone));
        fhir.setEndElement(instant(slot.time().end(), zone));
        return fhir;
    }

    private CodeableConcept concept(AppointmentType type) {
        return new CodeableConcept(new Coding(properties.extensionBase() + APPOINTMENT_TYPE_SYSTEM,
                type.id().toString(), type.name())).setText(type.name());
    }

    private static DateTimeType date(LocalDate date) {
        return new DateTimeType(date.toString());
    }

    private static InstantType instant(Instant instant, ZoneId zone) {
        return new InstantType(Date.from(instant), TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone(zone));
    }
}
