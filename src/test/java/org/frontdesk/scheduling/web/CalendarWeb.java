package org.frontdesk.scheduling.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.List;
import org.frontdesk.scheduling.AppointmentId;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.Booking;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.security.Permission;
import org.frontdesk.security.Role;
import org.frontdesk.security.SystemTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc through the real security filters, staff members of each role, and bookings made as the system. */
final class CalendarWeb {

    private CalendarWeb() {}

    static MockMvc mvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** A staff member with exactly the role's permissions, as a real sign-in grants them. */
    static UserRequestPostProcessor as(Role role) {
        var authorities = new ArrayList<SimpleGrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
        return user(role.name().toLowerCase() + "-calendar-test").authorities(authorities);
    }

    static Booking.Booked book(Appointments appointments, BookingRequest request) {
        var outcome = SystemTask.run(List.of(Permission.SCHEDULE_WRITE, Permission.SCHEDULE_READ, Permission.OVERBOOK),
                () -> appointments.book(request));
        if (!(outcome instanceof Booking.Booked booked)) {
            throw new AssertionError("fixture booking clashed: " + outcome);
        }
        return booked;
    }

    static String status(JdbcClient jdbc, AppointmentId id) {
        return jdbc.sql("SELECT status FROM appointment WHERE id = :id").param("id", id.value())
                .query(String.class).single();
    }
}
