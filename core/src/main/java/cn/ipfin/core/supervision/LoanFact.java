package cn.ipfin.core.supervision;

import cn.ipfin.core.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the statistics need of one IP pledge loan: when and how much was lent, what is still owed and whether it is
 * non-performing (次级, 可疑, 损失), the value of its collateral, and the dimensions the figures are split by.
 *
 * @param collateralValue the appraised value of the pledged rights; null when unknown (the loan then counts in every
 *                        indicator but the average pledge rate)
 * @param collateralKind  PATENT, TRADEMARK, COPYRIGHT…, or {@link #MIXED_COLLATERAL} for a bundle of kinds
 * @param park            the enterprise's park, or null outside any park
 * @param enterpriseSize  MICRO, SMALL or MEDIUM
 */
public record LoanFact(long loanId, long bankId, long enterpriseId, LocalDate disbursedOn, Money principal,
                       Money balance, boolean nonPerforming, Money collateralValue, String collateralKind, String park,
                       String enterpriseSize) {

    public static final String MIXED_COLLATERAL = "MIXED";

    public LoanFact {
        Objects.requireNonNull(disbursedOn, "disbursedOn");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(balance, "balance");
    }
}
