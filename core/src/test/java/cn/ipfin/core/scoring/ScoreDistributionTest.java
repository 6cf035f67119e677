package cn.ipfin.core.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The reference distribution a card version keeps, and the PSI of the next population against it. */
class ScoreDistributionTest {

    @Test
    void psi_against_a_kept_distribution_matches_the_hand_computed_sum() {
        // reference: 2 of 10 below 500, 3 in [500,600), 5 at or above 600
        ScoreDistribution kept = new ScoreDistribution(new double[] {500, 600}, new double[] {0.2, 0.3, 0.5});
        // now: 1 below, 4 between, 5 above
        double[] now = {450, 520, 530, 550, 590, 600, 640, 700, 710, 800};
        // (0.1-0.2)·ln(0.1/0.2) + (0.4-0.3)·ln(0.4/0.3) + (0.5-0.5)·ln(1)
        //   = 0.1·ln 2 + 0.1·ln(4/3) = 0.0693147 + 0.0287682 = 0.0980829
        assertThat(kept.psiOf(now)).isCloseTo(0.0980829, within(1e-7));
    }

    @Test
    void an_empty_bin_counts_nine_tenths_of_one_rather_than_dividing_by_zero() {
        ScoreDistribution kept = new ScoreDistribution(new double[] {500}, new double[] {0.5, 0.5});
        double[] allHigh = {600, 610, 620, 630};
        // shares 0.9/4.9 and 4/4.9
        double low = 0.9 / 4.9;
        double high = 4 / 4.9;
        double want = (low - 0.5) * Math.log(low / 0.5) + (high - 0.5) * Math.log(high / 0.5);
        assertThat(kept.psiOf(allHigh)).isCloseTo(want, within(1e-12)).isGreaterThan(0.25);
    }

    @Test
    void the_deciles_of_a_population_give_it_tenths_and_a_psi_of_zero_against_itself() {
        double[] scores = new double[100];
        for (int i = 0; i < scores.length; i++) scores[i] = 400 + 3 * i;
        ScoreDistribution kept = ScoreDistribution.of(scores);
        assertThat(kept.cutPoints()).hasSize(9).startsWith(430.0);
        assertThat(kept.shares()).containsOnly(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1);
        assertThat(kept.psiOf(scores)).isCloseTo(0, within(1e-12));
        // the same as the raw-score PSI the trainer computes
        double[] shifted = java.util.Arrays.stream(scores).map(s -> s + 40).toArray();
        assertThat(kept.psiOf(shifted)).isCloseTo(
                ModelValidation.psi(scores, shifted, ScorecardTrainer.decilesOf(scores)), within(1e-12));
        assertThat(ScoreDistribution.decode(kept.encode())).isEqualTo(kept);
    }
}
