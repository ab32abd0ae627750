package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontdesk.scheduling.web.Lanes.Place;
import org.frontdesk.scheduling.web.Lanes.Span;
import org.junit.jupiter.api.Test;

class LanesTest {

    @Test
    void appointmentsThatDoNotOverlapEachTakeTheWholeColumn() {
        assertThat(Lanes.place(List.of(new Span(0, 30), new Span(30, 30), new Span(90, 15))))
                .containsExactly(new Place(0, 1), new Place(0, 1), new Place(0, 1));
    }

    @Test
    void anOverbookedAppointmentSitsBesideTheOneItOverlaps() {
        assertThat(Lanes.place(List.of(new Span(60, 30), new Span(60, 30), new Span(120, 30))))
                .containsExactly(new Place(0, 2), new Place(1, 2), new Place(0, 1));
    }

    @Test
    void aChainOfOverlapsSharesOneLaneCountAndReusesFreedLanes() {
        // 0-60 overlaps 30-90, which overlaps 70-100; the first lane is free again at 70
        assertThat(Lanes.place(List.of(new Span(30, 60), new Span(0, 60), new Span(70, 30))))
                .containsExactly(new Place(1, 2), new Place(0, 2), new Place(0, 2));
    }
}
