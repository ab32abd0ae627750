package org.frontdesk.bench;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.FreeSlots;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.PartOfDay;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.SlotSearch;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Next-free-slot searches ({@link FreeSlots#find}, first 10) on the generated practice at 80%: any of the 50
 * providers; one named provider; Tuesday and Thursday mornings; afternoons at one location. Each search starts on a
 * random day of the 90.
 */
final class FreeSlotSearch {

    private static final int LIMIT = 10;
    private static final int SEARCHES = 1_000;
    private static final List<String> KINDS = List.of("any provider", "one provider", "Tue/Thu mornings",
            "afternoons at one location");

    private FreeSlotSearch() {}

    static void measure(ConfigurableApplicationContext context, GeneratedPractice practice, StringBuilder out) {
        var slots = context.getBean(FreeSlots.class);
        var type = new AppointmentTypeId(practice.type());
        var providers = practice.providers();
        var all = new Percentiles();
        var byKind = new ArrayList<Percentiles>();
        KINDS.forEach(k -> byKind.add(new Percentiles()));
        int[] empty = new int[1];
        var random = new Random(11);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < SEARCHES; i++) {
                int kind = i % KINDS.size();
                var search = SlotSearch.forType(type)
                        .from(practice.firstDay().plusDays(random.nextInt(practice.days() - 7)));
                search = switch (kind) {
                    case 0 -> search;
                    case 1 -> search.withProvider(new ProviderId(providers.get(random.nextInt(providers.size()))));
                    case 2 -> search.on(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), PartOfDay.MORNING);
                    default -> search.withLocation(new LocationId(practice.south())).on(Set.of(), PartOfDay.AFTERNOON);
                };
                long start = System.nanoTime();
                var found = slots.find(search, LIMIT);
                long elapsed = System.nanoTime() - start;
                if (round == 1) {
                    all.add(elapsed);
                    byKind.get(kind).add(elapsed);
                    if (found.isEmpty()) {
                        empty[0]++;
                    }
                }
            }
        }
        var nothing = empty[0] == 0 ? "" : "; %d found nothing".formatted(empty[0]);
        out.append(SchedulingBenchmark.row(all, "next free slots, all kinds (`FreeSlots.find`, first %d%s)"
                .formatted(LIMIT, nothing), "p95 < 20 ms", 0.95, 20));
        for (int k = 0; k < KINDS.size(); k++) {
            out.append(SchedulingBenchmark.row(byKind.get(k), "free slots: " + KINDS.get(k), "—", 0.95,
                    Double.MAX_VALUE));
        }
    }
}
