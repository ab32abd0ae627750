package org.frontdesk.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for entries that stand on their own (refusals and failures): one writer thread takes whatever has
 * queued up, appends it to the chain in one transaction (one lock, one commit), and only then releases the callers.
 * Two hundred refused bookings at once thus cost a handful of commits instead of two hundred serialised ones, and
 * every caller still returns only once its entry is durable.
 */
final class AuditBatchWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditBatchWriter.class);
    private static final int MAX_BATCH = 500;
    private static final long WAIT_SECONDS = 30;

    private record Pending(AttributedEntry entry, CompletableFuture<Void> written) {}

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Consumer<List<AttributedEntry>> appendInOneTransaction;
    private final Thread writer;
    private volatile boolean running = true;

    AuditBatchWriter(Consumer<List<AttributedEntry>> appendInOneTransaction) {
        this.appendInOneTransaction = appendInOneTransaction;
        this.writer = Thread.ofPlatform().name("audit-batch-writer").daemon().start(this::run);
    }

    /** Blocks until the entry is committed; throws if it could not be. */
    void write(AttributedEntry entry) {
        var pending = new Pending(entry, new CompletableFuture<>());
        if (!running) {
            throw new IllegalStateException("The audit trail is shutting down");
        }
        queue.add(pending);
        try {
            pending.written().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing an audit entry", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not write an audit entry", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Writing an audit entry took longer than " + WAIT_SECONDS + " s", e);
        }
    }

    private void run() {
        var batch = new ArrayList<Pending>();
        while (running || !queue.isEmpty()) {
            try {
                var first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                appendInOneTransaction.accept(batch.stream().map(Pending::entry).toList());
                batch.forEach(p -> p.written().complete(null));
            } catch (InterruptedException e) {
                running = false;
            } catch (RuntimeException e) {
                // Only the exception's class: a database message could quote the entry.
                log.error("Audit batch of {} entries failed: {}", batch.size(), e.getClass().getName());
                batch.forEach(p -> p.written().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(5));
    }
}
