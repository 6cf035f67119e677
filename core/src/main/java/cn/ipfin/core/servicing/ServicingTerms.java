package cn.ipfin.core.servicing;

import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Rate;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The contract terms the daily close applies to a loan: the rate in force (a floating loan's changes with each
 * repricing), the day count of the product, the penalty terms of the contract and the maturity date.
 */
public record ServicingTerms(Rate rate, DayCount dayCount, PenaltyTerms penalty, LocalDate maturityOn) {

    public ServicingTerms {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(dayCount, "dayCount");
        Objects.requireNonNull(penalty, "penalty");
        Objects.requireNonNull(maturityOn, "maturityOn");
    }
}
