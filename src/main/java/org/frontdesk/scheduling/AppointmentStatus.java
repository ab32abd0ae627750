package org.frontdesk.scheduling;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appointment stands. The visit moves forward only: booked, confirmed, arrived, in a room, with the
 * provider, checked out. Before the patient arrives it may instead be cancelled, marked a no-show or rescheduled.
 * An unconfirmed appointment may go straight to arrived: patients come whether or not they answered the reminder.
 */
public enum AppointmentStatus {
    BOOKED,
    CONFIRMED,
    ARRIVED,
    IN_ROOM,
    WITH_PROVIDER,
    CHECKED_OUT,
    CANCELLED,
    NO_SHOW,
    RESCHEDULED;

    /**
     * The statuses that hold the provider's and the room's time. Must match the {@code WHERE} of the exclusion
     * constraints in {@code V10__scheduling.sql}; a test keeps them in step.
     */
    public static final Set<AppointmentStatus> ACTIVE =
            Set.copyOf(EnumSet.of(BOOKED, CONFIRMED, ARRIVED, IN_ROOM, WITH_PROVIDER, CHECKED_OUT));

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    /** Statuses with no way out. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    /** The statuses this one may move to. */
    public Set<AppointmentStatus> next() {
        return switch (this) {
            case BOOKED -> EnumSet.of(CONFIRMED, ARRIVED, CANCELLED, NO_SHOW, RESCHEDULED);
            case CONFIRMED -> EnumSet.of(ARRIVED, CANCELLED, NO_SHOW, RESCHEDULED);
            case ARRIVED -> EnumSet.of(IN_ROOM);
            case IN_ROOM -> EnumSet.of(WITH_PROVIDER);
            case WITH_PROVIDER -> EnumSet.of(CHECKED_OUT);
            case CHECKED_OUT, CANCELLED, NO_SHOW, RESCHEDULED -> EnumSet.noneOf(AppointmentStatus.class);
        };
    }

    public boolean mayMoveTo(AppointmentStatus target) {
        return next().contains(target);
    }

    /**
     * @return the target, when the move is allowed
     * @throws TransitionRefused when it is not (e.g. checking out a patient who never arrived)
     */
    public AppointmentStatus moveTo(AppointmentStatus target) {
        if (!mayMoveTo(target)) {
            throw new TransitionRefused(this, target);
        }
        return target;
    }
}
