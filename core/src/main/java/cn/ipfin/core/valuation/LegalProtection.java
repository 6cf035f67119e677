package cn.ipfin.core.valuation;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.asset.PatentTerm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How long the law still protects an IP right, which caps the income period, and whether the right can carry value at
 * all (the legal gate). A right that has lapsed, expired, been invalidated, or is still pending carries no value: a
 * bank cannot take a pledge on it (CNIPA's 专利权质押登记办法 refuses to register a pledge of a patent that has
 * terminated or been declared invalid).
 */
public final class LegalProtection {

    /** Days in a year for turning a term in days into years; the term is counted in whole days, so 365 is enough. */
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private LegalProtection() {
    }

    /** True when the status lets the right carry value: in force, or in force with an invalidation pending. */
    public static boolean statusCarriesValue(LegalStatus status) {
        return status == LegalStatus.IN_FORCE || status == LegalStatus.UNDER_INVALIDATION;
    }

    /**
     * The last day of legal protection, or empty when the law sets none that binds a valuation:
     * <ul>
     * <li>patents: {@link PatentTerm#lastDayInForce} from the filing date (专利法 第四十二条);</li>
     * <li>software and other copyrights of legal persons: 31 December of the 50th year after first publication
     * (著作权法 第二十三条, 计算机软件保护条例 第十四条); {@code start} is the first publication date;</li>
     * <li>IC layout designs: 10 years from filing or first commercial use, whichever is earlier; {@code start} is that
     * earlier date (集成电路布图设计保护条例 第十二条);</li>
     * <li>trademarks and geographical indications: renewable without limit (商标法 第四十条), so no legal cap; the
     * economic life of the parameter set is the only cap;</li>
     * <li>licence-revenue rights: the contract ends them, which the caller expresses as the economic life.</li>
     * </ul>
     */
    public static Optional<LocalDate> lastDay(IpKind kind, LocalDate start) {
        return switch (kind) {
            case INVENTION_PATENT, UTILITY_MODEL, DESIGN_PATENT -> Optional.of(PatentTerm.lastDayInForce(kind, start));
            case SOFTWARE_COPYRIGHT, COPYRIGHT -> Optional.of(LocalDate.of(start.getYear() + 50, 12, 31));
            case IC_LAYOUT_DESIGN -> Optional.of(start.plusYears(10).minusDays(1));
            case TRADEMARK, GEOGRAPHICAL_INDICATION, LICENCE_REVENUE_RIGHT -> Optional.empty();
        };
    }

    /**
     * Years of protection left on {@code date}, counting the last day itself, in days / 365 rounded DOWN to 0.01 year
     * (rounding down never lends a right protection it does not have); empty when the law sets no cap.
     */
    public static Optional<BigDecimal> remainingYears(IpKind kind, LocalDate start, LocalDate date) {
        return lastDay(kind, start).map(last -> {
            long days = ChronoUnit.DAYS.between(date, last.plusDays(1));
            if (days <= 0) return BigDecimal.ZERO.setScale(2);
            return BigDecimal.valueOf(days).divide(DAYS_PER_YEAR, 2, RoundingMode.DOWN);
        });
    }

    /** The legal gate: the status carries value and, where the law sets a term, some of it is left on {@code date}. */
    public static boolean gateOpen(IpKind kind, LegalStatus status, LocalDate start, LocalDate date) {
        if (!statusCarriesValue(status)) return false;
        return remainingYears(kind, start, date).map(years -> years.signum() > 0).orElse(true);
    }
}
