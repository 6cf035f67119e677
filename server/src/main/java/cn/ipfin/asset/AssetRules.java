package cn.ipfin.asset;

import cn.ipfin.shared.Rule;

/** The refusals of the IP register's own commands (portfolios). */
public final class AssetRules {

    public static final Rule PORTFOLIO_EMPTY = Rule.of("asset.portfolio-empty", Rule.PLATFORM,
            "组合至少包含一项知识产权", "a portfolio holds at least one asset");

    /** Ezhou 003 §二: a bundle (专利+商标) is of the enterprise's own rights. */
    public static final Rule PORTFOLIO_OWNER = Rule.of("asset.portfolio-owner", "Ezhou 003 §二",
            "组合中有不属于该企业的知识产权", "the portfolio holds an asset the enterprise does not own");

    private AssetRules() {
    }
}
