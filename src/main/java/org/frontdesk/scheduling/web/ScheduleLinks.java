package org.frontdesk.scheduling.web;

import java.time.LocalDate;
import java.util.List;

/** The day view's links: ids and dates only, never anything a patient could be recognised by. */
record ScheduleLinks(LocalDate date, String location, boolean byRoom, boolean withCancelled, List<String> providers) {

    public String self() {
        return on(date);
    }

    public String previous() {
        return on(date.minusDays(1));
    }

    public String next() {
        return on(date.plusDays(1));
    }

    public String today(LocalDate today) {
        return on(today);
    }

    public String providersView() {
        return new ScheduleLinks(date, location, false, withCancelled, providers).self();
    }

    public String roomsView() {
        return new ScheduleLinks(date, location, true, withCancelled, providers).self();
    }

    public String on(LocalDate day) {
        var link = new StringBuilder("/schedule/day?date=").append(day).append("&location=").append(location);
        if (byRoom) {
            link.append("&view=rooms");
        }
        if (withCancelled) {
            link.append("&cancelled=true");
        }
        providers.forEach(p -> link.append("&provider=").append(p));
        return link.toString();
    }
}
