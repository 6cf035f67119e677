package cn.ipfin.core.valuation;

import cn.ipfin.core.words.BilingualName;

/** The three valuation approaches of 资产评估执业准则——无形资产. */
public enum Approach implements BilingualName {
    INCOME("收益法", "income approach"),
    COST("成本法", "cost approach"),
    MARKET("市场法", "market approach");

    private final Names names;

    Approach(String zh, String en) {
        this.names = new Names(zh, en);
    }

    @Override
    public Names names() {
        return names;
    }
}
