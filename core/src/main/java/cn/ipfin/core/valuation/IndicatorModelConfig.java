package cn.ipfin.core.valuation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * A versioned configuration of the indicator model: the weight of each {@link Dimension} (summing to 1), the weight of
 * each {@link SubIndicator} inside its dimension (summing to 1 per dimension) and its {@link ScoringCurve}. Every score
 * records the version it was computed with, so a valuation can be reproduced after the policy changes.
 *
 * <p>The properties form, which a policy file supplies:
 * <pre>
 * model.version=CN-PVD-2026.1
 * dimension.LEGAL.weight=0.40
 * indicator.REMAINING_TERM.weight=0.25
 * indicator.REMAINING_TERM.curve=0:0,3:40,8:75,15:100
 * </pre>
 */
public record IndicatorModelConfig(
        String version,
        Map<Dimension, BigDecimal> dimensionWeights,
        Map<SubIndicator, BigDecimal> indicatorWeights,
        Map<SubIndicator, ScoringCurve> curves) {

    public static final String DEFAULT_VERSION = "CN-PVD-2026.1";

    public IndicatorModelConfig {
        Objects.requireNonNull(version, "version");
        if (version.isBlank()) throw new IllegalArgumentException("配置须有版本号 / a configuration needs a version");
        dimensionWeights = copy(dimensionWeights, Dimension.class);
        indicatorWeights = copy(indicatorWeights, SubIndicator.class);
        curves = copy(curves, SubIndicator.class);
        requireComplete(dimensionWeights, Dimension.values(), "dimension weight");
        requireComplete(indicatorWeights, SubIndicator.values(), "indicator weight");
        requireComplete(curves, SubIndicator.values(), "curve");
        requireSumOne(dimensionWeights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), "dimension weights");
        for (Dimension d : Dimension.values()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (SubIndicator s : SubIndicator.values()) if (s.dimension() == d) sum = sum.add(indicatorWeights.get(s));
            requireSumOne(sum, d + " indicator weights");
        }
        for (BigDecimal w : dimensionWeights.values()) requireNonNegative(w);
        for (BigDecimal w : indicatorWeights.values()) requireNonNegative(w);
    }

    /**
     * The built-in CN-PVD-2026.1 policy. The dimensions and sub-indicators are those of GB/T 42748-2023 and CNIPA's
     * indicator system; the numbers are the platform's own calibration, because neither document fixes weights or
     * breakpoints for lending. Legal weighs most (0.40 against 0.30 and 0.30) because a lender's first loss is a right
     * that does not hold. They are data so that a valuation firm's policy file can replace them.
     */
    public static IndicatorModelConfig cnPvd2026() {
        Map<Dimension, BigDecimal> dims = new EnumMap<>(Dimension.class);
        dims.put(Dimension.LEGAL, new BigDecimal("0.40"));
        dims.put(Dimension.TECHNICAL, new BigDecimal("0.30"));
        dims.put(Dimension.ECONOMIC, new BigDecimal("0.30"));
        Map<SubIndicator, BigDecimal> weights = new EnumMap<>(SubIndicator.class);
        Map<SubIndicator, ScoringCurve> curves = new EnumMap<>(SubIndicator.class);
        define(weights, curves, SubIndicator.LEGAL_STATUS, "0.20", "0:40,1:100");
        define(weights, curves, SubIndicator.REMAINING_TERM, "0.25", "0:0,3:40,8:75,15:100");
        define(weights, curves, SubIndicator.CLAIMS, "0.15", "1:20,5:50,10:80,20:100");
        define(weights, curves, SubIndicator.FAMILY_SIZE, "0.10", "1:40,3:70,5:90,10:100");
        define(weights, curves, SubIndicator.CITED_BY, "0.10", "0:20,5:60,20:90,50:100");
        define(weights, curves, SubIndicator.LITIGATION, "0.10", "0:100,1:60,3:20,5:0");
        define(weights, curves, SubIndicator.OWNERSHIP, "0.10", "1:100,2:70,4:40,10:20");
        define(weights, curves, SubIndicator.ADVANCEMENT, "0.40", "1:0,3:60,5:100");
        define(weights, curves, SubIndicator.SUBSTITUTABILITY, "0.35", "1:0,3:60,5:100");
        define(weights, curves, SubIndicator.INDUSTRY_MATURITY, "0.25", "1:20,3:70,5:100");
        define(weights, curves, SubIndicator.MARKET_SIZE, "0.35", "0:0,1000:30,10000:60,100000:90,1000000:100");
        define(weights, curves, SubIndicator.LICENSING, "0.25", "0:0,1:50,3:80,10:100");
        define(weights, curves, SubIndicator.OWNER_REVENUE, "0.40", "0:0,100:30,1000:60,10000:90,100000:100");
        return new IndicatorModelConfig(DEFAULT_VERSION, dims, weights, curves);
    }

    /** Reads the properties form; every dimension and indicator must be present. */
    public static IndicatorModelConfig fromProperties(Map<String, String> properties) {
        String version = required(properties, "model.version");
        Map<Dimension, BigDecimal> dims = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            dims.put(d, new BigDecimal(required(properties, "dimension." + d.name() + ".weight").strip()));
        }
        Map<SubIndicator, BigDecimal> weights = new EnumMap<>(SubIndicator.class);
        Map<SubIndicator, ScoringCurve> curves = new EnumMap<>(SubIndicator.class);
        for (SubIndicator s : SubIndicator.values()) {
            weights.put(s, new BigDecimal(required(properties, "indicator." + s.name() + ".weight").strip()));
            curves.put(s, ScoringCurve.parse(required(properties, "indicator." + s.name() + ".curve")));
        }
        return new IndicatorModelConfig(version.strip(), dims, weights, curves);
    }

    public static IndicatorModelConfig fromProperties(Properties properties) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) map.put(name, properties.getProperty(name));
        return fromProperties(map);
    }

    /** The properties form of this configuration, in a stable order; {@link #fromProperties(Map)} reads it back. */
    public Map<String, String> toProperties() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("model.version", version);
        dimensionWeights.forEach((d, w) -> out.put("dimension." + d.name() + ".weight", w.toPlainString()));
        for (SubIndicator s : SubIndicator.values()) {
            out.put("indicator." + s.name() + ".weight", indicatorWeights.get(s).toPlainString());
            out.put("indicator." + s.name() + ".curve", curves.get(s).format());
        }
        return out;
    }

    /** The weight of a sub-indicator in the total: its dimension's weight × its weight inside the dimension. */
    public BigDecimal effectiveWeight(SubIndicator s) {
        return dimensionWeights.get(s.dimension()).multiply(indicatorWeights.get(s));
    }

    private static void define(Map<SubIndicator, BigDecimal> weights, Map<SubIndicator, ScoringCurve> curves,
                               SubIndicator s, String weight, String curve) {
        weights.put(s, new BigDecimal(weight));
        curves.put(s, ScoringCurve.parse(curve));
    }

    private static String required(Map<String, String> properties, String key) {
        String value = properties.get(key);
        if (value == null || value.isBlank()) throw new IllegalArgumentException("配置缺少 / configuration lacks \"" + key + "\"");
        return value;
    }

    private static <K extends Enum<K>, V> Map<K, V> copy(Map<K, V> map, Class<K> type) {
        Objects.requireNonNull(map, type.getSimpleName());
        Map<K, V> copy = new EnumMap<>(type);
        copy.putAll(map);
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static void requireComplete(Map<?, ?> map, Enum<?>[] keys, String what) {
        for (Enum<?> k : keys) if (!map.containsKey(k)) throw new IllegalArgumentException("配置缺少 / missing " + what + " for " + k);
    }

    private static void requireSumOne(BigDecimal sum, String what) {
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("权重之和须为1 / " + what + " must sum to 1, not " + sum.toPlainString());
        }
    }

    private static void requireNonNegative(BigDecimal w) {
        if (w.signum() < 0) throw new IllegalArgumentException("权重不能为负 / a weight cannot be negative: " + w);
    }
}
