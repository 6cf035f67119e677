package cn.ipfin.core.whitelist;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a bank's k-anonymous release of the consenting candidates (seed 004 (十三) "可用不可见"), Datafly-style:
 * start from the finest ranges; while some group of indistinguishable rows is smaller than k, either suppress
 * those rows (when they are few, at most {@code suppressionLimit} of the population) or coarsen the attribute
 * with the most distinct values one level, and look again. Greedy rather than optimal, but simple to reason
 * about and linear per round; the result is checked by {@link AnonymisedRelease} before anyone sees it.
 */
public record Anonymiser(PseudonymousTokens tokens, int k, double suppressionLimit) {

    /** k = 5, as issue 19 asks; at most 5% of candidates dropped rather than coarsening everyone's data. */
    public static Anonymiser standard(PseudonymousTokens tokens) {
        return new Anonymiser(tokens, 5, 0.05);
    }

    public Anonymiser {
        if (k < 2) {
            throw new IllegalArgumentException("k-anonymity needs k of at least 2");
        }
    }

    /** The bank's release, and the platform's own key from token back to enterprise (never sent). */
    public record Release(AnonymisedRelease forBank, Map<String, String> enterpriseByToken) {
        public Release {
            enterpriseByToken = Map.copyOf(enterpriseByToken);
        }
    }

    public Release release(String bankId, String period, List<CandidateProfile> consenting) {
        Map<QuasiIdentifier, Integer> levels = new EnumMap<>(QuasiIdentifier.class);
        for (QuasiIdentifier qi : QuasiIdentifier.values()) {
            levels.put(qi, 0);
        }
        int budget = (int) Math.floor(consenting.size() * suppressionLimit);
        while (true) {
            List<String> keys = keysAt(levels, consenting);
            Map<String, Integer> sizes = new HashMap<>();
            keys.forEach(key -> sizes.merge(key, 1, Integer::sum));
            Set<String> small = new HashSet<>();
            int rowsInSmall = 0;
            for (Map.Entry<String, Integer> entry : sizes.entrySet()) {
                if (entry.getValue() < k) {
                    small.add(entry.getKey());
                    rowsInSmall += entry.getValue();
                }
            }
            QuasiIdentifier coarsest = mostDistinct(levels, consenting);
            if (rowsInSmall <= budget || coarsest == null) {
                return build(bankId, period, levels, consenting, keys, small);
            }
            levels.merge(coarsest, 1, Integer::sum);
        }
    }

    private Release build(String bankId, String period, Map<QuasiIdentifier, Integer> levels,
                          List<CandidateProfile> candidates, List<String> keys, Set<String> small) {
        List<ReleasedCandidate> rows = new ArrayList<>();
        Map<String, String> enterpriseByToken = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (small.contains(keys.get(i))) {
                continue;
            }
            CandidateProfile candidate = candidates.get(i);
            String token = tokens.tokenFor(bankId, period, candidate.enterpriseId());
            rows.add(new ReleasedCandidate(token, featuresAt(levels, candidate)));
            enterpriseByToken.put(token, candidate.enterpriseId());
        }
        // shuffle-free but order-free: sorted by token, so the row order does not betray the register's order
        rows.sort(java.util.Comparator.comparing(ReleasedCandidate::token));
        return new Release(new AnonymisedRelease(bankId, period, k, levels, rows, candidates.size() - rows.size()),
                enterpriseByToken);
    }

    private static Map<QuasiIdentifier, String> featuresAt(Map<QuasiIdentifier, Integer> levels, CandidateProfile c) {
        Map<QuasiIdentifier, String> features = new EnumMap<>(QuasiIdentifier.class);
        levels.forEach((qi, level) -> features.put(qi, qi.generalise(c, level)));
        return features;
    }

    private static List<String> keysAt(Map<QuasiIdentifier, Integer> levels, List<CandidateProfile> candidates) {
        List<String> keys = new ArrayList<>(candidates.size());
        for (CandidateProfile c : candidates) {
            StringBuilder key = new StringBuilder();
            for (QuasiIdentifier qi : QuasiIdentifier.values()) {
                key.append(qi.generalise(c, levels.get(qi))).append('\u001f');
            }
            keys.add(key.toString());
        }
        return keys;
    }

    /** The attribute, not yet "*", with the most distinct values at its current level; null when all are "*". */
    private static QuasiIdentifier mostDistinct(Map<QuasiIdentifier, Integer> levels, List<CandidateProfile> candidates) {
        QuasiIdentifier best = null;
        int bestCount = -1;
        for (QuasiIdentifier qi : QuasiIdentifier.values()) {
            int level = levels.get(qi);
            if (level >= qi.topLevel()) {
                continue;
            }
            Set<String> distinct = new HashSet<>();
            for (CandidateProfile c : candidates) {
                distinct.add(qi.generalise(c, level));
            }
            if (distinct.size() > bestCount) {
                best = qi;
                bestCount = distinct.size();
            }
        }
        return best;
    }
}
