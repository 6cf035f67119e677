package cn.ipfin.lending;

import cn.ipfin.core.lending.LoanState;

import java.math.BigDecimal;

/** How many loans are in a state and their principal, in yuan. */
public record LoanStateTotal(LoanState state, long count, BigDecimal principal) {
}
