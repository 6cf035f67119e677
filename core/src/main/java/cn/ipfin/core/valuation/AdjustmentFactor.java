package cn.ipfin.core.valuation;

import cn.ipfin.core.words.BilingualName;

/** The differences between the subject and a comparable transaction that the market approach adjusts for. */
public enum AdjustmentFactor implements BilingualName {
    TIME("交易时间", "time of transaction"),
    TECHNOLOGY("技术因素", "technology"),
    LEGAL_STATUS("法律状态", "legal status and remaining term"),
    TRANSACTION_TERMS("交易条件", "transaction terms");

    private final Names names;

    AdjustmentFactor(String zh, String en) {
        this.names = new Names(zh, en);
    }

    @Override
    public Names names() {
        return names;
    }
}
