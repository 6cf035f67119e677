package cn.ipfin.core.valuation;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.money.Rate;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A parameter set of the income approach (relief-from-royalty, 收益法 · 分成率法).
 *
 * @param name               the set's name and version, recorded in every valuation
 * @param baseSplitRate      royalty split rate (分成率) applied to the royalty base (revenue, or profit when the rate
 *                           is a profit split) before the score adjustment
 * @param economicLifeYears  the longest economic life the set allows; the legal remaining term caps it further
 * @param riskFreeRate       e.g. the yield of a 10-year Chinese government bond at the valuation date
 * @param riskPremium        technology, market, financing and management risk (折现率 = 无风险报酬率 + 风险报酬率)
 * @param convention         end-year or mid-year discounting
 * @param annualDecay        yearly fall of the right's contribution (0.10: year k keeps 0.9^(k−1) of the split);
 *                           0 for none
 * @param scoreAdjustment    how the indicator score moves the split rate and the life
 * @param discountFactorScale decimals of the discount factors: 4 reproduces the printed tables of the textbooks
 *                           (复利现值系数表), 10 is the platform's default
 */
public record IncomeParameters(
        String name,
        Rate baseSplitRate,
        BigDecimal economicLifeYears,
        Rate riskFreeRate,
        Rate riskPremium,
        TimingConvention convention,
        BigDecimal annualDecay,
        ScoreAdjustment scoreAdjustment,
        int discountFactorScale) {

    public IncomeParameters {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseSplitRate, "baseSplitRate");
        Objects.requireNonNull(economicLifeYears, "economicLifeYears");
        Objects.requireNonNull(riskFreeRate, "riskFreeRate");
        Objects.requireNonNull(riskPremium, "riskPremium");
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(annualDecay, "annualDecay");
        Objects.requireNonNull(scoreAdjustment, "scoreAdjustment");
        if (baseSplitRate.isNegative() || baseSplitRate.annualFraction().compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("分成率须在0–100%之间 / split rate must be within 0..100%: " + baseSplitRate);
        }
        if (economicLifeYears.signum() < 0) throw new IllegalArgumentException("经济寿命不能为负 / economic life cannot be negative");
        if (riskFreeRate.plus(riskPremium).isNegative()) throw new IllegalArgumentException("折现率不能为负 / discount rate cannot be negative");
        if (annualDecay.signum() < 0 || annualDecay.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("衰减率须在[0,1)之间 / decay must be within [0, 1): " + annualDecay);
        }
        if (discountFactorScale < 4 || discountFactorScale > 16) {
            throw new IllegalArgumentException("折现系数位数须为4–16 / discount factor scale must be 4..16");
        }
    }

    /** 折现率 = 无风险报酬率 + 风险报酬率 (the build-up every Chinese textbook uses for intangible assets). */
    public Rate discountRate() {
        return riskFreeRate.plus(riskPremium);
    }

    /**
     * Patents: split 3% of revenue, the middle of the 0.5%–10% range of sales-royalty rates the UNIDO study of
     * technology licensing reports, which Chinese textbooks quote for 销售收入分成率; at most 10 years of economic
     * life (technology is usually superseded well before the 20-year term); contribution falling 10% a year; discount
     * 2% + 12%; mid-year; adjusted by the indicator score 0.5–1.5 on the split and 0.5–1.0 on the life.
     */
    public static IncomeParameters patentDefaults() {
        return new IncomeParameters("patent-2026.1", Rate.percent("3"), BigDecimal.TEN, Rate.percent("2"), Rate.percent("12"),
                TimingConvention.MID_YEAR, new BigDecimal("0.10"),
                new ScoreAdjustment(new BigDecimal("0.5"), new BigDecimal("1.5"), new BigDecimal("0.5"), BigDecimal.ONE), 10);
    }

    /**
     * Trademarks: renewable without limit (商标法 第四十条), so no legal cap; the set assumes one renewal and values
     * 10 years; a brand does not age like a technology, so no decay; split 1% of revenue; discount 2% + 10%.
     */
    public static IncomeParameters trademarkDefaults() {
        return new IncomeParameters("trademark-2026.1", Rate.percent("1"), BigDecimal.TEN, Rate.percent("2"), Rate.percent("10"),
                TimingConvention.MID_YEAR, BigDecimal.ZERO, ScoreAdjustment.NONE, 10);
    }

    /**
     * Software copyrights: 50 years of legal protection from first publication (计算机软件保护条例 第十四条), but
     * software is superseded fast, so 5 years of economic life, contribution falling 15% a year; split 2%; discount
     * 2% + 14%.
     */
    public static IncomeParameters softwareCopyrightDefaults() {
        return new IncomeParameters("software-copyright-2026.1", Rate.percent("2"), BigDecimal.valueOf(5), Rate.percent("2"),
                Rate.percent("14"), TimingConvention.MID_YEAR, new BigDecimal("0.15"), ScoreAdjustment.NONE, 10);
    }

    /** The built-in set for a kind of right; a licence-revenue right has no default, its contract sets the terms. */
    public static IncomeParameters defaultsFor(IpKind kind) {
        return switch (kind) {
            case INVENTION_PATENT, UTILITY_MODEL, DESIGN_PATENT, IC_LAYOUT_DESIGN -> patentDefaults();
            case TRADEMARK, GEOGRAPHICAL_INDICATION -> trademarkDefaults();
            case SOFTWARE_COPYRIGHT, COPYRIGHT -> softwareCopyrightDefaults();
            case LICENCE_REVENUE_RIGHT -> throw new IllegalArgumentException(
                    "许可收益权须按合同设定参数 / a licence-revenue right takes its parameters from its contract");
        };
    }

    public IncomeParameters withBaseSplitRate(Rate rate) {
        return new IncomeParameters(name, rate, economicLifeYears, riskFreeRate, riskPremium, convention, annualDecay, scoreAdjustment, discountFactorScale);
    }

    public IncomeParameters withEconomicLifeYears(BigDecimal years) {
        return new IncomeParameters(name, baseSplitRate, years, riskFreeRate, riskPremium, convention, annualDecay, scoreAdjustment, discountFactorScale);
    }

    public IncomeParameters withDiscount(Rate riskFree, Rate premium) {
        return new IncomeParameters(name, baseSplitRate, economicLifeYears, riskFree, premium, convention, annualDecay, scoreAdjustment, discountFactorScale);
    }

    public IncomeParameters withConvention(TimingConvention c) {
        return new IncomeParameters(name, baseSplitRate, economicLifeYears, riskFreeRate, riskPremium, c, annualDecay, scoreAdjustment, discountFactorScale);
    }

    public IncomeParameters withAnnualDecay(BigDecimal decay) {
        return new IncomeParameters(name, baseSplitRate, economicLifeYears, riskFreeRate, riskPremium, convention, decay, scoreAdjustment, discountFactorScale);
    }

    public IncomeParameters withScoreAdjustment(ScoreAdjustment adjustment) {
        return new IncomeParameters(name, baseSplitRate, economicLifeYears, riskFreeRate, riskPremium, convention, annualDecay, adjustment, discountFactorScale);
    }

    public IncomeParameters withDiscountFactorScale(int scale) {
        return new IncomeParameters(name, baseSplitRate, economicLifeYears, riskFreeRate, riskPremium, convention, annualDecay, scoreAdjustment, scale);
    }
}
