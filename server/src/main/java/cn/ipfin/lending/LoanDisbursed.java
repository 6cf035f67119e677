package cn.ipfin.lending;

import java.time.LocalDate;

/**
 * Published inside the disbursement's transaction: servicing opens the loan's schedule and position in the same
 * transaction, so a disbursed loan without a schedule cannot exist.
 */
public record LoanDisbursed(long loanId, String loanNo, LocalDate disbursedOn, String disbursedBy) {
}
