package cn.ipfin.bench;

import java.util.Arrays;

/** Latency samples of one kind of operation, in nanoseconds, with nearest-rank percentiles. */
final class Latencies {

    private long[] samples = new long[64];
    private int count;

    void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    int count() {
        return count;
    }

    /** The nearest-rank percentile in milliseconds: the smallest sample at or above p percent of the samples. */
    double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double maxMillis() {
        return percentileMillis(100);
    }

    String row(String label) {
        return String.format("%-24s %6d %9.1f %9.1f %9.1f %9.1f", label, count, percentileMillis(50),
                percentileMillis(95), percentileMillis(99), maxMillis());
    }

    static String header() {
        return String.format("%-24s %6s %9s %9s %9s %9s", "query type", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
    }
}
