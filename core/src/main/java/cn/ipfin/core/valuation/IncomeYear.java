package cn.ipfin.core.valuation;

import cn.ipfin.core.money.Money;

import java.math.BigDecimal;

/**
 * One row of the income approach's table: year k, the fraction of it inside the economic life, the revenue (royalty
 * base), the contribution left after decay, the royalty, the discount factor and the present value. Royalty and
 * present value are rounded HALF_UP to the fen; the valuation is the exact sum of the present values.
 */
public record IncomeYear(int year, BigDecimal fraction, Money revenue, BigDecimal contribution, Money royalty,
                         BigDecimal discountFactor, Money presentValue) {
}
