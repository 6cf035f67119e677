package cn.ipfin.core.supervision.rating;

/**
 * What a rating criterion looks at in a bank's year ({@link BankYear}), and how it may be scored: an amount or a count
 * relative to the best bank's, a yes-or-no, or a share of 1.
 */
public enum PerformanceMeasure {
    NEW_AMOUNT(Scoring.RELATIVE_TO_BEST),
    NEW_LOANS(Scoring.RELATIVE_TO_BEST),
    CUSTOMERS(Scoring.RELATIVE_TO_BEST),
    NPL_TOLERATED(Scoring.YES_NO),
    REPORTS_ON_TIME(Scoring.SHARE),
    DUE_DILIGENCE_EXEMPTION(Scoring.YES_NO),
    SEPARATE_CREDIT_PLAN(Scoring.YES_NO);

    private final Scoring scoring;

    PerformanceMeasure(Scoring scoring) {
        this.scoring = scoring;
    }

    /** The only scoring that makes sense for the measure (an amount is not yes-or-no). */
    public Scoring scoring() {
        return scoring;
    }

    public enum Scoring {
        /** weight × the bank's figure ÷ the best bank's figure (none when no bank has any). */
        RELATIVE_TO_BEST,
        /** the weight, or nothing. */
        YES_NO,
        /** weight × a share between 0 and 1. */
        SHARE
    }
}
