package cn.ipfin.whitelist;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.scoring.ModelValidation;
import cn.ipfin.core.scoring.TrainedScorecard;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every card version is kept with its points and its validation (issue 19): AUC and KS of a trained card on its
 * loan book, the population stability against the previous version on every one. Rolled back.
 */
@IntegrationTest
@Transactional
class CardVersionsTest {

    @Autowired Whitelists whitelists;
    @Autowired CardVersions versions;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;

    private Actor actor(String username) {
        return ((ActorHolder) users.loadUserByUsername(username)).actor();
    }

    @Test
    void each_generated_period_keeps_its_card_and_the_second_reports_its_stability_against_the_first() throws Exception {
        Whitelists.Period first = whitelists.generate(actor("ipo"), "2026Q3", 0);
        Whitelists.Period second = whitelists.generate(actor("ipo"), "2026Q4", 0);

        CardVersions.Version kept = whitelists.cardVersions().stream()
                .filter(v -> v.version().equals(first.cardVersion())).findFirst().orElseThrow();
        assertThat(kept.method()).isEqualTo("EXPERT");
        assertThat(kept.auc()).isNull(); // an expert card was not fitted to outcomes: nothing to validate it on
        assertThat(kept.scored()).isGreaterThanOrEqualTo(first.entries()).isPositive();
        assertThat(whitelists.cardBins(first.cardVersion())).extracting(CardVersions.Bin::feature)
                .containsOnly(IpCreditCard.FEATURES.stream().map(f -> f.name()).toArray(String[]::new));
        // the same book, the same card: the population has not moved
        assertThat(second.psi()).isEqualByComparingTo("0");
        assertThat(second.stability()).isEqualTo("STABLE");
        assertThat(whitelists.cardVersions().getFirst().psiReference()).isEqualTo(first.cardVersion());

        mvc.perform(get("/whitelist").with(user(users.loadUserByUsername("ipo")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(second.cardVersion())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("PSI")));
    }

    @Test
    void a_shifted_population_reports_the_psi_computed_by_hand_and_is_marked_for_a_rebuild() {
        double[] before = IntStream.range(0, 100).mapToDouble(i -> 400 + 3 * i).toArray();
        double[] after = IntStream.range(0, 100).mapToDouble(i -> 430 + 3 * i).toArray();
        TrainedScorecard card = IpCreditCard.build("T-1", java.util.List.of());
        versions.keep(period("2001Q1"), card, 0, 0, before, clock.instant());
        CardVersions.Version shifted = versions.keep(period("2001Q2"), IpCreditCard.build("T-2", java.util.List.of()),
                0, 0, after, clock.instant());
        // the deciles of `before` are 430, 460, …, 670; `after` puts none below 430 (0.9 of one), ten in each of the
        // eight middle bins and twenty at 670 or above, of 100.9:
        //   (0.9/100.9 − 0.1)·ln(0.09/1.009) + 8·(10/100.9 − 0.1)·ln(100/100.9) + (20/100.9 − 0.1)·ln(200/100.9)
        //   = 0.2201324 + 0.0000080 + 0.0671982 = 0.2873945
        assertThat(shifted.psi()).isEqualByComparingTo("0.2874");
        assertThat(shifted.psiReference()).isEqualTo("T-1");
        assertThat(shifted.stability()).isEqualTo("REBUILD");
    }

    @Test
    void a_retrained_card_keeps_its_auc_ks_and_woe() {
        TrainedScorecard trained = IpCreditCard.build("T-3", IpCreditCardTest.book(600, 150));
        ModelValidation validation = trained.validation().orElseThrow();
        CardVersions.Version kept = versions.keep(period("2001Q3"), trained, 600, 150, new double[] {500, 600, 700},
                clock.instant());
        assertThat(kept.method()).isEqualTo("TRAINED");
        assertThat(kept.loans()).isEqualTo(600);
        assertThat(kept.bads()).isEqualTo(150);
        assertThat(kept.auc()).isEqualByComparingTo(BigDecimal.valueOf(validation.auc()).setScale(4, RoundingMode.HALF_UP));
        assertThat(kept.ks()).isEqualByComparingTo(BigDecimal.valueOf(validation.ks()).setScale(4, RoundingMode.HALF_UP));
        assertThat(versions.bins("T-3")).isNotEmpty().allSatisfy(bin -> assertThat(bin.woe()).isNotNull());
    }

    private long period(String period) {
        return jdbc.sql("""
                        insert into whitelist_period (period, card_version, card_method, min_score, generated_by, generated_at)
                        values (:p, :p, 'EXPERT', 0, 'test', :at) returning id""")
                .param("p", period).param("at", Timestamp.from(clock.instant())).query(Long.class).single();
    }
}
