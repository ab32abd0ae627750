package org.frontdesk.scheduling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * tests sharing the one database never book into each other's calendars. Fixture providers work every day from
 * {@link #OPENS} to {@link #CLOSES} at their location, so tests book between 08:00 and 18:00 on days >= 1 ahead.
 * Public for the module's sub-packages ({@link #of}).
 */
public final class SchedulingFixture {

    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    public static final LocalTime OPENS = LocalTime.of(7, 0);
    public static final LocalTime CLOSES = LocalTime.of(19, 0);
    /** Fixture templates apply from this day on, so that any test date is covered. */
    static final LocalDate TEMPLATES_FROM = LocalDate.of(2020, 1, 1);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A provider at a location with one room, offering one 30-minute type. */
    public record Practice(ProviderId provider, LocationId location, RoomId room, AppointmentTypeId type) {}

    private final PracticeSetup setup;
    private final Patients patients;
    private final Clock clock;
    /** Where each of this fixture's types is offered, so that {@link #provider} knows where to put a provider. */
    private final Map<AppointmentTypeId, LocationId> homes = new ConcurrentHashMap<>();

    SchedulingFixture(PracticeSetup setup, Patients patients, Clock clock) {
        this.setup = setup;
        this.patients = patients;
        this.clock = clock;
    }

    /** For tests outside this package, which cannot name the set-up repository. */
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
        homes.put(type, location);
        var provider = provider(type, location);
        return new Practice(provider, location, room, type);
    }

    /**
     * Another provider who offers the type, working every day at the location of the practice that made the type
     * (without working hours, when the type is not this fixture's).
     */
    public ProviderId provider(AppointmentTypeId offering) {
        return provider("Test Provider " + SEQUENCE.incrementAndGet(), offering);
    }

    /** {@link #provider(AppointmentTypeId)} with the given name (at most 100 characters). */
    public ProviderId provider(String name, AppointmentTypeId offering) {
        var home = homes.get(offering);
        var provider = setup.addProvider(name, "MD", "Family medicine", freshNpi(), "#cc6633");
        setup.offer(provider, offering);
        if (home != null) {
            workEveryDay(provider, home, OPENS, CLOSES);
        }
        return provider;
    }

    /** Another provider who offers the type and works every day from 07:00 to 19:00 at the location. */
    public ProviderId provider(AppointmentTypeId offering, LocationId location) {
        var provider = unscheduledProvider();
        setup.offer(provider, offering);
        workEveryDay(provider, location, OPENS, CLOSES);
        return provider;
    }

    /** A provider with no template: every booking with them is outside working hours. */
    public ProviderId unscheduledProvider() {
        int n = SEQUENCE.incrementAndGet();
        return setup.addProvider("Test Provider " + n, "MD", "Family medicine", freshNpi(), "#cc6633");
    }

    /** Gives the provider working hours at the location on every day of the week. */
    public void workEveryDay(ProviderId provider, LocationId location, LocalTime from, LocalTime until) {
        for (var day : DayOfWeek.values()) {
            if (!setup.addTemplatePeriod(TemplatePeriod.working(provider, location, day, from, until, TEMPLATES_FROM),
                    "test")) {
                throw new IllegalStateException("The provider already works then");
            }
        }
    }

    /** Reserves {@code from}-{@code until} on the weekday for the type, from {@link #TEMPLATES_FROM} on. */
    public void block(ProviderId provider, LocationId location, DayOfWeek day, LocalTime from, LocalTime until,
            AppointmentTypeId type) {
        if (!setup.addTemplatePeriod(TemplatePeriod.block(provider, location, day, from, until, type, TEMPLATES_FROM),
                "test")) {
            throw new IllegalStateException("The time is already reserved");
        }
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

    /** Another type, offered by the provider, of the given length. */
    public AppointmentTypeId type(ProviderId offeredBy, int minutes) {
        var type = setup.addType("Visit type " + SEQUENCE.incrementAndGet() + "-" + unique(), minutes, "#339966",
                false);
        setup.offer(offeredBy, type);
        return type;
    }

    /** What the provider's bookings get when they name no type or location. */
    public void defaults(ProviderId provider, AppointmentTypeId type, LocationId location) {
        setup.setDefaultType(provider, type);
        setup.setDefaultLocation(provider, location);
    }

    public static Npi freshNpi() {
        var first = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return new Npi(first + Npi.checkDigit(first));
    }

    private static String unique() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36);
    }
}
