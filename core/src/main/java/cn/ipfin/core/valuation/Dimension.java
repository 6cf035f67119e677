package cn.ipfin.core.valuation;

/**
 * The three dimensions of patent value (专利价值度) used by CNIPA's patent value analysis indicator system and by
 * GB/T 42748-2023 专利评估指引: legal (法律), technical (技术) and economic (经济) value.
 */
public enum Dimension {
    LEGAL("法律价值", "legal"),
    TECHNICAL("技术价值", "technical"),
    ECONOMIC("经济价值", "economic");

    private final String chinese;
    private final String english;

    Dimension(String chinese, String english) {
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
