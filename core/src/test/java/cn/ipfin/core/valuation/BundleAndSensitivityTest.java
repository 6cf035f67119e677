package cn.ipfin.core.valuation;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cn.ipfin.core.valuation.PatentFixture.aPatent;
import static org.assertj.core.api.Assertions.assertThat;

class BundleAndSensitivityTest {

    private static final LocalDate VALUED_ON = LocalDate.of(2026, 1, 1);
    private static final List<Money> PRODUCT_REVENUE = List.of(Money.of("20000000.00"));

    /** Combined split 5% on the product, 10 years, 10% end-year, no decay. */
    private static IncomeParameters bundleParameters() {
        return new IncomeParameters("bundle", Rate.percent("5"), BigDecimal.TEN, Rate.percent("2"), Rate.percent("8"),
                TimingConvention.END_YEAR, BigDecimal.ZERO, ScoreAdjustment.NONE, 10);
    }

    private static BundleMember patent(String filedOn, String weight) {
        return new BundleMember("ZL-1", new ValuationSubject(IpKind.INVENTION_PATENT, LegalStatus.IN_FORCE, LocalDate.parse(filedOn), VALUED_ON),
                new BigDecimal(weight));
    }

    private static BundleMember trademark(String weight) {
        return new BundleMember("TM-1", new ValuationSubject(IpKind.TRADEMARK, LegalStatus.IN_FORCE, LocalDate.of(2018, 1, 1), VALUED_ON),
                new BigDecimal(weight));
    }

    /*
     * Hand-checked: bundle royalty 20,000,000 × 5% = 1,000,000.00 a year for 10 years; PV at 10% end-year =
     * 1,000,000 × (1 − 1.1^−10) / 0.1 = 6,144,567.11 (per-year fen rounding gives the same). The patent earns 60%,
     * the trademark 40%: 600,000.00 and 400,000.00 a year, values summing to the ceiling, not to twice it.
     */
    @Test
    void a_patent_and_trademark_on_one_product_share_one_royalty_instead_of_each_taking_it() {
        BundleValuation.Result bundle = new BundleValuation(bundleParameters())
                .value(PRODUCT_REVENUE, List.of(patent("2020-01-01", "0.6"), trademark("0.4")));

        assertThat(bundle.members().get(0).royalties()).first().isEqualTo(Money.of("600000.00"));
        assertThat(bundle.members().get(1).royalties()).first().isEqualTo(Money.of("400000.00"));
        assertThat(bundle.ceiling()).isEqualTo(Money.of("6144567.11"));
        assertThat(bundle.total().amount()).isCloseTo(bundle.ceiling().amount(), org.assertj.core.data.Offset.offset(new BigDecimal("0.05")));

        IncomeApproach alone = new IncomeApproach(bundleParameters());
        Money naive = alone.value(patent("2020-01-01", "1").subject(), PRODUCT_REVENUE).value()
                .plus(alone.value(trademark("1").subject(), PRODUCT_REVENUE).value());
        assertThat(naive).isEqualTo(bundle.ceiling().times(2));
    }

    @Test
    void a_member_whose_term_ends_early_drops_its_share_and_the_others_do_not_inherit_it() {
        BundleValuation.Result bundle = new BundleValuation(bundleParameters())
                .value(PRODUCT_REVENUE, List.of(patent("2009-01-01", "0.6"), trademark("0.4")));

        BundleValuation.MemberValue patent = bundle.members().get(0);
        assertThat(patent.lifeYears()).isEqualByComparingTo("3.00");
        assertThat(patent.royalties().get(3)).isEqualTo(Money.zero());
        assertThat(bundle.members().get(1).royalties().get(9)).isEqualTo(Money.of("400000.00"));
        assertThat(bundle.total()).isLessThan(bundle.ceiling());
    }

