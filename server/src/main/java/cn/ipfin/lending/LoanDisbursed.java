package cn.ipfin.lending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Published when a loan is disbursed, with the contract as servicing needs it, so that servicing opens the loan's
 * schedule and position from the event alone and never reads lending's tables. Servicing reacts after the
 * disbursement commits (an {@code @ApplicationModuleListener}); the event publication registry keeps the event until
 * servicing has opened the loan, and publishes it again at start-up if servicing failed.
 *
 * @param repaymentMethod   a {@code core.lending.RepaymentMethod} name; null for loans made before methods were recorded
 * @param spreadBp          the spread over the 1-year LPR when the loan was priced from it, else null
 * @param dayCount          the product's day count ({@code core.money.DayCount}); null for a loan made without a product,
 *                          as are {@code interestBasis}, {@code penaltyUplift}, {@code compoundInterest} and {@code floatingRate}
 * @param customPrincipals  the principal of each instalment of a 自定义还款计划; empty for the other methods
 */
public record LoanDisbursed(long loanId, String loanNo, LocalDate disbursedOn, String disbursedBy, long bankOrgId,
                            long enterpriseId, BigDecimal principal, BigDecimal annualRate, int termMonths,
                            String repaymentMethod, Integer spreadBp, String dayCount, String interestBasis,
                            BigDecimal penaltyUplift, Boolean compoundInterest, Boolean floatingRate,
                            List<BigDecimal> customPrincipals) {

    public LoanDisbursed {
        customPrincipals = customPrincipals == null ? List.of() : List.copyOf(customPrincipals);
    }
}
