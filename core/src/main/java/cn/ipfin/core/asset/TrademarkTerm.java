package cn.ipfin.core.asset;

import java.time.LocalDate;

/**
 * A registered trademark is protected for 10 years from the date of registration, renewable for 10 years at a time,
 * each renewal counted from the day after the previous term ends (商标法 第三十九条, 第四十条). The certificate shows
 * e.g. "2010年1月7日至2020年1月6日": the last day is the day before the anniversary.
 */
public final class TrademarkTerm {

    public static final int YEARS = 10;

    private TrademarkTerm() {
    }

    /** Last day of the first term of a mark registered on registeredOn. */
    public static LocalDate lastDayOfFirstTerm(LocalDate registeredOn) {
        return registeredOn.plusYears(YEARS).minusDays(1);
    }

    /** Last day of the term after one renewal of a term ending on lastDay. */
    public static LocalDate lastDayAfterRenewal(LocalDate lastDay) {
        return lastDay.plusDays(1).plusYears(YEARS).minusDays(1);
    }
}
