package cn.ipfin.core.valuation;

import cn.ipfin.core.money.Money;

import java.util.Objects;

/** A historical cost of creating the right: what for, how much, in which year it was spent (to index it). */
public record CostItem(CostCategory category, Money amount, int yearSpent) {
    public CostItem {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) throw new IllegalArgumentException("成本不能为负 / a cost cannot be negative");
    }
}
