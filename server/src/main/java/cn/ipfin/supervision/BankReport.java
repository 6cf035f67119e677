package cn.ipfin.supervision;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.supervision.Quarter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a bank's quarterly report as submitted (locked once stored; a correction is the next version).
 * Rates are fractions (0.015200 = 1.52 %).
 */
public record BankReport(long id, long bankId, Quarter quarter, int version, Instant submittedAt, LocalDate submittedOn,
                         String submittedBy, boolean late, String correctionReason, int newLoans, Money newAmount,
                         Money balance, int customers, BigDecimal averagePledgeRate, Money nplBalance,
                         BigDecimal overallNplRate) {
}
