package org.frontdesk.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds and their percentiles. */
final class Percentiles {

    private long[] samples = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    int count() {
        return size;
    }

    /** The q-quantile in milliseconds (nearest rank). */
    double millis(double q) {
        var sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size) - 1;
        return sorted[Math.clamp(rank, 0, size - 1)] / 1_000_000.0;
    }

    String row(String name) {
        return "| %s | %,d | %.2f | %.2f | %.2f |".formatted(name, size, millis(0.50), millis(0.95), millis(0.99));
    }
}
