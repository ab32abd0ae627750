package org.frontdesk.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.frontdesk.patients.Patient;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.VisitRepository.Mark;
import org.frontdesk.scheduling.VisitRepository.Row;
import org.frontdesk.security.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front desk's read of a day: the flow board (a location's appointments of today, where each patient is) and a
 * provider's day sheet. A list costs two queries whatever its length: the appointments with their set-up names and
 * step times, then the patients' names in one batch through {@link Patients#findAll}, which writes the one audit
 * entry naming every patient shown. Moving a patient along goes through {@link Appointments}.
 *
 * <p>Cancelled and rescheduled appointments are left out of the lists (their time is free); no-shows stay, so the
 * desk sees who did not come.
 */
@Service
public class FlowBoard {

    /**
     * A location's appointments of one day, in time order.
     *
     * @param asOf when the board was read; wait times are measured to it
     * @param mark changes whenever an appointment of this board is booked or changed; see {@link #changeMark}
     */
    public record Board(LocationSummary location, LocalDate day, @Nullable ProviderId provider, Instant asOf,
            List<Visit> visits, String mark) {}

    /**
     * A provider's appointments of one day at every location, in time order.
     *
     * @param zone the practice's zone, which decides the day; each visit's times are in its location's zone
     */
    public record DaySheet(ProviderSummary provider, LocalDate day, ZoneId zone, Instant printedAt,
            List<Visit> visits) {}

    private final VisitRepository visits;
    private final Patients patients;
    private final Clock clock;

    FlowBoard(VisitRepository visits, Patients patients, Clock clock) {
        this.visits = visits;
        this.patients = patients;
        this.clock = clock;
    }

    /** Every location, by name (no patient data, not audited). */
    @PreAuthorize(Permission.READ_SCHEDULE)
    public List<LocationSummary> locations() {
        return visits.locations();
    }

    /** Every active provider, by name (no patient data, not audited). */
    @PreAuthorize(Permission.READ_SCHEDULE)
    public List<ProviderSummary> providers() {
        return visits.activeProviders();
    }

    /** @throws LocationNotFound when no location has the id */
    @PreAuthorize(Permission.READ_SCHEDULE)
    public LocationSummary location(LocationId id) {
        return visits.location(id).orElseThrow(() -> new LocationNotFound(id));
    }

    /** @throws ProviderNotFound when no provider has the id */
    @PreAuthorize(Permission.READ_SCHEDULE)
    public ProviderSummary provider(ProviderId id) {
        return visits.provider(id).orElseThrow(() -> new ProviderNotFound(id));
    }

    /** Today at the location, in its zone, by the practice's clock. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    public LocalDate todayAt(LocationId location) {
        return LocalDate.ofInstant(clock.instant(), location(location).zone());
    }

    /** Today's board at the location, optionally of one provider only. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public Board today(LocationId location, @Nullable ProviderId provider) {
        var place = location(location);
        return board(place, LocalDate.ofInstant(clock.instant(), place.zone()), provider);
    }

    /**
     * The board of any day at the location (today's is {@link #today(LocationId, ProviderId)}); for benchmarks and
     * tests too. Audited as one read naming every patient on it.
     *
     * @throws LocationNotFound when no location has the id
     */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public Board board(LocationId location, LocalDate day, @Nullable ProviderId provider) {
        return board(location(location), day, provider);
    }

    private Board board(LocationSummary place, LocalDate day, @Nullable ProviderId provider) {
        var asOf = now();
        var rows = visits.atLocation(place.id(), start(day, place.zone()), start(day.plusDays(1), place.zone()),
                provider);
        var shown = named(rows, "flow board " + day + " at location " + place.id()
                + (provider == null ? "" : " of provider " + provider));
        return new Board(place, day, provider, asOf, shown, mark(day, VisitRepository.markOf(rows)));
    }

    /**
     * What today's board at the location looks like without reading it: equal to {@link Board#mark()} as long as
     * none of its appointments was booked or changed. Lets a screen that polls ask "anything new?" for the cost
     * of one index scan, and without disclosing (or auditing) anything when the answer is no.
     */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional(readOnly = true)
    public String changeMark(LocationId location, @Nullable ProviderId provider) {
        var place = location(location);
        var day = LocalDate.ofInstant(clock.instant(), place.zone());
        var from = start(day, place.zone());
        return mark(day, visits.markAtLocation(place.id(), from, start(day.plusDays(1), place.zone()), provider));
    }

    /**
     * The provider's appointments of the day (in the practice's zone) at every location, for printing. Audited as
     * one read naming every patient on it.
     *
     * @throws ProviderNotFound when no provider has the id
     */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public DaySheet daySheet(ProviderId provider, LocalDate day) {
        var who = provider(provider);
        var zone = clock.getZone();
        var rows = visits.ofProvider(provider, start(day, zone), start(day.plusDays(1), zone));
        return new DaySheet(who, day, zone, now(), named(rows, "day sheet " + day + " of provider " + provider));
    }

    /** The rows still holding time or marked no-show, with their patients' names, read in one audited batch. */
    private List<Visit> named(List<Row> rows, String purpose) {
        var shown = rows.stream().map(Row::visit)
                .filter(v -> v.status() != AppointmentStatus.CANCELLED && v.status() != AppointmentStatus.RESCHEDULED)
                .toList();
        if (shown.isEmpty()) {
            return shown;
        }
        var found = patients.findAll(shown.stream().map(Visit::patient).toList(), purpose);
        return shown.stream().map(v -> withPatient(v, found.get(v.patient()))).toList();
    }

    private static Visit withPatient(Visit v, @Nullable Patient patient) {
        return new Visit(v.id(), v.version(), v.status(), v.patient(),
                patient == null ? null : patient.details().name().filingName(),
                patient == null ? null : patient.details().birthDate(), v.provider(), v.type(), v.typeColour(),
                v.telemedicine(), v.room(), v.location(), v.locationName(), v.zone(), v.start(), v.end(), v.reason(),
                v.overbooked(), v.arrivedAt(), v.roomedAt(), v.visitStartedAt(), v.checkedOutAt());
    }

    private static String mark(LocalDate day, Mark mark) {
        var last = mark.lastChange() == null ? 0
                : ChronoUnit.MICROS.between(Instant.EPOCH, mark.lastChange());
        return day + "." + mark.appointments() + "." + mark.versions() + "." + last;
    }

    /** Midnight in the zone; on a day that begins with a DST change, the first instant of the day. */
    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
