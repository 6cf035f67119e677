package cn.ipfin.core.whitelist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one bank receives for one period: tokens and generalised features, k-anonymous on every released
 * attribute. The generalisation levels chosen and the count of suppressed candidates are part of it, so the bank
 * (and the supervisor) can see how coarse the data is and why some candidates are missing.
 */
public record AnonymisedRelease(String bankId, String period, int k, Map<QuasiIdentifier, Integer> levels,
                                List<ReleasedCandidate> candidates, int suppressed) {

    public AnonymisedRelease {
        levels = Map.copyOf(levels);
        candidates = List.copyOf(candidates);
        int smallest = smallestEquivalenceClass(candidates);
        if (!candidates.isEmpty() && smallest < k) {
            // checked on construction: a release that is not k-anonymous cannot exist, let alone be sent
            throw new IllegalStateException("release is only " + smallest + "-anonymous, " + k + " required");
        }
    }

    /** The size of the smallest group of rows a bank cannot tell apart (0 for an empty release). */
    public static int smallestEquivalenceClass(List<ReleasedCandidate> rows) {
        Map<String, Integer> sizes = new HashMap<>();
        for (ReleasedCandidate row : rows) {
            sizes.merge(row.equivalenceKey(), 1, Integer::sum);
        }
        return sizes.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }
}
