package cn.ipfin.datagen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One enterprise with everything the registry holds about it. {@code seq} is 1-based and dense.
 * size is "MICRO", "SMALL" or "MEDIUM". industryCode is a GB/T 4754-2017 code (e.g. "C3914").
 */
public record GeneratedEnterprise(int seq, String creditCode, String name, String legalRepresentative,
                                  LocalDate registeredOn, BigDecimal registeredCapital, String district, String park,
                                  String industryCode, String industryName, String size,
                                  boolean specialisedSme, boolean littleGiant, boolean highTech, boolean preIpo,
                                  List<GeneratedCreditFact> creditFacts, List<GeneratedFinancials> financials,
                                  List<GeneratedIpAsset> assets) {
}
