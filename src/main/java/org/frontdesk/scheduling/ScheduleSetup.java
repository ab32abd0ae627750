package org.frontdesk.scheduling;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.frontdesk.security.Permission;
import org.frontdesk.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up what free time is derived from: providers' templates (PRACTICE_SETUP), exceptions such as a sick day
 * (SCHEDULE_WRITE: the front desk enters them when the provider calls in), practice holidays and telemedicine video
 * links (PRACTICE_SETUP). Rows record who created them ({@code created_by}) and who ended a template period
 * ({@code ended_by}); every change, removals included, is also in the audit trail with who made it (no patient data:
 * ids, days and times). Every change publishes a {@link WorkingTimeChanged} event.
 */
@Service
public class ScheduleSetup {

    private static final Logger log = LoggerFactory.getLogger(ScheduleSetup.class);

    private final PracticeSetup practice;
    private final TemplateRows rows;
    private final ApplicationEventPublisher events;
    private final SetupAudit audit;

    ScheduleSetup(PracticeSetup practice, TemplateRows rows, ApplicationEventPublisher events, SetupAudit audit) {
        this.practice = practice;
        this.rows = rows;
        this.events = events;
        this.audit = audit;
    }

    /**
     * Adds a working period, break or block to the provider's template.
     *
     * @throws InvalidSetup for an unknown provider, location or type, a block for a type the provider does not offer,
     *     or a working period (block) that overlaps another of the provider's, at any location
     */
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    @Transactional
    public TemplatePeriod addToTemplate(TemplatePeriod period) {
        var errors = new LinkedHashMap<String, String>();
        if (!practice.providerIsActive(period.provider())) {
            errors.put("provider", "Unknown or inactive provider.");
        }
        var place = practice.locationActive(period.location());
        if (place.isEmpty() || !place.get()) {
            errors.put("location", place.isEmpty() ? "Unknown location." : "This location is no longer in use.");
        }
        if (period.reservedFor() != null && !practice.offers(period.provider(), period.reservedFor())) {
            errors.put("reservedFor", "The provider does not offer this appointment type.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidSetup(errors);
        }
        if (!rows.add(period, StaffMember.currentUsername())) {
            throw InvalidSetup.of("start", period.kind() == TemplatePeriod.Kind.BLOCK
                    ? "This overlaps another block of the provider."
                    : "This overlaps the provider's other working hours, at this or another location.");
        }
        audit.created("TemplatePeriod", period.id(), "added " + SetupAudit.describe(period));
        events.publishEvent(new ProviderTemplateChanged(period.provider(), period.location(), period.effectiveFrom(),
                period.effectiveUntil()));
        return period;
    }

    /**
     * Adds several periods at once (working hours Monday to Friday), all or none.
     *
     * @throws InvalidSetup as {@link #addToTemplate(TemplatePeriod)} for the first period refused, its messages
     *     naming the weekday; nothing was stored
     */
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    @Transactional
    public List<TemplatePeriod> addToTemplate(List<TemplatePeriod> periods) {
        for (var period : periods) {
            try {
                addToTemplate(period);
            } catch (InvalidSetup e) {
                var named = new LinkedHashMap<String, String>();
                var day = period.weekday().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US);
                e.fieldErrors().forEach((field, message) -> named.put(field, periods.size() == 1 ? message
                        : day + ": " + message));
                throw new InvalidSetup(named);
            }
        }
        return List.copyOf(periods);
    }

    /**
     * Sets the last day a template period applies (null: until further notice): how a template changes from a date
     * on, together with {@link #addToTemplate} for the new period.
     *
     * @throws InvalidSetup for an unknown period, a last day before its first, or new dates that overlap another
     *     working period (block) of the provider
     */
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    @Transactional
    public TemplatePeriod endTemplatePeriod(TemplatePeriodId id, @Nullable LocalDate lastDay) {
        var before = rows.period(id).orElseThrow(() -> InvalidSetup.of("id", "Unknown template period."));
        var after = before.until(lastDay);
        if (!rows.end(id, lastDay, StaffMember.currentUsername())) {
            throw InvalidSetup.of("effectiveUntil", "With that last day it overlaps the provider's other periods.");
        }
        audit.changed("TemplatePeriod", id, "ended " + SetupAudit.describe(after));
        var old = before.effectiveUntil();
        if (old == null ? lastDay != null : !old.equals(lastDay)) {
            // the days between the old and the new last day changed
            boolean shorter = lastDay != null && (old == null || lastDay.isBefore(old));
            var first = (shorter ? lastDay : old).plusDays(1);
            events.publishEvent(new ProviderTemplateChanged(before.provider(), before.location(), first,
                    shorter ? old : lastDay));
        }
        return after;
    }

