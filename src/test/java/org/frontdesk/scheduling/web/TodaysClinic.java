package org.frontdesk.scheduling.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.frontdesk.patients.PatientId;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.Appointment;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.Booking.Booked;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.frontdesk.security.Permission;
import org.frontdesk.security.SystemTask;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An invented clinic where it is now mid-morning (whatever time the suite runs), so that tests of today's board can
 * book later today within office hours; and "another desk" that changes appointments behind the page's back.
 */
final class TodaysClinic {

    final SchedulingFixture fixture;
    final ZoneId zone;
    final Practice practice;
    private final Appointments appointments;
    private final Patients patients;

    private TodaysClinic(ApplicationContext context) {
        this.fixture = SchedulingFixture.of(context);
        this.zone = fixture.zoneWhereItIsNow(10);
        this.practice = fixture.practice(zone);
        this.appointments = context.getBean(Appointments.class);
        this.patients = context.getBean(Patients.class);
    }

    static TodaysClinic open(ApplicationContext context) {
        return new TodaysClinic(context);
    }

    /** A new patient booked today at {@code hour}:{@code minute}, local time. */
    Appointment book(int hour, int minute) {
        return book(practice, hour, minute);
    }

    Appointment book(Practice at, int hour, int minute) {
        var patient = fixture.patient();
        return asAnotherDesk(() -> ((Booked) appointments.book(BookingRequest.of(patient, at.provider(),
                at.location(), at.room(), at.type(), fixture.at(zone, 0, hour, minute), "follow-up"))).appointment());
    }

    /** "Family, Given", as the board shows the patient. */
    String nameOf(PatientId patient) {
        return SystemTask.run(List.of(Permission.PATIENT_READ),
                () -> patients.get(patient).details().name().filingName());
    }

    /** A change made at another front-desk computer, straight through the service. */
    <T> T asAnotherDesk(Supplier<T> work) {
        return SystemTask.run(List.of(Permission.SCHEDULE_READ, Permission.SCHEDULE_WRITE, Permission.PATIENT_READ),
                work);
    }

    Appointments appointments() {
        return appointments;
    }

    static MockMvc mvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    static UserRequestPostProcessor frontDesk() {
        return as("frontdesk-flow", "ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE", "SCHEDULE_READ",
                "SCHEDULE_WRITE");
    }

    static UserRequestPostProcessor billing() {
        return as("billing-flow", "ROLE_BILLING", "PATIENT_READ", "SCHEDULE_READ");
    }

    static UserRequestPostProcessor admin() {
        return as("admin-flow", "ROLE_ADMIN", "AUDIT_READ", "STAFF_ADMIN");
    }

    private static UserRequestPostProcessor as(String username, String... authorities) {
        return user(username).authorities(Arrays.stream(authorities).map(SimpleGrantedAuthority::new)
                .toArray(SimpleGrantedAuthority[]::new));
    }
}
