package cn.ipfin.core.securitization.cost;

import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a cost estimate is computed for: issue size, term in years and the expected coupon range (Longnan 附件2
 * "发行规模", "发行期限", "预计票面利率 3%-3.5%"). Rates are fractions per year (0.03 is 3%).
 */
public record IssueTerms(Money size, BigDecimal years, BigDecimal couponLow, BigDecimal couponHigh) {

    public IssueTerms {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(couponLow, "couponLow");
        Objects.requireNonNull(couponHigh, "couponHigh");
        if (!size.isPositive()) {
            throw new IllegalArgumentException("发行规模必须为正 / issue size must be positive: " + size);
        }
        if (years.signum() <= 0) {
            throw new IllegalArgumentException("发行期限必须为正 / term must be positive: " + years);
        }
        if (couponLow.signum() < 0 || couponLow.compareTo(couponHigh) > 0) {
            throw new IllegalArgumentException("票面利率区间无效 / coupon range invalid: " + couponLow + "–" + couponHigh);
        }
    }

    /** size × years, the base that per-year rates apply to. */
    BigDecimal sizeYears() {
        return size.amount().multiply(years);
    }
}
