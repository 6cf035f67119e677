package cn.ipfin.lending;

import cn.ipfin.core.lending.LoanState;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A pledge loan as its readers see it. annualRate is a fraction (0.0345 = 3.45 %). */
public record Loan(long id, String loanNo, long enterpriseId, String enterpriseName, long bankOrgId, String bankName,
                   BigDecimal principal, BigDecimal annualRate, int termMonths, LocalDate appliedOn,
                   LocalDate disbursedOn, LocalDate maturityOn, LoanState state, int version) {
}
