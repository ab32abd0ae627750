package org.frontdesk.scheduling.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.frontdesk.scheduling.Appointment;
import org.frontdesk.scheduling.AppointmentId;
import org.frontdesk.scheduling.AppointmentStatus;
import org.frontdesk.scheduling.Appointments;

/**
 * A step of the visit that the flow board offers as a button (its accessors are public for the templates). Which buttons a row shows comes from the domain's own
 * {@link AppointmentStatus#next()}, so the board never offers a move that {@link Appointments} would refuse.
 */
enum Step {
    CHECK_IN("check-in", "Check in", "Checked in", AppointmentStatus.ARRIVED),
    ROOM("room", "Room", "Roomed", AppointmentStatus.IN_ROOM),
    START_VISIT("start-visit", "Start visit", "Visit started", AppointmentStatus.WITH_PROVIDER),
    CHECK_OUT("check-out", "Check out", "Checked out", AppointmentStatus.CHECKED_OUT),
    NO_SHOW("no-show", "No-show", "Marked as a no-show", AppointmentStatus.NO_SHOW);

    private final String path;
    private final String label;
    private final String done;
    private final AppointmentStatus target;

    Step(String path, String label, String done, AppointmentStatus target) {
        this.path = path;
        this.label = label;
        this.done = done;
        this.target = target;
    }

    /** The steps a visit at {@code status} may take next, in the order the buttons show. */
    static List<Step> after(AppointmentStatus status) {
        return Arrays.stream(values()).filter(step -> status.mayMoveTo(step.target)).toList();
    }

    static Optional<Step> of(String path) {
        return Arrays.stream(values()).filter(step -> step.path.equals(path)).findFirst();
    }

    Appointment take(Appointments appointments, AppointmentId id, int version) {
        return switch (this) {
            case CHECK_IN -> appointments.arrive(id, version);
            case ROOM -> appointments.room(id, version);
            case START_VISIT -> appointments.startVisit(id, version);
            case CHECK_OUT -> appointments.checkOut(id, version);
            case NO_SHOW -> appointments.noShow(id, version);
        };
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    /** What the board says after the step, e.g. "Checked in". */
    public String done() {
        return done;
    }

    public AppointmentStatus target() {
        return target;
    }

    /** The steps that end a visit without it happening look different, so that nobody clicks them by habit. */
    public boolean ending() {
        return this == NO_SHOW;
    }
}
