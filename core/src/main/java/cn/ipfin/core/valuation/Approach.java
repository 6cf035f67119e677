package cn.ipfin.core.valuation;

/** The three valuation approaches of 资产评估执业准则——无形资产. */
public enum Approach {
    INCOME("收益法", "income approach"),
    COST("成本法", "cost approach"),
    MARKET("市场法", "market approach");

    private final String chinese;
    private final String english;

    Approach(String chinese, String english) {
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
