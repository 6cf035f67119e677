package cn.ipfin.core.securitization.cost;

import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * Longnan 附件2 "成本测算对比表", transcribed line by line: a 1亿元, 1-year issue, coupon 3%–3.5%. The quoted amounts
 * are the table's own; the bases are its 费率 column. It is the template a new project's estimate starts from.
 */
public final class LongnanCostTable {

    public static final String UNDERWRITING = "预计承销费+管理费用";
    public static final String VAT = "增值税费";

    private LongnanCostTable() {
    }

    public static IssueTerms terms() {
        return new IssueTerms(Money.ofYuan(100_000_000), BigDecimal.ONE, pct("3"), pct("3.5"));
    }

    /** "担保费用 100-150万元 1%-1.5%" (per year: a guarantee is priced on the amount outstanding for the year). */
    public static FeeLine guarantee() {
        return FeeLine.quoted("担保费用", AmountRange.wan(100, 150), new FeeBasis.RateOfSize(pct("1"), pct("1.5"), true));
    }

    public static List<FeeLine> services() {
        FeeBasis negotiated = new FeeBasis.Negotiated();
        return List.of(
                FeeLine.quoted("项目管理费", AmountRange.wan(30, 30), negotiated),
                FeeLine.quoted("原始权益人费率", AmountRange.wan(100, 100), negotiated),
                FeeLine.quoted(UNDERWRITING, AmountRange.wan(60, 70), new FeeBasis.RateOfSize(pct("0.2"), pct("0.4"), false)),
                FeeLine.quoted("评级", AmountRange.wan(20, 30), negotiated),
                FeeLine.quoted("律所", AmountRange.wan(20, 30), negotiated),
                FeeLine.quoted("评估", AmountRange.wan(30, 40), negotiated),
                FeeLine.quoted("现金流预测", AmountRange.wan(15, 20), negotiated),
                FeeLine.quoted("过桥资金使用费", AmountRange.wan(9, 15), new FeeBasis.DailyRateOfSize(pct("0.03"), pct("0.05"), 3)),
                FeeLine.quoted("发行登记费+兑付兑息费", AmountRange.wan(5, 5), new FeeBasis.RateOfSize(pct("0.05"), pct("0.05"), true)),
                FeeLine.quoted("托管费", AmountRange.wan(2, 2), new FeeBasis.RateOfSize(pct("0.02"), pct("0.02"), true)),
                FeeLine.quoted("年度审计费", AmountRange.wan(2, 2), new FeeBasis.CapPerYear(Money.ofYuan(20_000))),
                FeeLine.quoted(VAT, AmountRange.wan(12, 12), new FeeBasis.RateOfInterest(pct("3.26"))));
    }

    public static CostEstimate estimate() {
        return CostEstimate.of(terms(), guarantee(), services());
    }

    /**
     * The table applied to another issue: the negotiated quotes stay as quoted (they are what institutions asked for
     * a project of this kind), the rate-based lines and the guarantee are priced from their rates alone. With the
     * attachment's own terms and guarantee rate it is the attachment, quotes and all.
     */
    public static CostEstimate estimate(IssueTerms terms, BigDecimal guaranteeLow, BigDecimal guaranteeHigh) {
        if (terms.equals(terms()) && guaranteeLow.compareTo(pct("1")) == 0 && guaranteeHigh.compareTo(pct("1.5")) == 0) {
            return estimate();
        }
        FeeLine guarantee = FeeLine.fromRate("担保费用", new FeeBasis.RateOfSize(guaranteeLow, guaranteeHigh, true));
        List<FeeLine> lines = services().stream()
                .map(l -> l.basis() instanceof FeeBasis.Negotiated ? l : FeeLine.fromRate(l.name(), l.basis()))
                .toList();
        return CostEstimate.of(terms, guarantee, lines);
    }

    private static BigDecimal pct(String percent) {
        return new BigDecimal(percent).movePointLeft(2);
    }
}
