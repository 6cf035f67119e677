package cn.ipfin.datagen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Builds enterprise number seq from the district seed alone: its random stream is seeded from (seed, seq), so
 * enterprise 17 is the same whether the district has 40 enterprises or a million.
 */
final class EnterpriseFactory {

    private static final LocalDate FIRST_FOUNDING = LocalDate.of(1995, 1, 1);
    private static final int FIRST_FINANCIAL_YEAR = 2022;
    private static final int LAST_FINANCIAL_YEAR = 2025;

    private final long seed;
    private final String district;
    private final LocalDate asOf;
    private final LocalDate lastFounding;
    private final CreditCodes creditCodes;
    private final TradeNames tradeNames;
    private final AssetFactory assets;

    EnterpriseFactory(long seed, String district, String divisionCode, LocalDate asOf) {
        this.seed = seed;
        this.district = district;
        this.asOf = asOf;
        this.lastFounding = asOf.minusDays(23);   // 2026-10-31 for the default 2026-11-23
        this.creditCodes = new CreditCodes(divisionCode, seed);
        this.tradeNames = new TradeNames(seed);
        this.assets = new AssetFactory(seed, asOf);
    }

    /** The random stream of enterprise seq for a purpose (enterprise, loan); SplitMix64-mixed so streams do not overlap. */
    static RandomGenerator streamOf(long seed, int seq, long purpose) {
        return new SplittableRandom(mix(mix(seed ^ purpose) + seq));
    }

    GeneratedEnterprise enterprise(int seq) {
        RandomGenerator random = streamOf(seed, seq, 0x454E54L);
        LocalDate founded = foundingDate(random);
        Industry industry = Industry.ALL.get(random.nextInt(Industry.ALL.size()));
        String tradeName = tradeNames.of(seq);
        String name = district + tradeName + industry.nameWord() + "有限公司";
        String size = size(random);
        int age = asOf.getYear() - founded.getYear();
        // 专精特新 and little giants are recognised after years of specialisation; ~15% and ~2% of all enterprises.
        boolean specialised = age >= 3 && random.nextInt(1000) < 180;
        boolean littleGiant = specialised && random.nextInt(1000) < 130;
        boolean highTech = age >= 1 && random.nextInt(1000) < (specialised ? 700 : 260);
        boolean preIpo = "MEDIUM".equals(size) && age >= 3 && random.nextInt(1000) < 80;
        return new GeneratedEnterprise(seq, creditCodes.enterprise(seq, founded).value(), name, PersonNames.next(random),
                founded, registeredCapital(size, random), district, industry.park(), industry.code(), industry.name(), size,
                specialised, littleGiant, highTech, preIpo, creditFacts(founded, random),
                financials(founded, size, highTech, random), assets.assetsOf(seq, founded, industry, tradeName, random));
    }

    /** About 5% founded within the last year (rules ask "established one year or more"), the rest skewed recent. */
    private LocalDate foundingDate(RandomGenerator random) {
        LocalDate oneYearAgo = asOf.minusYears(1);
        if (random.nextInt(100) < 5) {
            return LocalDate.ofEpochDay(oneYearAgo.toEpochDay() + 1 + random.nextLong(lastFounding.toEpochDay() - oneYearAgo.toEpochDay()));
        }
        return AssetFactory.recentBiased(FIRST_FOUNDING, oneYearAgo, random);
    }

    private static String size(RandomGenerator random) {
        int roll = random.nextInt(100);
        return roll < 40 ? "MICRO" : roll < 85 ? "SMALL" : "MEDIUM";
    }

    /** In whole 万元: micro 10-500万, small 100-3,000万, medium 1,000-20,000万. */
    private static BigDecimal registeredCapital(String size, RandomGenerator random) {
        long wan = switch (size) {
            case "MICRO" -> 10 + random.nextInt(491);
            case "SMALL" -> 100 + random.nextInt(2_901);
            default -> 1_000 + random.nextInt(19_001);
        };
        long rounded = wan >= 1_000 ? wan / 100 * 100 : wan >= 100 ? wan / 10 * 10 : wan;
        return BigDecimal.valueOf(rounded * 10_000L, 0).setScale(2);
    }

