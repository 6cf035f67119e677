package cn.ipfin.core.securitization.pool;

/** How an underlying loan repays: 等额本息 (level payment), 等额本金 (even principal), or all at maturity (到期还本). */
public enum Amortization {
    LEVEL, EVEN, BULLET
}
