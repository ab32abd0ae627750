package org.frontdesk.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit chain's one writer (ADR 2, ADR 16). Each round takes the chain lock once and appends, in one transaction,
 * whatever has piled up: the entries that committed transactions left in {@code audit_pending}, and the entries that
 * stand on their own (refusals and failures, which must outlive their caller's rollback). Only then does it release
 * the callers waiting for those entries. Two hundred refused bookings at once thus cost a handful of commits, and no
 * business transaction holds the chain lock until it commits.
 */
final class ChainWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChainWriter.class);
    private static final int MAX_STANDALONE = 500;
    private static final long WAIT_SECONDS = 30;
    /** How often an idle writer looks for entries that a crash or another server left pending. */
    private static final long IDLE_MILLIS = 500;
    /**
     * How long a round waits for more callers after the first one: under load a round and its commit then serve
     * several callers (a booking's audit entry waits about a millisecond for its round anyway).
     */
    private static final long GATHER_NANOS = TimeUnit.MICROSECONDS.toNanos(500);

    /** One round: appends the stand-alone entries and what is pending, and tells whether more is pending. */
    @FunctionalInterface
    interface Round {
        boolean append(List<AttributedEntry> standalone, boolean asked);
    }

    /**
     * What a caller waits for (or, with {@link #chainSoon}, only asks for): its stand-alone entry, or (entry null)
     * the entries its committed transaction left.
     */
    private record Request(AttributedEntry entry, CompletableFuture<Void> done) {}

    private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    private final Round round;
    private final Thread writer;
    private volatile boolean running = true;

    ChainWriter(Round round) {
        this.round = round;
        this.writer = Thread.ofPlatform().name("audit-chain-writer").daemon().start(this::run);
    }

    /** Appends an entry of its own and blocks until it is committed; throws if it could not be. */
    void write(AttributedEntry entry) {
        try {
            submit(entry).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing an audit entry", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not write an audit entry", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Writing an audit entry took longer than " + WAIT_SECONDS + " s", e);
        }
    }

    /**
     * Called after a transaction that left entries in {@code audit_pending} has committed: waits until they stand in
     * the chain, so that whoever reads the trail next finds them. The entries are durable already, so a failure or a
     * timeout here is logged, not thrown; the next round chains them.
     */
    void awaitChained(Duration atMost) {
        try {
            submit(null).get(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | IllegalStateException e) {
            log.warn("Committed audit entries are not chained yet ({}); they wait in audit_pending",
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Called after a statement that left an entry in {@code audit_pending} has committed: asks for a round that chains
     * it, without waiting for it (ADR 20). Whoever reads the trail waits instead ({@link #awaitChained}).
     */
    void chainSoon() {
        if (running) {
            queue.add(new Request(null, new CompletableFuture<>()));
        }
    }

    private CompletableFuture<Void> submit(AttributedEntry entry) {
        if (!running) {
            throw new IllegalStateException("The audit trail is shutting down");
        }
        var request = new Request(entry, new CompletableFuture<>());
        queue.add(request);
        return request.done();
    }

    private void run() {
        var batch = new ArrayList<Request>();
        while (running || !queue.isEmpty()) {
            try {
                var first = queue.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    gather(batch);
                }
                var standalone = batch.stream().map(Request::entry).filter(e -> e != null).toList();
                boolean asked = !batch.isEmpty();
                // a committed transaction's entries are visible to this round: it was asked after the commit
                while (round.append(standalone, asked)) {
                    standalone = List.of();
                }
                batch.forEach(r -> r.done().complete(null));
            } catch (InterruptedException e) {
                running = false;
            } catch (RuntimeException e) {
                // Only the exception's class: a database message could quote an entry.
                log.error("Audit chain round for {} callers failed: {}", batch.size(), e.getClass().getName());
                batch.forEach(r -> r.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /** Adds the callers that come within {@link #GATHER_NANOS} of the first, up to a round's worth. */
    private void gather(List<Request> batch) throws InterruptedException {
        long until = System.nanoTime() + GATHER_NANOS;
        while (batch.size() < MAX_STANDALONE) {
            queue.drainTo(batch, MAX_STANDALONE - batch.size());
            long left = until - System.nanoTime();
            if (left <= 0 || batch.size() >= MAX_STANDALONE) {
                return;
            }
            var next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(5));
    }
}
