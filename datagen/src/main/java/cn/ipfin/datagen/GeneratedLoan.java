package cn.ipfin.datagen;

import cn.ipfin.core.lending.LoanState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A pledge loan of an enterprise (by seq) at a bank (by organisation key), with the asset numbers pledged.
 * annualRatePercent is e.g. 3.45 (LPR 1Y 3.00 + 45 bp). disbursedOn and maturityOn are null before disbursement.
 */
public record GeneratedLoan(String loanNo, int enterpriseSeq, String bankKey, BigDecimal principal,
                            BigDecimal annualRatePercent, int termMonths, LocalDate appliedOn, LocalDate disbursedOn,
                            LocalDate maturityOn, LoanState state, List<String> collateralNumbers) {
}
