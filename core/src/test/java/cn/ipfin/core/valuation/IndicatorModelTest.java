package cn.ipfin.core.valuation;

import cn.ipfin.core.asset.LegalStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static cn.ipfin.core.valuation.PatentFixture.aPatent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndicatorModelTest {

    private final IndicatorModel model = new IndicatorModel(IndicatorModelConfig.cnPvd2026());

    @Test
    void the_default_configuration_survives_a_round_trip_through_its_properties_form() {
        IndicatorModelConfig config = IndicatorModelConfig.cnPvd2026();

        IndicatorModelConfig read = IndicatorModelConfig.fromProperties(config.toProperties());

        assertThat(read.version()).isEqualTo("CN-PVD-2026.1");
        assertThat(read.toProperties()).isEqualTo(config.toProperties());
        assertThat(new IndicatorModel(read).score(aPatent().build())).isEqualTo(model.score(aPatent().build()));
    }

    @Test
    void a_policy_file_can_change_a_curve_and_the_score_records_its_version() {
        Map<String, String> policy = new LinkedHashMap<>(IndicatorModelConfig.cnPvd2026().toProperties());
        policy.put("model.version", "CITY-2026.2");
        policy.put("indicator.OWNERSHIP.curve", "1:100,2:0");

        IndicatorScore score = new IndicatorModel(IndicatorModelConfig.fromProperties(policy)).score(aPatent().owners(2).build());

        assertThat(score.modelVersion()).isEqualTo("CITY-2026.2");
        assertThat(score.contributionOf(SubIndicator.OWNERSHIP).points()).isEqualByComparingTo("0.00");
    }

    @Test
    void dimension_weights_that_do_not_sum_to_one_are_refused() {
        Map<String, String> policy = new LinkedHashMap<>(IndicatorModelConfig.cnPvd2026().toProperties());
        policy.put("dimension.LEGAL.weight", "0.50");

        assertThatThrownBy(() -> IndicatorModelConfig.fromProperties(policy)).hasMessageContaining("must sum to 1");
    }

    /*
     * Hand-checked: the remaining term of an invention filed 2020-01-01 valued 2026-01-01 runs to 2039-12-31, 5,113
     * days = 14.00 years (5113/365 = 14.008 rounded down); the curve 8:75 → 15:100 gives 75 + 25 × 6/7 = 96.4286;
     * weight 0.40 × 0.25 = 0.10 → 9.64286 points, shown as 9.64 or 9.65 depending on the remainder allocation.
     */
    @Test
    void the_remaining_term_scores_on_its_curve() {
        IndicatorContribution term = model.score(aPatent().build()).contributionOf(SubIndicator.REMAINING_TERM);

        assertThat(term.input()).isEqualByComparingTo("14.00");
        assertThat(term.score()).isEqualByComparingTo("96.4286");
        assertThat(term.weight()).isEqualByComparingTo("0.10");
        assertThat(term.points()).isBetween(new BigDecimal("9.64"), new BigDecimal("9.65"));
    }

    @Test
    void contributions_add_up_exactly_to_the_total_and_to_each_dimension() {
        IndicatorScore score = model.score(aPatent().build());

        BigDecimal sum = score.contributions().stream().map(IndicatorContribution::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal byDimension = BigDecimal.ZERO;
        for (Dimension d : Dimension.values()) byDimension = byDimension.add(score.dimensionTotal(d));

        assertThat(sum).isEqualByComparingTo(score.total());
        assertThat(byDimension).isEqualByComparingTo(score.total());
        assertThat(score.explanation()).anyMatch(line -> line.contains("剩余保护期/remaining term"))
                .last().asString().isEqualTo("合计 / total: " + score.total().toPlainString());
    }

    @ParameterizedTest
    @EnumSource(value = LegalStatus.class, names = {"LAPSED", "EXPIRED", "INVALIDATED", "PENDING"})
    void a_right_that_cannot_be_pledged_scores_zero_on_the_legal_gate(LegalStatus status) {
        IndicatorScore score = model.score(aPatent().status(status).build());

        assertThat(score.legalGateOpen()).isFalse();
        assertThat(score.total()).isEqualByComparingTo("0");
        assertThat(score.contributions()).allMatch(c -> c.points().signum() == 0);
        assertThat(score.explanation()).anyMatch(line -> line.contains("legal gate closed"));
    }

    @Test
    void a_patent_past_its_term_closes_the_gate_even_if_the_registry_still_says_in_force() {
        IndicatorScore score = model.score(aPatent().filedOn("2005-01-01").valuedOn("2025-01-01").build());

        assertThat(score.legalGateOpen()).isFalse();
        assertThat(score.gateReason()).contains("2024-12-31");
    }

    @Test
    void a_pending_invalidation_lowers_the_legal_status_score() {
        IndicatorScore inForce = model.score(aPatent().build());
        IndicatorScore challenged = model.score(aPatent().status(LegalStatus.UNDER_INVALIDATION).build());

        assertThat(challenged.contributionOf(SubIndicator.LEGAL_STATUS).score()).isEqualByComparingTo("40");
        assertThat(challenged.total()).isLessThan(inForce.total());
    }
}
