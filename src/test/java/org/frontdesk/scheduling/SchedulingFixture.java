package org.frontdesk.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * tests sharing the one database never book into each other's calendars. Public for the module's web tests, which
 * get one with {@link #of(ApplicationContext)}.
 */
public final class SchedulingFixture {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
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

    /** For tests outside this package, which cannot name {@link PracticeSetup}. */
    public static SchedulingFixture of(ApplicationContext context) {
        return new SchedulingFixture(context.getBean(PracticeSetup.class), context.getBean(Patients.class),
                context.getBean(Clock.class));
    }

    public Practice practice() {
        return practice(ZONE);
    }

    /** A practice whose location is in {@code zone}. */
    public Practice practice(ZoneId zone) {
        int n = SEQUENCE.incrementAndGet();
        var location = setup.addLocation("Test clinic " + n + "-" + unique(), "1 Test Way", "Springfield", "NY",
                "10001", zone);
        var room = setup.addRoom(location, "Exam " + n);
        var type = setup.addType("Office visit " + n + "-" + unique(), 30, "#3366cc", false);
        var provider = provider(type);
        return new Practice(provider, location, room, type);
    }

    /** Another provider who offers the type. */
    public ProviderId provider(AppointmentTypeId offering) {
        int n = SEQUENCE.incrementAndGet();
        var provider = setup.addProvider("Test Provider " + n, "MD", "Family medicine", freshNpi(), "#cc6633");
        setup.offer(provider, offering);
        return provider;
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

    /** The given time of day, {@code days} from today in the practice's zone: always in the future for days >= 1. */
    public Instant at(int days, int hour, int minute) {
        return at(ZONE, days, hour, minute);
    }

    /** The given time of day, {@code days} from today in {@code zone}. */
    public Instant at(ZoneId zone, int days, int hour, int minute) {
        return LocalDate.now(clock.withZone(zone)).plusDays(days).atTime(LocalTime.of(hour, minute))
                .atZone(zone).toInstant();
    }

    /**
     * A zone where it is now between {@code hour}:00 and {@code hour}:59, for tests of today's schedule (the flow
     * board) that must book later today, within office hours, whenever the suite runs. The whole-hour zones
     * Etc/GMT+12 to Etc/GMT-14 cover every hour of the day.
     */
    public ZoneId zoneWhereItIsNow(int hour) {
        int utcHour = clock.instant().atZone(ZoneOffset.UTC).getHour();
        for (int offset = -12; offset <= 14; offset++) {
            if (Math.floorMod(utcHour + offset, 24) == hour) {
                // POSIX-style names: Etc/GMT-5 is five hours ahead of UTC
                return ZoneId.of(offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
            }
        }
        throw new IllegalStateException("no whole-hour zone at hour " + hour);
    }

    public static Npi freshNpi() {
        var first = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return new Npi(first + Npi.checkDigit(first));
    }

    private static String unique() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36);
    }
}
