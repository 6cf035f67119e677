package cn.ipfin.core.valuation;

import cn.ipfin.core.words.BilingualName;

/**
 * The three dimensions of patent value (专利价值度) used by CNIPA's patent value analysis indicator system and by
 * GB/T 42748-2023 专利评估指引: legal (法律), technical (技术) and economic (经济) value.
 */
public enum Dimension implements BilingualName {
    LEGAL("法律价值", "legal"),
    TECHNICAL("技术价值", "technical"),
    ECONOMIC("经济价值", "economic");

    private final Names names;

    Dimension(String zh, String en) {
        this.names = new Names(zh, en);
    }

    @Override
    public Names names() {
        return names;
    }
}
