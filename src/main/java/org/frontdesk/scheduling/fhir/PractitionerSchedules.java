package org.frontdesk.scheduling.fhir;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontdesk.scheduling.AppointmentType;
import org.frontdesk.scheduling.AppointmentTypeOnFile;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.LocationOnFile;
import org.frontdesk.scheduling.PracticeAdministration;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.ProviderOnFile;
import org.frontdesk.scheduling.ScheduleSetup;
import org.frontdesk.scheduling.TemplatePeriod;
import org.springframework.stereotype.Component;

/**
 * The practice's schedules: one per active provider and active location where the provider's template has working
 * time today or later. Reads go through {@link PracticeAdministration} and {@link ScheduleSetup}, which check
 * SCHEDULE_READ; none of it is patient data, so nothing is audited.
 */
@Component
class PractitionerSchedules {

    private final PracticeAdministration practice;
    private final ScheduleSetup setup;
    private final Clock clock;

    PractitionerSchedules(PracticeAdministration practice, ScheduleSetup setup, Clock clock) {
        this.practice = practice;
        this.setup = setup;
        this.clock = clock;
    }

    /** Every schedule, by provider name, then location name. */
    List<PractitionerSchedule> all() {
        var locations = locations();
        var types = practice.types();
        var found = new ArrayList<PractitionerSchedule>();
        for (var provider : practice.providers()) {
            found.addAll(of(provider, locations, types));
        }
        found.sort(Comparator.comparing(PractitionerSchedule::providerName)
                .thenComparing(PractitionerSchedule::locationName));
        return found;
    }

    /** One provider's schedules, by location name: reads one template instead of the whole practice's. */
    List<PractitionerSchedule> of(ProviderId provider) {
        return practice.provider(provider).map(p -> of(p, locations(), practice.types()).stream()
                .sorted(Comparator.comparing(PractitionerSchedule::locationName)).toList()).orElse(List.of());
    }

    Optional<PractitionerSchedule> find(ScheduleId id) {
        return of(id.provider()).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private List<PractitionerSchedule> of(ProviderOnFile provider, Map<LocationId, LocationOnFile> locations,
            List<AppointmentTypeOnFile> types) {
        if (!provider.details().active()) {
            return List.of();
        }
        var today = LocalDate.now(clock);
        var offered = types.stream()
                .filter(t -> t.details().active() && t.details().offeredBy().contains(provider.id()))
                .map(t -> new AppointmentType(t.id(), t.details().name(), t.details().defaultMinutes(),
                        t.details().colour(), t.details().telemedicine()))
                .sorted(Comparator.comparing(AppointmentType::name))
                .toList();
        var working = setup.template(provider.id()).stream()
                .filter(p -> p.kind() == TemplatePeriod.Kind.WORKING)
                .filter(p -> p.effectiveUntil() == null || !p.effectiveUntil().isBefore(today))
                .collect(Collectors.groupingBy(TemplatePeriod::location));
        var schedules = new ArrayList<PractitionerSchedule>();
        working.forEach((locationId, periods) -> {
            var location = locations.get(locationId);
            if (location == null || !location.details().active()) {
                return;
            }
            var from = periods.stream().map(TemplatePeriod::effectiveFrom).min(Comparator.naturalOrder())
                    .filter(first -> first.isAfter(today)).orElse(today);
            var until = periods.stream().anyMatch(p -> p.effectiveUntil() == null) ? null
                    : periods.stream().map(TemplatePeriod::effectiveUntil).filter(Objects::nonNull)
                            .max(Comparator.naturalOrder()).orElse(null);
            schedules.add(new PractitionerSchedule(new ScheduleId(provider.id(), locationId), provider.details().name(),
                    provider.details().specialty(), location.details().name(), location.details().zone(), offered,
                    from, until));
        });
        return schedules;
    }

    private Map<LocationId, LocationOnFile> locations() {
        return practice.locations().stream().collect(Collectors.toMap(LocationOnFile::id, Function.identity()));
    }
}
