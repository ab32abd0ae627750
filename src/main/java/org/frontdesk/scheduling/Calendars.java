package org.frontdesk.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the calendar pages read: the practice's set-up, a day at a location, a provider's week, one appointment.
 * A day or a week is two queries however many providers it spans (the appointments, then their patients' names).
 * Every read that shows patients writes one audit entry listing them (as a patient search does), never what they
 * are called. See docs/adr/0008-calendar-pages.md.
 */
@Service
public class Calendars {

    private final CalendarRepository repository;
    private final Availability availability;
    private final AuditTrail audit;

    Calendars(CalendarRepository repository, Availability availability, AuditTrail audit) {
        this.repository = repository;
        this.availability = availability;
        this.audit = audit;
    }

    /** Providers, locations, rooms and appointment types; no patient data, so not audited. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional(readOnly = true)
    public CalendarSetup setup() {
        return repository.setup();
    }

    /**
     * The day at the location, midnight to midnight in the location's zone.
     *
     * @param withCancelled also show cancelled appointments and no-shows (they hold no time)
     * @throws IllegalArgumentException when the location does not exist
     */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public CalendarDay day(LocationId location, LocalDate date, boolean withCancelled) {
        var zone = repository.zoneOf(location).orElseThrow(() -> new IllegalArgumentException("unknown location"));
        var start = date.atStartOfDay(zone).toInstant();
        var end = date.plusDays(1).atStartOfDay(zone).toInstant();
        var day = repository.day(location, start, end, shown(withCancelled));
        var entries = day.appointments();
        audit.record(new AuditEntry(AuditAction.READ, AuditOutcome.SUCCESS, "Appointment", null,
                patients(entries), "day " + date + " at location " + location + ": " + entries.size()
                        + " appointments"));
        return new CalendarDay(location, date, zone, start, end, entries, day.elsewhere(),
                workingHours(location, date));
    }

    /**
     * The provider's week (Monday to Sunday) that holds {@code date}, at every location, in the zone of
     * {@code shownIn}.
     *
     * @throws IllegalArgumentException when the location does not exist
     */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public CalendarWeek week(ProviderId provider, LocationId shownIn, LocalDate date, boolean withCancelled) {
        var zone = repository.zoneOf(shownIn).orElseThrow(() -> new IllegalArgumentException("unknown location"));
        var monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var entries = repository.ofProvider(provider, monday.atStartOfDay(zone).toInstant(),
                monday.plusDays(CalendarWeek.DAYS).atStartOfDay(zone).toInstant(), shown(withCancelled));
        audit.record(new AuditEntry(AuditAction.READ, AuditOutcome.SUCCESS, "Appointment", null,
                patients(entries), "week of " + monday + " of provider " + provider + ": " + entries.size()
                        + " appointments"));
        var hours = new LinkedHashMap<LocalDate, List<CalendarDay.Hours>>();
        workingHours(List.of(provider), shownIn, monday, monday.plusDays(CalendarWeek.DAYS - 1))
                .forEach((day, byProvider) -> hours.put(day, byProvider.get(provider)));
        return new CalendarWeek(provider, zone, monday, entries, hours);
    }

    /** One appointment with its patient's name, for the appointment panel. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public CalendarEntry appointment(AppointmentId id) {
        var entry = repository.find(id).orElseThrow(() -> new AppointmentNotFound(id));
        audit.record(new AuditEntry(AuditAction.READ, AuditOutcome.SUCCESS, "Appointment", id.toString(),
                List.of(entry.patient().value()), null));
        return entry;
    }

    /**
     * The seam for provider templates: who works at the location on the date, and when. Until templates exist
     * nobody's hours are known, and the pages shade nothing; once they do, this asks {@code Availability}.
     */
    private Map<ProviderId, List<CalendarDay.Hours>> workingHours(LocationId location, LocalDate date) {
        var active = repository.setup().activeProviders().stream().map(CalendarSetup.Provider::id).toList();
        return workingHours(active, location, date, date).get(date);
    }

    /**
     * Each provider's net working time at the location (template hours less breaks, exceptions and holidays), day
     * by day; a provider who does not work there that day has no hours, so the page shades the whole day.
     */
    private Map<LocalDate, Map<ProviderId, List<CalendarDay.Hours>>> workingHours(List<ProviderId> providers,
            LocationId location, LocalDate firstDay, LocalDate lastDay) {
        var hours = new LinkedHashMap<LocalDate, Map<ProviderId, List<CalendarDay.Hours>>>();
        for (var day : firstDay.datesUntil(lastDay.plusDays(1)).toList()) {
            var byProvider = new LinkedHashMap<ProviderId, List<CalendarDay.Hours>>();
            providers.forEach(provider -> byProvider.put(provider, new ArrayList<>()));
            hours.put(day, byProvider);
        }
        try (var days = availability.workingDays(providers, location, firstDay, lastDay)) {
            days.forEach(day -> hours.get(day.date()).get(day.provider()).addAll(day.hours().stream()
                    .map(time -> new CalendarDay.Hours(time.start(), time.end())).toList()));
        }
        return hours;
    }
    private static Set<AppointmentStatus> shown(boolean withCancelled) {
        var shown = EnumSet.copyOf(AppointmentStatus.ACTIVE);
        if (withCancelled) {
            shown.add(AppointmentStatus.CANCELLED);
            shown.add(AppointmentStatus.NO_SHOW);
        }
        return shown;
    }

    private static List<java.util.UUID> patients(List<CalendarEntry> entries) {
        return entries.stream().map(e -> e.patient().value()).distinct().toList();
    }
}
