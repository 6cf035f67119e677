package cn.ipfin.core.supervision.rating;

import cn.ipfin.core.supervision.rating.RatingCriteria.Criterion;
import cn.ipfin.core.supervision.rating.RatingCriteria.Label;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads the rating's definition file (YAML, as the programme definitions are; {@code supervision/demonstration-bank.yaml}
 * shows every field). The safe constructor builds only maps, lists and scalars; a file loads whole or is refused with
 * the field at fault: an unknown measure, a scoring the measure cannot take, an article missing, weights that do not
 * add up to 100.
 */
public final class RatingCriteriaFile {

    /** The criteria the platform ships with. */
    public static final String SHIPPED = "/supervision/demonstration-bank.yaml";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private RatingCriteriaFile() {
    }

    /** A file that cannot be used, with the field at fault. */
    public static final class InvalidCriteria extends IllegalArgumentException {
        public InvalidCriteria(String field, String why) {
            super(field + ": " + why);
        }
    }

    public static RatingCriteria shipped() {
        try (InputStream in = RatingCriteriaFile.class.getResourceAsStream(SHIPPED)) {
            if (in == null) throw new IllegalStateException(SHIPPED + " is not on the classpath");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RatingCriteria parse(String text) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new InvalidCriteria("file", "not YAML: " + e.getMessage());
        }
        Map<String, Object> file = map("file", root);
        Map<String, Object> demonstration = map("demonstration", file.get("demonstration"));
        BigDecimal minPoints = number("demonstration.min_points", demonstration.get("min_points"));
        if (minPoints.signum() <= 0 || minPoints.compareTo(HUNDRED) > 0) {
            throw new InvalidCriteria("demonstration.min_points", "between 0 and 100, not " + minPoints);
        }
        if (!(file.get("criteria") instanceof List<?> items) || items.isEmpty()) {
            throw new InvalidCriteria("criteria", "a list of at least one criterion");
        }
        List<Criterion> criteria = new ArrayList<>();
        var ids = new HashSet<String>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            String at = "criteria[" + i + "]";
            Map<String, Object> c = map(at, items.get(i));
            String id = text(at + ".id", c.get("id"));
            if (!ids.add(id)) throw new InvalidCriteria(at + ".id", "repeats " + id);
            PerformanceMeasure measure = measure(at + ".measure", c.get("measure"));
            String scoring = text(at + ".scoring", c.get("scoring"));
            if (!scoring.equals(measure.scoring().name())) {
                throw new InvalidCriteria(at + ".scoring", measure + " is scored " + measure.scoring() + ", not " + scoring);
            }
            BigDecimal weight = number(at + ".weight", c.get("weight"));
            if (weight.signum() <= 0 || weight.stripTrailingZeros().scale() > 2) {
                throw new InvalidCriteria(at + ".weight", "more than 0 with at most 2 decimals, not " + weight);
            }
            total = total.add(weight);
            criteria.add(new Criterion(id, measure, weight, text(at + ".article", c.get("article")),
                    label(at + ".label", c.get("label"))));
        }
        if (total.compareTo(HUNDRED) != 0) {
            throw new InvalidCriteria("criteria", "the weights add up to " + total.toPlainString() + ", not 100");
        }
        int version;
        try {
            version = Integer.parseInt(text("version", file.get("version")));
        } catch (NumberFormatException e) {
            throw new InvalidCriteria("version", "a whole number");
        }
        return new RatingCriteria(text("key", file.get("key")), version, label("name", file.get("name")),
                text("source", file.get("source")), minPoints, Boolean.TRUE.equals(demonstration.get("open")),
                text("demonstration.article", demonstration.get("article")), criteria, text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String at, Object value) {
        if (!(value instanceof Map<?, ?> m)) throw new InvalidCriteria(at, value == null ? "missing" : "not a mapping");
        return (Map<String, Object>) m;
    }

    private static String text(String at, Object value) {
        if (value == null || value instanceof Map || value instanceof List || value.toString().isBlank()) {
            throw new InvalidCriteria(at, "missing");
        }
        return value.toString();
    }

    private static BigDecimal number(String at, Object value) {
        try {
            return new BigDecimal(text(at, value));
        } catch (NumberFormatException e) {
            throw new InvalidCriteria(at, "a number, not " + value);
        }
    }

    private static PerformanceMeasure measure(String at, Object value) {
        try {
            return PerformanceMeasure.valueOf(text(at, value));
        } catch (IllegalArgumentException e) {
            throw new InvalidCriteria(at, "one of " + java.util.Arrays.toString(PerformanceMeasure.values()));
        }
    }

    private static Label label(String at, Object value) {
        Map<String, Object> m = map(at, value);
        return new Label(text(at + ".zh", m.get("zh")), text(at + ".en", m.get("en")));
    }
}
