package cn.ipfin.datagen;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.asset.PatentTerm;
import cn.ipfin.core.asset.TrademarkTerm;
import cn.ipfin.core.identifier.PatentApplicationNumber;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The IP rights of one enterprise: 0-8, mostly patents (invention ~35%, utility model ~35%, design ~10%), trademarks
 * ~15%, software copyrights ~5%. Every number comes from a per-district bijection of (enterprise seq, asset index),
 * so numbers are unique across the district without remembering them; this holds up to 1,125,000 enterprises.
 *
 * <p>Filing dates start in 2004, after the 12-digit application number began (2003-10-01), so that every generated
 * number is in today's form; the old 8-digit form is covered by core's tests.
 */
final class AssetFactory {

    static final int MAX_ASSETS = 8;
    private static final LocalDate FIRST_FILING = LocalDate.of(2004, 1, 1);
    /** Filings end 23 days before the generation date (2026-10-31 for the default 2026-11-23). */
    private static final int DAYS_SINCE_LAST_FILING = 23;

    private final LocalDate asOf;
    private final LocalDate lastFiling;
    private final Permutation patentSerials;
    private final Permutation trademarkNumbers;
    private final Permutation oldTrademarkNumbers;
    private final Permutation copyrightSerials;

    AssetFactory(long seed, LocalDate asOf) {
        this.asOf = asOf;
        this.lastFiling = asOf.minusDays(DAYS_SINCE_LAST_FILING);
        this.patentSerials = Permutation.of(10_000_000L, seed + 11);
        this.trademarkNumbers = Permutation.of(90_000_000L, seed + 13);
        this.oldTrademarkNumbers = Permutation.of(9_000_000L, seed + 17);
        this.copyrightSerials = Permutation.of(10_000_000L, seed + 19);
    }

