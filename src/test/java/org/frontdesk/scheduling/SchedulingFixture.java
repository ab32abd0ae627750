package org.frontdesk.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontdesk.patients.PatientFixture;
import org.frontdesk.patients.PatientId;
import org.frontdesk.patients.Patients;
import org.frontdesk.security.Permission;
import org.frontdesk.security.SystemTask;
import org.springframework.context.ApplicationContext;

/**
 * An invented practice for scheduling tests: each call gives fresh providers, locations, rooms and types, so
 * tests sharing the one database never book into each other's calendars. Tests outside this package get one with
 * {@link #in(ApplicationContext)}.
 */
public final class SchedulingFixture {

    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A provider at a location with one room, offering one 30-minute type. */
    public record Practice(ProviderId provider, LocationId location, RoomId room, AppointmentTypeId type) {}

    private final PracticeSetup setup;
    private final Patients patients;
    private final Clock clock;

    SchedulingFixture(PracticeSetup setup, Patients patients, Clock clock) {
        this.setup = setup;
        this.patients = patients;
        this.clock = clock;
    }

    /** The fixture for a test outside the scheduling package, whose set-up repository it cannot name. */
    public static SchedulingFixture in(ApplicationContext context) {
        return new SchedulingFixture(context.getBean(PracticeSetup.class), context.getBean(Patients.class),
                context.getBean(Clock.class));
    }

    public Practice practice() {
        int n = SEQUENCE.incrementAndGet();
        var location = setup.addLocation("Test clinic " + n + "-" + unique(), "1 Test Way", "Springfield", "NY",
                "10001", ZONE);
        var room = setup.addRoom(location, "Exam " + n);
        var type = setup.addType("Office visit " + n + "-" + unique(), 30, "#3366cc", false);
        var provider = provider(type);
        return new Practice(provider, location, room, type);
    }

    /** Another provider who offers the type. */
    public ProviderId provider(AppointmentTypeId offering) {
        return provider("Test Provider " + SEQUENCE.incrementAndGet(), offering);
    }

    /** A provider with the given name (at most 100 characters) who offers the type. */
    public ProviderId provider(String name, AppointmentTypeId offering) {
        var provider = setup.addProvider(name, "MD", "Family medicine", freshNpi(), "#cc6633");
        setup.offer(provider, offering);
        return provider;
    }

    /** Another appointment type, offered by nobody yet. */
    public AppointmentTypeId type(String name, int minutes, String colour) {
        return setup.addType(name + " " + unique(), minutes, colour, false);
    }

    public void offer(ProviderId provider, AppointmentTypeId type) {
        setup.offer(provider, type);
    }

    public RoomId room(LocationId location) {
        return setup.addRoom(location, "Exam " + SEQUENCE.incrementAndGet() + "-" + unique());
    }

    /** A freshly registered, invented patient. */
    public PatientId patient() {
        var draft = PatientFixture.draft();
        return SystemTask.run(List.of(Permission.PATIENT_WRITE),
                () -> patients.registerChecked(draft.validate(LocalDate.now(clock)), "scheduling test")).id();
    }

    /** A freshly registered patient with the given names, for tests that look the patient up by name. */
    public PatientId patient(String family, String given, LocalDate birthDate) {
        var draft = PatientFixture.draft(family, given, birthDate.toString());
        return SystemTask.run(List.of(Permission.PATIENT_WRITE),
                () -> patients.registerChecked(draft.validate(LocalDate.now(clock)), "scheduling test")).id();
    }

    /** The given time of day, {@code days} from today in the practice's zone: always in the future for days >= 1. */
    public Instant at(int days, int hour, int minute) {
        return LocalDate.now(clock.withZone(ZONE)).plusDays(days).atTime(LocalTime.of(hour, minute))
                .atZone(ZONE).toInstant();
    }

    static Npi freshNpi() {
        var first = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return new Npi(first + Npi.checkDigit(first));
    }

    private static String unique() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36);
    }
}
