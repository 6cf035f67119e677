package cn.ipfin.core.securitization.montecarlo;

import java.util.List;

/**
 * The platform's own rating table for a tranche of a deal of about three years: a tranche gets the best grade whose
 * expected-loss cap AND probability-of-loss cap it meets. Caps are the share of the tranche's balance (EL) and the
 * share of scenarios with any loss (PD). The shape follows the idealised loss tables rating agencies publish (each
 * grade several times the one above; EL caps well below PD caps because a rated tranche that loses, loses little);
 * the numbers are ours, set for a 3-year horizon, and stand in for the rating agency's model, which decides.
 *
 * <pre>
 * grade   EL cap    PD cap
 * AAA     0.01%     0.05%
 * AA+     0.05%     0.20%
 * AA      0.10%     0.40%
 * AA-     0.20%     0.70%
 * A+      0.40%     1.20%
 * A       0.70%     2.00%
 * BBB     2.00%     5.00%
 * BB      6.00%    12.00%
 * B      15.00%    30.00%
 * (below: 无评级 / not rated)
 * </pre>
 */
public final class RatingScale {

    public record Grade(String name, double elCap, double pdCap) {
    }

    public static final List<Grade> GRADES = List.of(
            new Grade("AAA", 0.0001, 0.0005), new Grade("AA+", 0.0005, 0.002), new Grade("AA", 0.001, 0.004),
            new Grade("AA-", 0.002, 0.007), new Grade("A+", 0.004, 0.012), new Grade("A", 0.007, 0.02),
            new Grade("BBB", 0.02, 0.05), new Grade("BB", 0.06, 0.12), new Grade("B", 0.15, 0.30));

    public static final String NOT_RATED = "NR";

    private RatingScale() {
    }

    public static String rate(double expectedLoss, double probabilityOfLoss) {
        for (Grade g : GRADES) {
            if (expectedLoss <= g.elCap() && probabilityOfLoss <= g.pdCap()) return g.name();
        }
        return NOT_RATED;
    }
}
