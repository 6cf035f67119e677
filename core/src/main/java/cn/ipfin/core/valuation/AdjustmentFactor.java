package cn.ipfin.core.valuation;

/** The differences between the subject and a comparable transaction that the market approach adjusts for. */
public enum AdjustmentFactor {
    TIME("交易时间", "time of transaction"),
    TECHNOLOGY("技术因素", "technology"),
    LEGAL_STATUS("法律状态", "legal status and remaining term"),
    TRANSACTION_TERMS("交易条件", "transaction terms");

    private final String chinese;
    private final String english;

    AdjustmentFactor(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
