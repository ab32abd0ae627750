package org.frontdesk.scheduling.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Side by side placement of overlapping blocks in one column (an overbooked appointment beside the one it
 * overlaps): each block gets the first lane free at its start, and every block of a group of overlapping blocks
 * shares the group's lane count, so that they split the column's width evenly.
 */
final class Lanes {

    /** A block to place: minutes from the grid's top, and how long. */
    record Span(int top, int minutes) {

        int bottom() {
            return top + minutes;
        }
    }

    /** Where a span goes: lane {@code lane} of {@code lanes}, counted from 0. */
    record Place(int lane, int lanes) {}

    private Lanes() {}

    /** @return a place for each span, in the spans' order */
    static List<Place> place(List<Span> spans) {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> spans.get(i).top()).thenComparingInt(i -> i));
        var lanes = new int[spans.size()];
        var counts = new int[spans.size()];
        var group = new ArrayList<Integer>();
        var laneEnds = new ArrayList<Integer>();
        int groupBottom = 0;
        for (int index : order) {
            var span = spans.get(index);
            if (!group.isEmpty() && span.top() >= groupBottom) {
                close(group, laneEnds.size(), counts);
                group.clear();
                laneEnds.clear();
            }
            groupBottom = group.isEmpty() ? span.bottom() : Math.max(groupBottom, span.bottom());
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > span.top()) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(span.bottom());
            } else {
                laneEnds.set(lane, span.bottom());
            }
            lanes[index] = lane;
            group.add(index);
        }
        close(group, laneEnds.size(), counts);
        var places = new ArrayList<Place>();
        for (int i = 0; i < spans.size(); i++) {
            places.add(new Place(lanes[i], counts[i]));
        }
        return places;
    }

    private static void close(List<Integer> group, int laneCount, int[] counts) {
        for (int index : group) {
            counts[index] = laneCount;
        }
    }
}
