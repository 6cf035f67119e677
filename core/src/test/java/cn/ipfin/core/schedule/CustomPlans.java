package cn.ipfin.core.schedule;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random custom plans for property tests: a principal split into n parts by random weights, some of them zero. */
public final class CustomPlans {

    private CustomPlans() {
    }

    public static List<Money> randomParts(Money principal, int n, SplittableRandom random) {
        long[] weights = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = random.nextInt(4) == 0 ? 0 : random.nextLong(1, 1_000);
            total += weights[i];
        }
        if (total == 0) {
            weights[n - 1] = 1;
            total = 1;
        }
        long fen = principal.toFen();
        List<Money> parts = new ArrayList<>(n);
        long given = 0;
        for (int i = 0; i < n - 1; i++) {
            long part = fen * weights[i] / total;   // fen below 10^13 and weights below 10^3: no overflow
            parts.add(Money.ofFen(part));
            given += part;
        }
        parts.add(Money.ofFen(fen - given));
        return parts;
    }

    /** The schedule of the terms; a custom one gets a random plan. */
    public static RepaymentSchedule schedule(ScheduleTerms terms, SplittableRandom random) {
        return terms.method() == RepaymentMethod.CUSTOM
                ? RepaymentSchedule.ofCustom(terms, randomParts(terms.principal(), terms.periods(), random))
                : RepaymentSchedule.of(terms);
    }
}
