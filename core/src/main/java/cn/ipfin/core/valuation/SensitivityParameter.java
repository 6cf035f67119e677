package cn.ipfin.core.valuation;

/** The income approach's main parameters that the sensitivity table moves one at a time. */
public enum SensitivityParameter {
    REVENUE("收入", "revenue"),
    SPLIT_RATE("分成率", "split rate"),
    DISCOUNT_RATE("折现率", "discount rate"),
    ECONOMIC_LIFE("经济寿命", "economic life");

    private final String chinese;
    private final String english;

    SensitivityParameter(String chinese, String english) {
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
