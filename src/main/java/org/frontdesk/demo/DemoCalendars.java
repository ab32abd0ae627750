package org.frontdesk.demo;

import static java.time.DayOfWeek.*;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontdesk.scheduling.AppointmentTypeDetails;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.Holiday;
import org.frontdesk.scheduling.LocationDetails;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.Npi;
import org.frontdesk.scheduling.PracticeAdministration;
import org.frontdesk.scheduling.ProviderDetails;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.RoomId;
import org.frontdesk.scheduling.ScheduleSetup;
import org.frontdesk.scheduling.TemplatePeriod;
import org.frontdesk.scheduling.VideoLink;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo practice's set-up, through the same services as the set-up pages: two locations in different time
 * zones (so that the calendar shows both), rooms, four appointment types (one of them telemedicine with a video
 * link), and five providers with weekly templates, lunch breaks, a "new patients Tue 9-11" block and location
 * holidays. The demo user {@code doctor} is linked to Dana Doctor, so that the doctor's own column and week open.
 */
@Component
class DemoCalendars {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    /** The demo providers' NPIs (valid check digits, in a range no real provider is likely to hold). */
    static final List<String> NPIS = List.of("1990000014", "1990000022", "1990000030", "1990000048", "1990000055");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);

    private final PracticeAdministration practice;
    private final ScheduleSetup setup;
    private final Clock clock;

    DemoCalendars(PracticeAdministration practice, ScheduleSetup setup, Clock clock) {
        this.practice = practice;
        this.setup = setup;
        this.clock = clock;
    }

    /** One provider's place in the demo: where they work, in which room, and which types they book. */
    record Seat(ProviderId provider, Map<LocationId, RoomId> rooms, List<AppointmentTypeId> types) {}

    /** What {@link DemoBookings} fills: the providers, and the telemedicine type that needs no room. */
    record Layout(List<Seat> seats, AppointmentTypeId telemedicine) {}

    /** Sets up the practice; templates apply from a week ago, so that today's visits fit them. */
    Layout setUp() {
        var today = LocalDate.now(clock);
        var from = today.minusWeeks(1);
        var midtown = practice.addLocation(new LocationDetails("Midtown Office", "120 West 57th Street", "Suite 900",
                "New York", "NY", "10019", NEW_YORK, true));
        var lakeside = practice.addLocation(new LocationDetails("Lakeside Office", "233 South Wacker Drive", null,
                "Chicago", "IL", "60606", CHICAGO, true));
        var midtownRooms = List.of(practice.addRoom(midtown, "Exam 1"), practice.addRoom(midtown, "Exam 2"),
                practice.addRoom(midtown, "Exam 3"), practice.addRoom(midtown, "Procedure"));
        var lakesideRooms = List.of(practice.addRoom(lakeside, "Exam A"), practice.addRoom(lakeside, "Exam B"));

        var newPatient = type("New patient", 40, "#2e7d32", null);
        var followUp = type("Follow-up", 20, "#1565c0", null);
        var physical = type("Annual physical", 30, "#6a1b9a", null);
        var video = type("Telemedicine follow-up", 20, "#00838f",
                VideoLink.of("https://video.example.org/frontdesk-demo"));
        var everything = List.of(newPatient, followUp, physical, video);
        var inPerson = List.of(newPatient, followUp, physical);

        var seats = new ArrayList<Seat>();
        var dana = provider("Dana Doctor", "MD", "Family medicine", 0, "#1e88e5", everything, followUp, midtown,
                "doctor");
        week(dana, midtown, WEEKDAYS, at(8), at(17), at(12), at(13), from);
        block(dana, midtown, TUESDAY, at(9), at(11), newPatient, from);
        seats.add(new Seat(dana, Map.of(midtown, midtownRooms.get(0)), everything));

        var ruiz = provider("Ana Ruiz", "MD", "Internal medicine", 1, "#e53935", everything, physical, midtown, null);
        week(ruiz, midtown, EnumSet.range(MONDAY, THURSDAY), at(9), at(18), at(13), at(14), from);
        week(ruiz, midtown, Set.of(FRIDAY), at(9), at(13), null, null, from);
        block(ruiz, midtown, THURSDAY, at(9), at(11), newPatient, from);
        seats.add(new Seat(ruiz, Map.of(midtown, midtownRooms.get(1)), everything));

        var chen = provider("Marcus Chen", "PA-C", "Family medicine", 2, "#fb8c00", everything, followUp, midtown,
                null);
        week(chen, midtown, WEEKDAYS, at(12), at(20), at(16), LocalTime.of(16, 30), from);
        seats.add(new Seat(chen, Map.of(midtown, midtownRooms.get(2)), everything));

        var okafor = provider("Samuel Okafor", "DO", "Pediatrics", 3, "#43a047", inPerson, followUp, lakeside, null);
        week(okafor, lakeside, WEEKDAYS, at(8), at(16), at(12), LocalTime.of(12, 30), from);
        block(okafor, lakeside, TUESDAY, at(9), at(11), newPatient, from);
        seats.add(new Seat(okafor, Map.of(lakeside, lakesideRooms.get(0)), inPerson));

        // works at both locations, so that her week shows two zones
        var natarajan = provider("Priya Natarajan", "NP", "Family medicine", 4, "#8e24aa", everything, followUp,
                lakeside, null);
        week(natarajan, lakeside, Set.of(MONDAY, WEDNESDAY, FRIDAY), at(9), at(17), LocalTime.of(12, 30),
                LocalTime.of(13, 15), from);
        week(natarajan, midtown, Set.of(TUESDAY, THURSDAY), at(9), at(17), LocalTime.of(12, 30),
                LocalTime.of(13, 15), from);
        seats.add(new Seat(natarajan, Map.of(lakeside, lakesideRooms.get(1), midtown, midtownRooms.get(3)),
                everything));

        holidays(today, midtown, lakeside);
        return new Layout(List.copyOf(seats), video);
    }

    private AppointmentTypeId type(String name, int minutes, String colour, @Nullable VideoLink link) {
        return practice.addType(new AppointmentTypeDetails(name, minutes, colour, link != null, link, Set.of(), true));
    }

    private ProviderId provider(String name, String credentials, String specialty, int npi, String colour,
            List<AppointmentTypeId> offers, AppointmentTypeId defaultType, LocationId defaultLocation,
            @Nullable String staffUsername) {
        return practice.addProvider(new ProviderDetails(name, credentials, specialty, new Npi(NPIS.get(npi)), colour,
                true, defaultType, defaultLocation, Set.copyOf(offers), staffUsername));
    }

    private void week(ProviderId provider, LocationId location, Set<DayOfWeek> days, LocalTime start, LocalTime end,
            @Nullable LocalTime lunch, @Nullable LocalTime lunchEnd, LocalDate from) {
        var periods = new ArrayList<TemplatePeriod>();
        for (var day : days) {
            periods.add(TemplatePeriod.working(provider, location, day, start, end, from));
            if (lunch != null && lunchEnd != null) {
                periods.add(TemplatePeriod.breakTime(provider, location, day, lunch, lunchEnd, from));
            }
        }
        setup.addToTemplate(periods);
    }

    private void block(ProviderId provider, LocationId location, DayOfWeek day, LocalTime start, LocalTime end,
            AppointmentTypeId type, LocalDate from) {
        setup.addToTemplate(TemplatePeriod.block(provider, location, day, start, end, type, from));
    }

    /**
     * Christmas and New Year's Day at the demo locations only: a practice-wide holiday would close every other
     * provider on file too.
     */
    private void holidays(LocalDate today, LocationId... locations) {
        var names = new HashMap<MonthDay, String>(Map.of(MonthDay.of(12, 25), "Christmas Day", MonthDay.of(1, 1),
                "New Year's Day"));
        names.forEach((day, name) -> {
            var next = day.atYear(today.getYear());
            var date = next.isBefore(today) ? day.atYear(today.getYear() + 1) : next;
            for (var location : locations) {
                setup.addHoliday(Holiday.of(date, name, location));
            }
        });
    }

    private static LocalTime at(int hour) {
        return LocalTime.of(hour, 0);
    }
}
