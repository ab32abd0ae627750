package org.frontdesk.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.frontdesk.database.DatabaseServer;
import org.frontdesk.patients.PatientDetails;
import org.frontdesk.patients.Patients;
import org.frontdesk.security.Permission;
import org.frontdesk.security.Role;
import org.frontdesk.security.StaffAccounts;
import org.frontdesk.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo practice into an empty database: the staff accounts {@code admin}, {@code manager},
 * {@code frontdesk}, {@code billing} and {@code doctor}, synthetic patients, and the practice's calendars
 * ({@link DemoCalendars}, {@link DemoBookings}). Runs only when demo mode is on
 * and no staff account exists yet, so it never touches a practice's real data.
 */
@Component
@Order(10)
class DemoPractice implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPractice.class);
    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Alex Admin", Role.ADMIN),
            new DemoUser("manager", "Morgan Manager", Role.MANAGER),
            new DemoUser("frontdesk", "Frankie Desk", Role.FRONT_DESK),
            new DemoUser("billing", "Billie Biller", Role.BILLING),
            new DemoUser("doctor", "Dr. Dana Doctor", Role.PROVIDER));

    private final DemoProperties properties;
    private final DatabaseServer database;
    private final StaffAccounts staff;
    private final Patients patients;
    private final DemoCalendars calendars;
    private final DemoBookings bookings;

    DemoPractice(DemoProperties properties, DatabaseServer database, StaffAccounts staff, Patients patients,
            DemoCalendars calendars, DemoBookings bookings) {
        this.properties = properties;
        this.database = database;
        this.staff = staff;
        this.patients = patients;
        this.calendars = calendars;
        this.bookings = bookings;
    }

    record DemoUser(String username, String displayName, Role role) {}

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabledFor(database.isEmbedded()) || !staff.none()) {
            return;
        }
        var password = properties.password() == null || properties.password().isBlank()
                ? generatedPassword() : properties.password();
        for (var user : USERS) {
            staff.create(user.username(), user.displayName(), user.role(), password, true);
        }
        SystemTask.run(List.of(Permission.PATIENT_WRITE, Permission.PATIENT_READ), () -> {
            seedPatients(properties.patients());
            return null;
        });
        long calendarsStarted = System.nanoTime();
        int booked = SystemTask.run(List.of(Permission.PRACTICE_SETUP, Permission.SCHEDULE_READ,
                        Permission.SCHEDULE_WRITE),
                () -> bookings.fill(calendars.setUp(), properties.scheduleDays(), 20261201L));
        log.info("Demo practice seeded: {} staff accounts, {} synthetic patients, {} appointments over {} days"
                        + " (calendars in {} ms)", USERS.size(), properties.patients(), booked,
                properties.scheduleDays(), (System.nanoTime() - calendarsStarted) / 1_000_000);
        if (properties.password() == null || properties.password().isBlank()) {
            // Printed once, to the console only: the log is no place for credentials.
            System.out.println("""

                    ==================================================================
                     Frontdesk demo practice is ready.
                     Users: admin, manager, frontdesk, billing, doctor
                     Password (all demo users, shown only this once): %s
                     Set FRONTDESK_DEMO_PASSWORD to choose it yourself.
                    ==================================================================
                    """.formatted(password));
        }
    }

    private void seedPatients(int count) {
        var generator = new SyntheticPatients(20261123L, patients.today());
        var registered = new ArrayList<PatientDetails>();
        for (int i = 0; i < count; i++) {
            // Every 25th is a near-duplicate of someone already on file, as in any real registry.
            var details = i > 10 && i % 25 == 0
                    ? generator.nearDuplicateOf(registered.get(i / 3))
                    : generator.next();
            patients.registerChecked(details, i % 25 == 0 && i > 10 ? "demo near-duplicate" : null);
            registered.add(details);
        }
    }

    private static String generatedPassword() {
        var bytes = new byte[9];
        new SecureRandom().nextBytes(bytes);
        return "demo-" + HexFormat.of().formatHex(bytes);
    }
}
