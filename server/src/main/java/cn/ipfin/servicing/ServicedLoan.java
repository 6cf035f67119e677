package cn.ipfin.servicing;

import cn.ipfin.core.servicing.ServicingPosition;
import cn.ipfin.core.servicing.ServicingTerms;
import java.time.LocalDate;

/**
 * One row of {@code loan_servicing}: the loan's servicing terms and its position after the last close.
 *
 * @param spreadBp        spread over the 1-year LPR of a floating-rate loan; null for a fixed rate
 * @param nextRepricingOn the next anniversary on which a floating rate is reset; null for a fixed rate
 */
record ServicedLoan(long loanId, long bankOrgId, long enterpriseId, boolean active, int scheduleVersion,
                    Integer spreadBp, LocalDate nextRepricingOn, ServicingTerms terms, ServicingPosition position,
                    String bankReason, int version) {
}