    List<GeneratedIpAsset> assetsOf(int seq, LocalDate founded, Industry industry, String tradeName, RandomGenerator random) {
        int count = random.nextInt(100) < 15 ? 0 : 1 + random.nextInt(MAX_ASSETS);
        LocalDate earliest = founded.isAfter(FIRST_FILING) ? founded : FIRST_FILING;
        if (!earliest.isBefore(lastFiling)) return List.of();
        List<GeneratedIpAsset> assets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long slot = (seq - 1L) * MAX_ASSETS + i;
            LocalDate filed = recentBiased(earliest, lastFiling, random);
            int roll = random.nextInt(100);
            if (roll < 35) assets.add(patent(IpKind.INVENTION_PATENT, slot, filed, industry, random));
            else if (roll < 70) assets.add(patent(IpKind.UTILITY_MODEL, slot, filed, industry, random));
            else if (roll < 80) assets.add(patent(IpKind.DESIGN_PATENT, slot, filed, industry, random));
            else if (roll < 95) assets.add(trademark(slot, filed, industry, tradeName, random));
            else assets.add(softwareCopyright(slot, filed, industry, tradeName, random));
        }
        return assets;
    }

    private GeneratedIpAsset patent(IpKind kind, long slot, LocalDate filed, Industry industry, RandomGenerator random) {
        int kindDigit = switch (kind) {
            case INVENTION_PATENT -> random.nextInt(100) < 4 ? 8 : 1;   // a few PCT national-phase entries
            case UTILITY_MODEL -> random.nextInt(100) < 1 ? 9 : 2;
            default -> 3;
        };
        String number = PatentApplicationNumber.of(filed.getYear(), kindDigit, (int) patentSerials.apply(slot)).value();
        // Typical pendency at CNIPA: invention 2-3 years (substantive examination), utility model 8-12 months,
        // design about 6 months (preliminary examination only).
        LocalDate granted = switch (kind) {
            case INVENTION_PATENT -> filed.plusDays(730 + random.nextInt(366));
            case UTILITY_MODEL -> filed.plusDays(240 + random.nextInt(126));
            default -> filed.plusDays(150 + random.nextInt(60));
        };
        String subject = industry.patentSubjects().get(random.nextInt(industry.patentSubjects().size()));
        String title = switch (kind) {
            case INVENTION_PATENT -> random.nextBoolean() ? "一种" + subject + "的制备方法" : "一种" + subject + "及其控制方法";
            case UTILITY_MODEL -> "一种" + subject + "的固定装置";
            default -> subject + "外壳";
        };
        int claims = switch (kind) {
            case INVENTION_PATENT -> 6 + random.nextInt(15);
            case UTILITY_MODEL -> 3 + random.nextInt(8);
            default -> 1;
        };
        int fate = random.nextInt(1000);
        if (granted.isAfter(asOf)) {
            return new GeneratedIpAsset(number, kind, title, filed, null, null, LegalStatus.PENDING, null, claims);
        }
        LocalDate lastDay = PatentTerm.lastDayInForce(kind, filed);
        LegalStatus status;
        if (lastDay.isBefore(asOf)) status = LegalStatus.EXPIRED;
        else if (fate < 60 + ageInYears(filed) * 8) status = LegalStatus.LAPSED;   // unpaid annual fees, likelier with age
        else if (fate >= 985) status = LegalStatus.INVALIDATED;
        else if (fate >= 970) status = LegalStatus.UNDER_INVALIDATION;
        else status = LegalStatus.IN_FORCE;
        return new GeneratedIpAsset(number, kind, title, filed, granted, lastDay, status, null, claims);
    }

    private GeneratedIpAsset trademark(long slot, LocalDate filed, Industry industry, String tradeName, RandomGenerator random) {
        // Registration takes 9-18 months from filing (publication for opposition included).
        LocalDate registered = filed.plusDays(270 + random.nextInt(270));
        // Register numbers passed 10,000,000 around 2012; older marks carry 7 digits.
        String number = registered.getYear() < 2012
                ? Long.toString(1_000_000L + oldTrademarkNumbers.apply(slot))
                : Long.toString(10_000_000L + trademarkNumbers.apply(slot));
        int niceClass = random.nextInt(100) < 70 ? industry.niceClass() : 1 + random.nextInt(45);
        String title = random.nextBoolean() ? tradeName : tradeName + "及图";
        if (registered.isAfter(asOf)) {
            return new GeneratedIpAsset(number, IpKind.TRADEMARK, title, filed, null, null, LegalStatus.PENDING, niceClass, 0);
        }
        LocalDate lastDay = TrademarkTerm.lastDayOfFirstTerm(registered);
        LegalStatus status = LegalStatus.IN_FORCE;
        if (lastDay.isBefore(asOf)) {
            // renewed as often as needed to be in force today (a 2005 mark in 2028 has been renewed twice)
            if (random.nextInt(100) < 70) {
                while (lastDay.isBefore(asOf)) lastDay = TrademarkTerm.lastDayAfterRenewal(lastDay);
            } else {
                status = LegalStatus.EXPIRED;
            }
        }
        return new GeneratedIpAsset(number, IpKind.TRADEMARK, title, filed, registered, lastDay, status, niceClass, 0);
    }

    private GeneratedIpAsset softwareCopyright(long slot, LocalDate filed, Industry industry, String tradeName, RandomGenerator random) {
        // The Copyright Protection Center registers software in 1-3 months; the number is year + "SR" + 7 digits.
        LocalDate registered = filed.plusDays(30 + random.nextInt(60));
        String serial = Long.toString(copyrightSerials.apply(slot));
        String number = registered.getYear() + "SR" + "0000000".substring(serial.length()) + serial;
        String subject = industry.isSoftware() ? industry.patentSubjects().get(random.nextInt(industry.patentSubjects().size())) : "生产管理";
        String title = tradeName + subject + "系统V" + (1 + random.nextInt(3)) + ".0";
        if (registered.isAfter(asOf)) {
            return new GeneratedIpAsset(number, IpKind.SOFTWARE_COPYRIGHT, title, filed, null, null, LegalStatus.PENDING, null, 0);
        }
        // A legal person's software is protected until 31 December of the 50th year after first publication
        // (计算机软件保护条例 第十四条); publication is taken as the filing year.
        LocalDate lastDay = LocalDate.of(filed.getYear() + 50, 12, 31);
        return new GeneratedIpAsset(number, IpKind.SOFTWARE_COPYRIGHT, title, filed, registered, lastDay, LegalStatus.IN_FORCE, null, 0);
    }

    private int ageInYears(LocalDate filed) {
        return asOf.getYear() - filed.getYear();
    }

    /** A date in [from, to], more likely recent: filings grew every year in China over the period. */
    static LocalDate recentBiased(LocalDate from, LocalDate to, RandomGenerator random) {
        long span = to.toEpochDay() - from.toEpochDay();
        return LocalDate.ofEpochDay(to.toEpochDay() - (long) (span * random.nextDouble() * random.nextDouble()));
    }
}
