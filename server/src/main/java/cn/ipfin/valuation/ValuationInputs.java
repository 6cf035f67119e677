package cn.ipfin.valuation;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the valuation engine reads, recorded as JSON with the request: recomputing from it gives the same
 * figures to the fen, whatever has changed in the registry since.
 *
 * @param valuationDate   the date the value is stated at (评估基准日)
 * @param assets          one asset, or the members of a portfolio
 * @param revenueForecast the royalty base per year (元); beyond the last year it is held flat
 * @param revenueBasis    how the royalty base was derived, in words, for the report
 * @param overrides       the valuer's adjustments; {@link Overrides#NONE} for the automated pre-valuation
 */
public record ValuationInputs(LocalDate valuationDate, List<AssetFacts> assets, List<BigDecimal> revenueForecast,
                              String revenueBasis, Overrides overrides) {

    public ValuationInputs {
        assets = List.copyOf(assets);
        revenueForecast = List.copyOf(revenueForecast);
        if (overrides == null) overrides = Overrides.NONE;
    }

    ValuationInputs with(Overrides adjusted, List<BigDecimal> forecast, String basis) {
        return new ValuationInputs(valuationDate, assets, forecast == null || forecast.isEmpty() ? revenueForecast : forecast,
                basis == null || basis.isBlank() ? revenueBasis : basis, adjusted);
    }

    /** Registry facts of one right, as of the valuation date. */
    public record AssetFacts(long assetId, String number, String title, IpKind kind, LegalStatus status,
                             LocalDate protectionStart, int claims, int familySize, int citedBy, int adverseDisputes,
                             int ownerCount, int licenceCount, BigDecimal ownerAnnualRevenue) {
    }

    /**
     * A valuer's parameter changes; null leaves the engine's default. Rates are fractions (0.035 = 3.5 %); grades are
     * the expert grades 1–5 of the indicator model (3 when not graded); market size in 元.
     */
    public record Overrides(@DecimalMin("0") @DecimalMax("1") BigDecimal splitRate,
                            @DecimalMin("0") @DecimalMax("50") BigDecimal economicLifeYears,
                            @DecimalMin("0") @DecimalMax("1") BigDecimal riskPremium,
                            @Min(1) @Max(5) Integer advancementGrade, @Min(1) @Max(5) Integer substitutabilityGrade,
                            @Min(1) @Max(5) Integer maturityGrade,
                            @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal marketSize) {
        public static final Overrides NONE = new Overrides(null, null, null, null, null, null, null);

        /**
         * These changes laid over the earlier ones: a parameter this adjustment leaves empty keeps the value an earlier
         * adjustment gave it, so a second adjustment of (say) the life does not silently undo the first one's split rate.
         */
        Overrides over(Overrides earlier) {
            if (earlier == null) return this;
            return new Overrides(or(splitRate, earlier.splitRate), or(economicLifeYears, earlier.economicLifeYears),
                    or(riskPremium, earlier.riskPremium), or(advancementGrade, earlier.advancementGrade),
                    or(substitutabilityGrade, earlier.substitutabilityGrade), or(maturityGrade, earlier.maturityGrade),
                    or(marketSize, earlier.marketSize));
        }

        boolean isEmpty() {
            return equals(NONE);
        }

        private static <T> T or(T value, T earlier) {
            return value != null ? value : earlier;
        }
    }
}
