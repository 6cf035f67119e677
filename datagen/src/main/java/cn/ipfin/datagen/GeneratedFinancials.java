package cn.ipfin.datagen;

import java.math.BigDecimal;

/** Annual figures in yuan (scale 2), as the statistics bureau supplies them. */
public record GeneratedFinancials(int year, BigDecimal revenue, BigDecimal profit, BigDecimal rdSpend, int employees) {
}
