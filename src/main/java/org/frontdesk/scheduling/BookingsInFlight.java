package org.frontdesk.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The bookings this server is making, and the ones it committed a moment ago, by provider and by room (ADR 17).
 *
 * <p>When two hundred clerks ask for one provider's time at once, the first one's booking goes to PostgreSQL and the
 * others wait here for it, without a connection, instead of each racing it in the database. Once it has committed,
 * every clerk whose time overlaps it is refused from memory, with the same {@link Clash} the database would name.
 * Only the server's own bookings are remembered, each for {@link #REMEMBERED}, and an appointment whose status
 * changes here is forgotten at once; a change made by another server can thus answer "taken" for at most that long,
 * as a read that ran just before it would. The exclusion constraints stay the guarantee (ADR 4): a clerk that is let
 * through, or stops waiting after {@link #LONGEST_WAIT}, books as before.
 */
@Component
class BookingsInFlight {

    /** How long a booking committed here answers for its time from memory. */
    static final Duration REMEMBERED = Duration.ofSeconds(1);
    /** How long a clerk waits for an overlapping booking in flight before going to the database anyway. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(5);
    /** The time a request without an end is sure to ask for, whatever its type's length. */
    private static final Duration AT_LEAST = Duration.ofMinutes(1);

    /** A provider's or a room's time. */
    private record Resource(Clash.Kind kind, UUID id) {}

    /** Time held in memory: a booking in flight (not yet decided) or one committed here. */
    private sealed interface Held {
        Instant start();

        Instant end();
    }

    /** A booking that one caller is making; the others wait for {@code decided}. */
    static final class Flight implements Held {
        private final Instant start;
        private final Instant end;
        private final List<Resource> resources;
        /** The type whose length the booking takes, or null when the request gave its end. */
        private final @Nullable AppointmentTypeId lengthOf;
        private final CompletableFuture<Void> decided = new CompletableFuture<>();

        private Flight(Instant start, Instant end, List<Resource> resources, @Nullable AppointmentTypeId lengthOf) {
            this.start = start;
            this.end = end;
            this.resources = resources;
            this.lengthOf = lengthOf;
        }

        @Override
        public Instant start() {
            return start;
        }

        @Override
        public Instant end() {
            return end;
        }
    }

    /**
     * @param lengthOf the type whose length the booking took, as PostgreSQL told it a moment ago, or null when the
     *     request gave its end
     */
    private record Committed(AppointmentId appointment, Instant start, Instant end, List<Resource> resources,
            @Nullable AppointmentTypeId lengthOf, long forgottenAtNanos) implements Held {

        /** The end of a request for the time from {@code start}, as far as this booking can tell it. */
        Instant endOf(BookingRequest request) {
            if (request.end() != null) {
                return request.end();
            }
            return request.type().equals(lengthOf) ? request.start().plus(Duration.between(start, end))
                    : request.start().plus(AT_LEAST);
        }
    }

    /** What the caller does: book through the database (landing the flight after), or answer the clash. */
    sealed interface Admission {
        /** @param flight to {@link #landed} once the booking is decided; null when nothing waits for it */
        record Go(@Nullable Flight flight) implements Admission {}

        record Taken(List<Clash> clashes) implements Admission {}
    }

    private final Map<Resource, List<Held>> held = new HashMap<>();
    /**
     * Each type's length as the last booking of it here found it: how long a request without an end probably lasts,
     * to wait for the flights it would race. Never to refuse a clerk: that takes a length read just now.
     */
    private final Map<AppointmentTypeId, Duration> lastLengths = new HashMap<>();
    /** Committed bookings in the order they are forgotten (all are remembered equally long). */
    private final ArrayDeque<Committed> toForget = new ArrayDeque<>();
    private final LongSupplier nanoTime;

    @Autowired
    BookingsInFlight() {
        this(System::nanoTime);
    }

    BookingsInFlight(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * Waits for the overlapping bookings in flight on the request's provider and room, then tells whether one that
     * committed here holds the time, or lets the caller book, as a flight of its own.
     *
     * @param request a request that looks for taken time (not an overbooking, start before end)
     */
    Admission admit(BookingRequest request) {
        var start = request.start();
        var resources = request.room() == null ? List.of(new Resource(Clash.Kind.PROVIDER, request.provider().value()))
                : List.of(new Resource(Clash.Kind.PROVIDER, request.provider().value()),
                        new Resource(Clash.Kind.ROOM, request.room().value()));
        long deadline = nanoTime.getAsLong() + LONGEST_WAIT.toNanos();
        while (true) {
            Flight ahead = null;
            synchronized (this) {
                forgetOld();
                // the time to wait for: as long as the type lasted last time (waiting too long or not at all only
                // costs time), or its first minute, which any length of the type contains
                var probableEnd = request.end() != null ? request.end()
                        : start.plus(lastLengths.getOrDefault(request.type(), AT_LEAST));
                var clashes = new ArrayList<Clash>();
                for (var resource : resources) {
                    for (var time : held.getOrDefault(resource, List.of())) {
                        switch (time) {
                            case Committed committed -> {
                                if (committed.start().isBefore(committed.endOf(request))
                                        && start.isBefore(committed.end())) {
                                    clashes.add(new Clash(resource.kind(), committed.appointment(), committed.start(),
                                            committed.end()));
                                }
                            }
                            case Flight flight -> {
                                if (ahead == null && flight.start().isBefore(probableEnd)
                                        && start.isBefore(flight.end())) {
                                    ahead = flight;
                                }
                            }
                        }
                    }
                }
                if (!clashes.isEmpty()) {
                    clashes.sort(Comparator.comparing(Clash::start).thenComparing(Clash::kind));
                    return new Admission.Taken(clashes);
                }
                if (ahead == null) {
                    var flight = new Flight(start, probableEnd, resources,
                            request.end() == null ? request.type() : null);
                    resources.forEach(resource -> held.computeIfAbsent(resource, r -> new ArrayList<>()).add(flight));
                    return new Admission.Go(flight);
                }
            }
            long left = deadline - nanoTime.getAsLong();
            if (left <= 0 || !waitFor(ahead, left)) {
                return new Admission.Go(null); // the database decides, as it always may
            }
        }
    }

    /**
     * The flight's booking is decided: committed (remembered, when it holds its time) or not. The callers waiting for
     * it go on. Landing a flight twice does nothing.
     *
     * @param booked the committed appointment, or null when nothing was booked
     */
    void landed(@Nullable Flight flight, @Nullable Appointment booked) {
        if (flight == null) {
            return;
        }
        synchronized (this) {
            flight.resources.forEach(resource -> remove(resource, flight));
            if (booked != null && flight.lengthOf != null) {
                lastLengths.put(flight.lengthOf, booked.duration());
            }
            if (booked != null && !booked.overbooked() && !flight.decided.isDone()) {
                var committed = new Committed(booked.id(), booked.start(), booked.end(), flight.resources,
                        flight.lengthOf, nanoTime.getAsLong() + REMEMBERED.toNanos());
                committed.resources().forEach(resource ->
                        held.computeIfAbsent(resource, r -> new ArrayList<>()).add(committed));
                toForget.add(committed);
            }
        }
        flight.decided.complete(null);
    }

    /** The appointment's status changes (cancelled, moved, no-show, …): its time is the database's to tell again. */
    synchronized void forget(AppointmentId appointment) {
        for (var committed : toForget) {
            if (committed.appointment().equals(appointment)) {
                committed.resources().forEach(resource -> remove(resource, committed));
            }
        }
        toForget.removeIf(committed -> committed.appointment().equals(appointment));
    }

    /** How many bookings are in flight or remembered, for tests. */
    synchronized int size() {
        forgetOld();
        return (int) held.values().stream().flatMap(List::stream).distinct().count();
    }

    private void forgetOld() {
        long now = nanoTime.getAsLong();
        while (!toForget.isEmpty() && toForget.peekFirst().forgottenAtNanos() - now <= 0) {
            var committed = toForget.pollFirst();
            committed.resources().forEach(resource -> remove(resource, committed));
        }
    }

    private void remove(Resource resource, Held time) {
        var times = held.get(resource);
        if (times != null) {
            times.remove(time);
            if (times.isEmpty()) {
                held.remove(resource);
            }
        }
    }

    private static boolean waitFor(Flight flight, long nanos) {
        try {
            flight.decided.get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }
}
