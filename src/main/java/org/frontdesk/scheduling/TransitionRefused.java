package org.frontdesk.scheduling;

/** An appointment was asked to move to a status it cannot reach from where it stands; nothing was changed. */
public class TransitionRefused extends IllegalStateException {

    private final AppointmentStatus from;
    private final AppointmentStatus to;

    public TransitionRefused(AppointmentStatus from, AppointmentStatus to) {
        super("An appointment that is " + from + " cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public AppointmentStatus from() {
        return from;
    }

    public AppointmentStatus to() {
        return to;
    }
}
