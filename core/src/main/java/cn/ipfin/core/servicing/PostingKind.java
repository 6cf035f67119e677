package cn.ipfin.core.servicing;

/**
 * What the daily close posts for a loan and day. Each kind is one amount debited to one account and credited to
 * another, so every posting balances by construction and a day's debits equal its credits.
 */
public enum PostingKind {
    /** The night's interest on the principal not yet due (计提利息). */
    ACCRUAL(Account.INTEREST_RECEIVABLE, Account.INTEREST_INCOME),
    /** Principal of an instalment left unpaid at the end of its due date moves to overdue (转逾期). */
    ROLL_PRINCIPAL(Account.LOANS_OVERDUE, Account.LOANS_PERFORMING),
    /** Interest of an instalment left unpaid at the end of its due date moves to overdue. */
    ROLL_INTEREST(Account.INTEREST_OVERDUE, Account.INTEREST_RECEIVABLE),
    /** The night's penalty interest (罚息) on overdue principal. */
    PENALTY(Account.PENALTY_RECEIVABLE, Account.PENALTY_INCOME),
    /** The night's compound interest (复利) on overdue interest. */
    COMPOUND(Account.COMPOUND_RECEIVABLE, Account.COMPOUND_INCOME);

    private final Account debit;
    private final Account credit;

    PostingKind(Account debit, Account credit) {
        this.debit = debit;
        this.credit = credit;
    }

    public Account debit() {
        return debit;
    }

    public Account credit() {
        return credit;
    }
}
