package cn.ipfin.core.securitization.cost;

import cn.ipfin.core.money.Money;

/** A quoted fee that its stated rate does not give: by how much the quote exceeds (+) or falls short of (−) the rate. */
public record FeeDiscrepancy(String line, AmountRange stated, FeeBasis basis, AmountRange byRate) {

    public Money differenceLow() {
        return stated.low().minus(byRate.low());
    }

    public Money differenceHigh() {
        return stated.high().minus(byRate.high());
    }

    /** e.g. "预计承销费+管理费用: 报价 600000.00–700000.00，按费率 0.2%–0.4% 应为 200000.00–400000.00，差 +400000.00/+300000.00". */
    public String explain() {
        return line + ": 报价 / quoted " + stated + "，按费率 / by rate " + basis.describe() + " = " + byRate
                + "，差 / off by " + signed(differenceLow()) + "/" + signed(differenceHigh());
    }

    private static String signed(Money m) {
        return (m.isNegative() ? "" : "+") + m.amount().toPlainString();
    }
}
