package cn.ipfin.core.servicing;

import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.schedule.InterestBasis;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The contract terms the daily close applies to a loan: the rate in force (a floating loan's changes with each
 * repricing), the day count of the product, the penalty terms of the contract, the maturity date, and the interest
 * basis its schedule was made on (it decides how the close spreads a period's interest over its nights).
 */
public record ServicingTerms(Rate rate, DayCount dayCount, PenaltyTerms penalty, LocalDate maturityOn,
                             InterestBasis interestBasis) {

    public ServicingTerms {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(dayCount, "dayCount");
        Objects.requireNonNull(penalty, "penalty");
        Objects.requireNonNull(maturityOn, "maturityOn");
        Objects.requireNonNull(interestBasis, "interestBasis");
    }

    /** Terms of a loan whose schedule charges interest by day count (按日计息). */
    public ServicingTerms(Rate rate, DayCount dayCount, PenaltyTerms penalty, LocalDate maturityOn) {
        this(rate, dayCount, penalty, maturityOn, InterestBasis.DAY_COUNT);
    }

    public ServicingTerms withRate(Rate newRate) {
        return new ServicingTerms(newRate, dayCount, penalty, maturityOn, interestBasis);
    }

    public ServicingTerms withMaturity(LocalDate newMaturity) {
        return new ServicingTerms(rate, dayCount, penalty, newMaturity, interestBasis);
    }
}
