package cn.ipfin.core.asset;

import java.time.LocalDate;

/**
 * How long a Chinese patent lasts, counted from its filing date (专利法 第四十二条, as amended with effect from
 * 2021-06-01): invention 20 years, utility model 10 years, design 10 years if filed before 2021-06-01 and 15 years if
 * filed on or after it (reference-data.md, "Patent terms").
 *
 * <p>The last day in force is the day before the anniversary: a patent filed on 1999-09-07 with a 20-year term
 * ends on 2019-09-06, as CNIPA records 期限届满. A 29 February filing ends on 28 February. Term extensions for
 * grant delay or drug approval (第四十二条 第二、三款) are granted case by case and are not modelled here.
 */
public final class PatentTerm {

    /** The 4th amendment of the Patent Law took effect on this date; it lengthened the design term to 15 years. */
    public static final LocalDate FOURTH_AMENDMENT = LocalDate.of(2021, 6, 1);

    private PatentTerm() {
    }

    /** Years of protection for a patent of kind filed on filedOn. */
    public static int years(IpKind kind, LocalDate filedOn) {
        return switch (kind) {
            case INVENTION_PATENT -> 20;
            case UTILITY_MODEL -> 10;
            case DESIGN_PATENT -> filedOn.isBefore(FOURTH_AMENDMENT) ? 10 : 15;
            default -> throw new IllegalArgumentException(kind + " is not a patent");
        };
    }

    /** The last day the patent can be in force, if every annual fee is paid. */
    public static LocalDate lastDayInForce(IpKind kind, LocalDate filedOn) {
        return filedOn.plusYears(years(kind, filedOn)).minusDays(1);
    }

    /** True when the term has run out on date (the day after the last day in force, or later). */
    public static boolean hasExpired(IpKind kind, LocalDate filedOn, LocalDate date) {
        return date.isAfter(lastDayInForce(kind, filedOn));
    }
}
