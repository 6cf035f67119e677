package cn.ipfin.core.securitization.montecarlo;

import java.util.ArrayList;
import java.util.List;

/**
 * Scenarios [first, end): the unit of work. Each scenario's random numbers depend only on the seed and its own
 * index, so any machine can run any range and the merged result is the same however the ranges were spread.
 */
public record ScenarioRange(long first, long end) {

    public ScenarioRange {
        if (first < 0 || end < first) throw new IllegalArgumentException("场景区间无效 / invalid scenario range: " + first + ".." + end);
    }

    public long size() {
        return end - first;
    }

    /** [0, scenarios) cut into ranges of at most {@code size} scenarios, in order. */
    public static List<ScenarioRange> split(long scenarios, int size) {
        List<ScenarioRange> ranges = new ArrayList<>();
        for (long s = 0; s < scenarios; s += size) ranges.add(new ScenarioRange(s, Math.min(scenarios, s + size)));
        return ranges;
    }
}
