package cn.ipfin.core.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A piecewise-linear map from a measured fact (years, counts, 万元, a grade) to a score from 0 to 100. Below the first
 * breakpoint the first score holds, above the last the last one: a curve is data, so a policy file can bend it without
 * a code change. Written as text "x:score,x:score", e.g. {@code "0:0,3:40,8:75,15:100"}.
 */
public record ScoringCurve(List<Point> points) {

    /** Scores carry 4 decimals, so that contributions rounded to 0.01 point lose nothing visible. */
    static final int SCORE_SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public record Point(BigDecimal x, BigDecimal score) {
        public Point {
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(score, "score");
            if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("评分须在0–100之间 / score must be within 0..100: " + score);
            }
        }
    }

    public ScoringCurve {
        points = List.copyOf(points);
        if (points.isEmpty()) throw new IllegalArgumentException("评分曲线为空 / a scoring curve needs at least one point");
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).x().compareTo(points.get(i - 1).x()) <= 0) {
                throw new IllegalArgumentException("评分曲线横坐标须递增 / breakpoints must increase: " + points);
            }
        }
    }

    /** Parses "x:score,x:score,…". */
    public static ScoringCurve parse(String text) {
        List<Point> points = new ArrayList<>();
        for (String pair : text.split(",")) {
            String[] xy = pair.strip().split(":");
            if (xy.length != 2) throw new IllegalArgumentException("评分曲线格式错误 / not \"x:score\": \"" + pair + "\"");
            points.add(new Point(new BigDecimal(xy[0].strip()), new BigDecimal(xy[1].strip())));
        }
        return new ScoringCurve(points);
    }

    /** The score at x, interpolated linearly between breakpoints and rounded HALF_UP to 4 decimals. */
    public BigDecimal scoreAt(BigDecimal x) {
        Point first = points.getFirst();
        if (x.compareTo(first.x()) <= 0) return first.score().setScale(SCORE_SCALE, RoundingMode.HALF_UP);
        for (int i = 1; i < points.size(); i++) {
            Point right = points.get(i);
            if (x.compareTo(right.x()) <= 0) {
                Point left = points.get(i - 1);
                BigDecimal rise = right.score().subtract(left.score()).multiply(x.subtract(left.x()));
                return left.score().add(rise.divide(right.x().subtract(left.x()), SCORE_SCALE, RoundingMode.HALF_UP))
                        .setScale(SCORE_SCALE, RoundingMode.HALF_UP);
            }
        }
        return points.getLast().score().setScale(SCORE_SCALE, RoundingMode.HALF_UP);
    }

    /** The text form {@link #parse} reads. */
    public String format() {
        StringBuilder text = new StringBuilder();
        for (Point p : points) {
            if (!text.isEmpty()) text.append(',');
            text.append(p.x().toPlainString()).append(':').append(p.score().toPlainString());
        }
        return text.toString();
    }
}
