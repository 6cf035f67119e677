package cn.ipfin.core.valuation;

/** What a historical cost of creating an IP right was spent on (重置成本的构成). */
public enum CostCategory {
    RESEARCH_AND_DEVELOPMENT("研发成本", "research and development"),
    REGISTRATION("申请注册费用", "filing and registration fees"),
    AGENCY("代理费用", "agency fees");

    private final String chinese;
    private final String english;

    CostCategory(String chinese, String english) {
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
