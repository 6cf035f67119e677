package cn.ipfin.core.valuation;

import cn.ipfin.core.words.BilingualName;

/** The income approach's main parameters that the sensitivity table moves one at a time. */
public enum SensitivityParameter implements BilingualName {
    REVENUE("收入", "revenue"),
    SPLIT_RATE("分成率", "split rate"),
    DISCOUNT_RATE("折现率", "discount rate"),
    ECONOMIC_LIFE("经济寿命", "economic life");

    private final Names names;

    SensitivityParameter(String zh, String en) {
        this.names = new Names(zh, en);
    }

    @Override
    public Names names() {
        return names;
    }
}