    /** Takes a period out of the template altogether (one entered by mistake); an unknown id changes nothing. */
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    @Transactional
    public void removeFromTemplate(TemplatePeriodId id) {
        rows.period(id).ifPresent(period -> {
            rows.remove(id);
            log.info("Template period {} of provider {} removed by {}", id, period.provider(),
                    StaffMember.currentUsername());
            audit.changed("TemplatePeriod", id, "removed " + SetupAudit.describe(period));
            events.publishEvent(new ProviderTemplateChanged(period.provider(), period.location(),
                    period.effectiveFrom(), period.effectiveUntil()));
        });
    }

    /** The provider's template at every location: past, current and future periods. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional(readOnly = true)
    public List<TemplatePeriod> template(ProviderId provider) {
        return rows.template(provider);
    }

    /** Who added each of the provider's template periods and who last ended it (removals: the audit trail). */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional(readOnly = true)
    public List<TemplateChange> templateChanges(ProviderId provider) {
        return rows.changes(provider);
    }

    /** @throws InvalidSetup for an unknown provider or location */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public TimeOff addException(TimeOff off) {
        var errors = new LinkedHashMap<String, String>();
        if (!practice.providerIsActive(off.provider())) {
            errors.put("provider", "Unknown or inactive provider.");
        }
        if (off.location() != null && !practice.locationExists(off.location())) {
            errors.put("location", "Unknown location.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidSetup(errors);
        }
        rows.add(off, StaffMember.currentUsername());
        audit.created("ProviderException", off.id(), "added " + SetupAudit.describe(off));
        events.publishEvent(ExceptionAdded.of(off));
        return off;
    }

    /** Takes an exception back (the provider comes in after all); an unknown id changes nothing. */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public void removeException(TimeOffId id) {
        rows.timeOff(id).ifPresent(off -> {
            rows.remove(id);
            log.info("Exception {} of provider {} removed by {}", id, off.provider(), StaffMember.currentUsername());
            audit.changed("ProviderException", id, "removed " + SetupAudit.describe(off));
            events.publishEvent(ExceptionRemoved.of(off));
        });
    }

    /** The provider's exceptions that touch the local dates (inclusive), at every location. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional(readOnly = true)
    public List<TimeOff> exceptions(ProviderId provider, LocalDate firstDay, LocalDate lastDay) {
        return rows.timeOff(provider, firstDay, lastDay);
    }

    /** @throws InvalidSetup for an unknown location, or a day that already has a holiday there */
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    @Transactional
    public Holiday addHoliday(Holiday holiday) {
        if (holiday.location() != null && !practice.locationExists(holiday.location())) {
            throw InvalidSetup.of("location", "Unknown location.");
        }
        if (!rows.add(holiday, StaffMember.currentUsername())) {
            throw InvalidSetup.of("day", "There is already a holiday on that day.");
        }
        audit.created("Holiday", holiday.id(), "holiday on " + holiday.day() + (holiday.location() == null
                ? " everywhere" : " at location " + holiday.location()));
        events.publishEvent(new HolidayAdded(holiday.id(), holiday.day(), holiday.location()));
        return holiday;
    }

    /** An unknown id changes nothing. */
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    @Transactional
    public void removeHoliday(HolidayId id) {
        rows.holiday(id).ifPresent(holiday -> {
            rows.remove(id);
            log.info("Holiday {} removed by {}", id, StaffMember.currentUsername());
            audit.changed("Holiday", id, "removed the holiday on " + holiday.day());
            events.publishEvent(new HolidayRemoved(id, holiday.day(), holiday.location()));
        });
    }

    /** The holidays between the local dates (inclusive), practice-wide and per location. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional(readOnly = true)
    public List<Holiday> holidays(LocalDate firstDay, LocalDate lastDay) {
        return rows.holidays(firstDay, lastDay);
    }

    /**
     * Sets (or with null, clears) a telemedicine type's default video link.
     *
     * @throws InvalidSetup for an unknown type, or a type that is not telemedicine
     */
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    @Transactional
    public void setVideoLink(AppointmentTypeId type, @Nullable VideoLink link) {
        if (!practice.setVideoLink(type, link)) {
            throw InvalidSetup.of("videoLink", practice.defaultMinutes(type).isEmpty() ? "Unknown appointment type."
                    : "Only a telemedicine type has a video link.");
        }
        log.info("Video link of appointment type {} {} by {}", type, link == null ? "cleared" : "set",
                StaffMember.currentUsername());
        audit.changed("AppointmentType", type, "video link " + (link == null ? "cleared" : "set"));
    }

    /** The type's default video link, when it is a telemedicine type with one. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional(readOnly = true)
    public Optional<VideoLink> videoLink(AppointmentTypeId type) {
        return practice.videoLink(type);
    }
}
