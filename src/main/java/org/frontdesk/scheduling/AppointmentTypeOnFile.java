package org.frontdesk.scheduling;

/** An appointment type as the set-up pages show and edit it. */
public record AppointmentTypeOnFile(AppointmentTypeId id, AppointmentTypeDetails details) {}
