package cn.ipfin.core.valuation;

import cn.ipfin.core.words.BilingualName;

/** What a historical cost of creating an IP right was spent on (重置成本的构成). */
public enum CostCategory implements BilingualName {
    RESEARCH_AND_DEVELOPMENT("研发成本", "research and development"),
    REGISTRATION("申请注册费用", "filing and registration fees"),
    AGENCY("代理费用", "agency fees");

    private final Names names;

    CostCategory(String zh, String en) {
        this.names = new Names(zh, en);
    }

    @Override
    public Names names() {
        return names;
    }
}
