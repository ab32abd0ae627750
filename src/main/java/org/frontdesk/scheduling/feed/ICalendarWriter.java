package org.frontdesk.scheduling.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.ParameterList;
import org.frontdesk.scheduling.Appointment;
import org.frontdesk.scheduling.AppointmentStatus;
import org.frontdesk.scheduling.CalendarFeeds.ProviderCalendar;
import org.frontdesk.scheduling.Location;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes a provider's calendar as iCalendar. Each appointment is a VEVENT whose UID is its id, so a calendar client
 * updates the same event on every fetch; times carry the location's TZID with a VTIMEZONE for it. The summary is
 * the appointment type alone: the feed leaves the office for a phone and its cloud, so it names no patient.
 */
@Component
class ICalendarWriter {

    static final String UID_DOMAIN = "@frontdesk";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    String write(ProviderCalendar calendar) {
        var ical = new Calendar();
        ical.add(new ProdId("-//Frontdesk//Provider calendar//EN"));
        ical.add(ImmutableVersion.VERSION_2_0);
        ical.add(ImmutableCalScale.GREGORIAN);
        ical.add(ImmutableMethod.PUBLISH);
        ical.add(new Name(calendar.provider().name()));
        ical.add(new XProperty("X-WR-CALNAME", calendar.provider().name()));
        ical.add(new RefreshInterval(new ParameterList(java.util.List.of(Value.DURATION)),
                java.time.Duration.ofMinutes(15)));
        var used = new LinkedHashSet<ZoneId>();
        var events = new ArrayList<VEvent>();
        for (var appointment : calendar.appointments()) {
            var location = calendar.locations().get(appointment.location());
            var zone = location == null ? ZoneId.of("UTC") : location.zone();
            used.add(zone);
            events.add(event(appointment, calendar, location, zone));
        }
        // time zones first: some clients read the file top to bottom
        for (var zone : used) {
            ical.add(zones.getTimeZone(zone.getId()).getVTimeZone());
        }
        events.forEach(ical::add);
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(ical, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(Appointment a, ProviderCalendar calendar, @Nullable Location location, ZoneId zone) {
        var type = calendar.types().get(a.type());
        var summary = (type == null ? "Appointment" : type.name())
                + (a.status() == AppointmentStatus.NO_SHOW ? " (no-show)" : "")
                + (a.overbooked() ? " (overbooked)" : "");
        var event = new VEvent(ZonedDateTime.ofInstant(a.start(), zone), ZonedDateTime.ofInstant(a.end(), zone),
                summary);
        var changed = a.statusTimes().values().stream().max(Comparator.naturalOrder()).orElse(a.start());
        // ical4j stamps the event with the current time; the last change keeps the feed the same between fetches
        event.replace(new DtStamp(changed));
        event.add(new LastModified(changed));
        event.add(new Uid(a.id() + UID_DOMAIN));
        event.add(new Sequence(a.version()));
        event.add(switch (a.status()) {
            case CANCELLED, RESCHEDULED, NO_SHOW -> ImmutableStatus.VEVENT_CANCELLED;
            default -> ImmutableStatus.VEVENT_CONFIRMED;
        });
        event.add(a.status().isActive() ? ImmutableTransp.OPAQUE : ImmutableTransp.TRANSPARENT);
        event.add(ImmutableClazz.PRIVATE);
        if (location != null) {
            var room = a.room() == null ? null : calendar.rooms().get(a.room());
            event.add(new net.fortuna.ical4j.model.property.Location(
                    location.name() + (room == null ? "" : ", " + room.name())));
        }
        return event;
    }
}
