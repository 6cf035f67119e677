package cn.ipfin.core.valuation;

import cn.ipfin.core.words.BilingualName;

/**
 * The sub-indicators of the indicator model, grouped by {@link Dimension}. The set follows the factors GB/T 42748-2023
 * 专利评估指引 and CNIPA's 专利价值分析指标体系 name: legal status and remaining term, breadth of protection, family
 * (territorial) coverage, citations, dispute history and clarity of title; technical advancement, substitutability and
 * maturity; market size, licensing and the owner's own revenue. What each one is measured in is stated here, because
 * the scoring curves of {@link IndicatorModelConfig} read exactly that unit.
 */
public enum SubIndicator implements BilingualName {
    /** 1 = in force, 0 = in force but an invalidation request is pending; other statuses close the legal gate. */
    LEGAL_STATUS(Dimension.LEGAL, "法律状态", "legal status"),
    /** years of legal term left at the valuation date */
    REMAINING_TERM(Dimension.LEGAL, "剩余保护期", "remaining term"),
    /** number of claims, a proxy for breadth of protection */
    CLAIMS(Dimension.LEGAL, "权利要求数量", "claims"),
    /** number of jurisdictions in the patent family */
    FAMILY_SIZE(Dimension.LEGAL, "同族专利数量", "family size"),
    /** forward citations (被引证次数) */
    CITED_BY(Dimension.LEGAL, "被引证次数", "cited by"),
    /** adverse litigation / invalidation events in the history (lost suits, claims narrowed or struck) */
    LITIGATION(Dimension.LEGAL, "诉讼与无效历史", "litigation and invalidation history"),
    /** number of owners (共有人); one owner is the clearest title */
    OWNERSHIP(Dimension.LEGAL, "权属清晰度", "ownership clarity"),
    /** expert grade 1 (behind the field) to 5 (leading) */
    ADVANCEMENT(Dimension.TECHNICAL, "技术先进性", "technical advancement"),
    /** expert grade 1 (easily designed around) to 5 (no substitute) */
    SUBSTITUTABILITY(Dimension.TECHNICAL, "不可替代性", "non-substitutability"),
    /** expert grade 1 (laboratory) to 5 (industrialised, mature) */
    INDUSTRY_MATURITY(Dimension.TECHNICAL, "产业成熟度", "industry maturity"),
    /** annual size of the market the product serves, in 万元 */
    MARKET_SIZE(Dimension.ECONOMIC, "市场规模", "market size"),
    /** number of licences granted */
    LICENSING(Dimension.ECONOMIC, "许可实施情况", "licensing"),
    /** owner's annual revenue from the product embodying the patent, in 万元 */
    OWNER_REVENUE(Dimension.ECONOMIC, "专利产品收入", "owner's product revenue");

    private final Dimension dimension;
    private final Names names;

    SubIndicator(Dimension dimension, String zh, String en) {
        this.dimension = dimension;
        this.names = new Names(zh, en);
    }

    public Dimension dimension() {
        return dimension;
    }

    @Override
    public Names names() {
        return names;
    }
}
