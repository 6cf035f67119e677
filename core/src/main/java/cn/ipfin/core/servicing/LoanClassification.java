package cn.ipfin.core.servicing;

/** Placeholder until the servicing-core branch lands (same API). */
public enum LoanClassification {
    NORMAL("正常", "Normal"), SPECIAL_MENTION("关注", "Special mention"), SUBSTANDARD("次级", "Substandard"),
    DOUBTFUL("可疑", "Doubtful"), LOSS("损失", "Loss");

    private final String zh;
    private final String en;

    LoanClassification(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public boolean isNonPerforming() {
        return ordinal() >= SUBSTANDARD.ordinal();
    }

    public boolean isWorseThan(LoanClassification other) {
        return ordinal() > other.ordinal();
    }

    public LoanClassification worst(LoanClassification other) {
        return other != null && other.isWorseThan(this) ? other : this;
    }

    public static LoanClassification floorFor(long dpd) {
        if (dpd < 0) throw new IllegalArgumentException("negative days past due: " + dpd);
        if (dpd > 360) return LOSS;
        if (dpd > 270) return DOUBTFUL;
        if (dpd > 90) return SUBSTANDARD;
        if (dpd > 0) return SPECIAL_MENTION;
        return NORMAL;
    }
}
