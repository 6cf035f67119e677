package cn.ipfin.core.servicing;

import cn.ipfin.core.words.BilingualName;

/**
 * The five risk categories of a loan (五级分类), best to worst. 《商业银行金融资产风险分类办法》(中国银保监会 中国人民银行令
 * 2023年第1号, in force 2023-07-01; now administered by 国家金融监督管理总局) 第六条 defines them and calls the last three together
 * 不良资产 (non-performing). The same measures set, by days past due, the best category an asset may still have: overdue at
 * all → at least 关注, more than 90 days → at least 次级, more than 270 → at least 可疑, more than 360 → 损失. That floor is
 * {@link #floorFor(long)}; a bank may classify worse on its own judgement, never better ({@link ClassificationRules}).
 */
public enum LoanClassification implements BilingualName {
    NORMAL("正常", "normal"),
    SPECIAL_MENTION("关注", "special mention"),
    SUBSTANDARD("次级", "substandard"),
    DOUBTFUL("可疑", "doubtful"),
    LOSS("损失", "loss");

    /** Days past due beyond which each category is the floor: 90, 270, 360 ("逾期超过 N 天"; 超过 excludes N itself). */
    static final long SUBSTANDARD_AFTER_DAYS = 90;
    static final long DOUBTFUL_AFTER_DAYS = 270;
    static final long LOSS_AFTER_DAYS = 360;

    private final Names names;

    LoanClassification(String zh, String en) {
        this.names = new Names(zh, en);
    }

    @Override
    public Names names() {
        return names;
    }

    /** 次级, 可疑 and 损失 together are 不良 (NPL), 第六条. */
    public boolean isNonPerforming() {
        return compareTo(SUBSTANDARD) >= 0;
    }

    public boolean isWorseThan(LoanClassification other) {
        return compareTo(other) > 0;
    }

    /** The worse of the two. */
    public LoanClassification worst(LoanClassification other) {
        return isWorseThan(other) ? this : other;
    }

    /**
     * The best category a loan may have when its principal, interest or other amount is {@code daysPastDue} days overdue:
     * 0 → 正常; 1–90 → 关注; 91–270 → 次级; 271–360 → 可疑; over 360 → 损失.
     */
    public static LoanClassification floorFor(long daysPastDue) {
        if (daysPastDue < 0) throw new IllegalArgumentException("days past due cannot be negative: " + daysPastDue);
        if (daysPastDue > LOSS_AFTER_DAYS) return LOSS;
        if (daysPastDue > DOUBTFUL_AFTER_DAYS) return DOUBTFUL;
        if (daysPastDue > SUBSTANDARD_AFTER_DAYS) return SUBSTANDARD;
        if (daysPastDue > 0) return SPECIAL_MENTION;
        return NORMAL;
    }
}
