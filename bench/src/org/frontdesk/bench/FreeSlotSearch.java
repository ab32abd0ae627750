package org.frontdesk.bench;

import org.springframework.context.ConfigurableApplicationContext;

/** Next-free-slot search on the generated practice: waits for {@code FreeSlots} on main. */
final class FreeSlotSearch {

    private FreeSlotSearch() {}

    static void measure(ConfigurableApplicationContext context, GeneratedPractice practice, StringBuilder out) {
        out.append("| next free slot (`FreeSlots.find`) | — | — | — | — | p95 < 20 ms: not measured yet |\n");
    }
}