    @Test
    void the_sensitivity_table_moves_each_parameter_and_the_value_follows_in_the_expected_direction() {
        PatentIndicators p = aPatent().build();
        IndicatorScore score = new IndicatorModel(IndicatorModelConfig.cnPvd2026()).score(p);
        List<Money> revenue = List.of(Money.of("10000000.00"), Money.of("12000000.00"), Money.of("14000000.00"));

        SensitivityAnalysis.Table table = new SensitivityAnalysis(new IncomeApproach(IncomeParameters.patentDefaults()))
                .table(p.asSubject(), revenue, score, SensitivityAnalysis.STANDARD_CHANGES);

        BigDecimal up10 = new BigDecimal("0.10");
        BigDecimal down10 = new BigDecimal("-0.10");
        assertThat(table.rows()).hasSize(16);
        assertThat(table.valueAt(SensitivityParameter.REVENUE, up10)).isGreaterThan(table.baseValue());
        assertThat(table.valueAt(SensitivityParameter.SPLIT_RATE, down10)).isLessThan(table.baseValue());
        assertThat(table.valueAt(SensitivityParameter.DISCOUNT_RATE, up10)).isLessThan(table.baseValue());
        assertThat(table.valueAt(SensitivityParameter.ECONOMIC_LIFE, down10)).isLessThan(table.baseValue());
        assertThat(table.rows().stream().filter(r -> r.parameter() == SensitivityParameter.REVENUE && r.change().compareTo(up10) == 0)
                .findFirst().orElseThrow().valueChange()).isCloseTo(up10, org.assertj.core.data.Offset.offset(new BigDecimal("0.0001")));
        assertThat(table.lines()).hasSize(5);
    }

    @Test
    void a_trademark_has_no_legal_cap_and_a_software_copyright_lasts_to_the_end_of_the_50th_year() {
        assertThat(LegalProtection.lastDay(IpKind.TRADEMARK, LocalDate.of(2010, 1, 7))).isEmpty();
        assertThat(LegalProtection.lastDay(IpKind.SOFTWARE_COPYRIGHT, LocalDate.of(2015, 3, 9))).contains(LocalDate.of(2065, 12, 31));

        ValuationSubject software = new ValuationSubject(IpKind.SOFTWARE_COPYRIGHT, LegalStatus.IN_FORCE, LocalDate.of(2015, 3, 9), VALUED_ON);
        IncomeValuation v = new IncomeApproach(IncomeParameters.defaultsFor(IpKind.SOFTWARE_COPYRIGHT)).value(software, PRODUCT_REVENUE);
        assertThat(v.economicLifeYears()).isEqualByComparingTo("5");
        assertThat(v.years()).hasSize(5);
        assertThat(v.parameterSet()).isEqualTo("software-copyright-2026.1");
    }

    @Test
    void a_mid_year_convention_discounts_half_a_year_less_than_end_year() {
        ValuationSubject mark = new ValuationSubject(IpKind.TRADEMARK, LegalStatus.IN_FORCE, LocalDate.of(2018, 1, 1), VALUED_ON);
        IncomeParameters endYear = bundleParameters().withEconomicLifeYears(BigDecimal.ONE);

        IncomeYear end = new IncomeApproach(endYear).value(mark, PRODUCT_REVENUE).years().getFirst();
        IncomeYear mid = new IncomeApproach(endYear.withConvention(TimingConvention.MID_YEAR)).value(mark, PRODUCT_REVENUE).years().getFirst();

        // 1/1.1 = 0.9090909091; 1/√1.1 = 0.9534625892
        assertThat(end.discountFactor()).isEqualByComparingTo("0.9090909091");
        assertThat(mid.discountFactor()).isEqualByComparingTo("0.9534625892");
    }

    @Test
    void a_partial_last_year_earns_and_is_discounted_for_its_fraction_only() {
        ValuationSubject mark = new ValuationSubject(IpKind.TRADEMARK, LegalStatus.IN_FORCE, LocalDate.of(2018, 1, 1), VALUED_ON);
        IncomeValuation v = new IncomeApproach(bundleParameters().withEconomicLifeYears(new BigDecimal("1.5"))).value(mark, PRODUCT_REVENUE);

        // year 2 covers half a year: royalty 1,000,000 × 0.5 = 500,000.00, discounted over 1.5 years: 1.1^−1.5 = 0.8667841720
        IncomeYear last = v.years().get(1);
        assertThat(last.royalty()).isEqualTo(Money.of("500000.00"));
        assertThat(last.discountFactor()).isEqualByComparingTo("0.8667841720");
    }
}
