package cn.ipfin.party;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An enterprise as lists and search show it; the flags are the qualifications and listings in force today. */
public record EnterpriseSummary(long id, String creditCode, String name, String legalRepresentative,
                                LocalDate registeredOn, BigDecimal registeredCapital, String park,
                                String industryCode, String industryName, String size, boolean specialisedSme,
                                boolean littleGiant, boolean highTech, boolean onCreditList, int version) {
}