    /**
     * ~4% on the abnormal-operation list (about 40% of them removed since), ~1% on the dishonest list (a few
     * removed), and some other bad records. Sources: 国家企业信用信息公示系统 and 信用中国, as the seeds name them.
     */
    private List<GeneratedCreditFact> creditFacts(LocalDate founded, RandomGenerator random) {
        List<GeneratedCreditFact> facts = new ArrayList<>(0);
        LocalDate firstListing = founded.plusYears(1).isAfter(LocalDate.of(2019, 1, 1)) ? founded.plusYears(1) : LocalDate.of(2019, 1, 1);
        if (!firstListing.isBefore(asOf)) return facts;
        if (random.nextInt(1000) < 40) {
            LocalDate listed = between(firstListing, asOf, random);
            LocalDate removed = random.nextInt(100) < 40 ? laterOrNull(listed, random) : null;
            String reason = random.nextBoolean() ? "未按照规定期限公示年度报告" : "通过登记的住所或者经营场所无法联系";
            facts.add(new GeneratedCreditFact("ABNORMAL_OPERATION", listed, removed, "国家企业信用信息公示系统", reason));
        }
        if (random.nextInt(1000) < 10) {
            LocalDate listed = between(firstListing, asOf, random);
            LocalDate removed = random.nextInt(100) < 15 ? laterOrNull(listed, random) : null;
            facts.add(new GeneratedCreditFact("DISHONEST", listed, removed, "信用中国", "列入经营异常名录届满3年仍未履行相关义务"));
        }
        if (random.nextInt(1000) < 15) {
            LocalDate listed = between(firstListing, asOf, random);
            facts.add(new GeneratedCreditFact("OTHER_BAD_RECORD", listed, laterOrNull(listed, random), "信用中国", "行政处罚：违反安全生产管理规定"));
        }
        return facts;
    }

    private LocalDate laterOrNull(LocalDate listed, RandomGenerator random) {
        LocalDate removed = listed.plusDays(30 + random.nextInt(700));
        return removed.isBefore(asOf) ? removed : null;
    }

    /**
     * 2022-2025 figures for the years the enterprise existed, inside the size bands of 工信部联企业〔2011〕300号
     * (industry: micro < 20 staff or < 300万 revenue, small 20-300 staff and 300万-2,000万, medium 300-1,000 staff
     * and 2,000万-40,000万). Profit margin -15%..+20%; R&D 1-12% of revenue, at least 5% for high-tech.
     */
    private static List<GeneratedFinancials> financials(LocalDate founded, String size, boolean highTech, RandomGenerator random) {
        int first = Math.max(FIRST_FINANCIAL_YEAR, founded.getYear());
        if (first > LAST_FINANCIAL_YEAR) return List.of();
        double revenueWan = switch (size) {
            case "MICRO" -> 50 + random.nextDouble() * 250;
            case "SMALL" -> 300 + random.nextDouble() * 1_700;
            default -> 2_000 + random.nextDouble() * 18_000;
        };
        int employees = switch (size) {
            case "MICRO" -> 3 + random.nextInt(17);
            case "SMALL" -> 20 + random.nextInt(280);
            default -> 300 + random.nextInt(700);
        };
        double rdShare = highTech ? 0.05 + random.nextDouble() * 0.07 : 0.01 + random.nextDouble() * 0.06;
        List<GeneratedFinancials> years = new ArrayList<>(LAST_FINANCIAL_YEAR - first + 1);
        for (int year = first; year <= LAST_FINANCIAL_YEAR; year++) {
            double revenue = revenueWan * 10_000 * (year == founded.getYear() ? (13 - founded.getMonthValue()) / 12.0 : 1);
            double margin = -0.15 + random.nextDouble() * 0.35;
            years.add(new GeneratedFinancials(year, yuan(revenue), yuan(revenue * margin), yuan(revenue * rdShare), employees));
            revenueWan *= 0.9 + random.nextDouble() * 0.35;
            employees = Math.max(1, (int) Math.round(employees * (0.95 + random.nextDouble() * 0.15)));
        }
        return years;
    }

    /** Whole yuan with scale 2; statistics are reported to the yuan. */
    private static BigDecimal yuan(double amount) {
        return BigDecimal.valueOf(Math.round(amount), 0).setScale(2);
    }

    private static LocalDate between(LocalDate from, LocalDate to, RandomGenerator random) {
        return LocalDate.ofEpochDay(from.toEpochDay() + random.nextLong(to.toEpochDay() - from.toEpochDay()));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
