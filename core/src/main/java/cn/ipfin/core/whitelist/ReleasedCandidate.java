package cn.ipfin.core.whitelist;

import java.util.EnumMap;
import java.util.Map;

/** One row a bank receives: a pseudonymous token and generalised features, nothing else. */
public record ReleasedCandidate(String token, Map<QuasiIdentifier, String> features) {

    public ReleasedCandidate {
        features = Map.copyOf(new EnumMap<>(features));
    }

    public String feature(QuasiIdentifier qi) {
        return features.get(qi);
    }

    /** The quasi-identifier values together: rows with equal keys form one equivalence class. */
    String equivalenceKey() {
        StringBuilder key = new StringBuilder();
        for (QuasiIdentifier qi : QuasiIdentifier.values()) {
            key.append(features.get(qi)).append('\u001f');
        }
        return key.toString();
    }
}
