package cn.ipfin.core.servicing;

import cn.ipfin.core.money.Money;
import java.time.LocalDate;

/** What one loan's close of a day produces besides its new position; the caller writes it wherever it belongs. */
public interface CloseOutput {

    /** A posting of a positive amount; each kind at most once per loan and day. */
    void post(LocalDate day, PostingKind kind, Money amount);

    /** The effective classification changed at the close of day. */
    void classified(LocalDate day, LoanClassification from, LoanClassification to, int dpd);

    /** The loan matures {@code daysLeft} days after day: the bank's reminder to prepare the repayment or 展期. */
    void maturityAhead(LocalDate day, int daysLeft);
}
