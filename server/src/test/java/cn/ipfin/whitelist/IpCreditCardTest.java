package cn.ipfin.whitelist;

import cn.ipfin.core.scoring.ScorecardMethod;
import cn.ipfin.core.scoring.TrainedScorecard;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The card switches from expert weights to a regression once the platform has 50 goods and 50 bads. */
class IpCreditCardTest {

    @Test
    void few_outcomes_keep_the_expert_card_enough_train_one_and_report_its_validation() {
        assertThat(IpCreditCard.build("v", book(120, 30)).card().method()).isEqualTo(ScorecardMethod.EXPERT);

        TrainedScorecard trained = IpCreditCard.build("v", book(600, 150));
        assertThat(trained.card().method()).isEqualTo(ScorecardMethod.TRAINED);
        assertThat(trained.card().features()).extracting(f -> f.name()).doesNotContain(IpCreditCard.MAX_DPD);
        // the book below makes patents the risk driver: the card must find it
        assertThat(trained.validation().orElseThrow().auc()).isGreaterThan(0.6);
        assertThat(trained.woeTables().getFirst().feature()).isEqualTo(IpCreditCard.PATENTS);
        assertThat(trained.woeTables().getFirst().bins().getFirst().woe()).isPositive(); // no patents: riskier
    }

    /** {@code loans} enterprises with loans, {@code bads} of them bad, six in ten bad ones but one in ten good ones without patents. */
    static List<EnterpriseFacts.Facts> book(int loans, int bads) {
        Random random = new Random(19);
        List<EnterpriseFacts.Facts> book = new ArrayList<>();
        for (int i = 0; i < loans; i++) {
            boolean bad = i < bads;
            int patents = random.nextInt(10) < (bad ? 6 : 1) ? 0 : 1 + random.nextInt(12);
            book.add(new EnterpriseFacts.Facts(i, "CODE" + i, "企业" + i, "C3914", "梁子湖区", null, 1 + random.nextInt(20),
                    patents, random.nextInt(4), BigDecimal.valueOf(random.nextInt(5_000_000)),
                    BigDecimal.valueOf(1_000_000 + random.nextInt(9_000_000)), BigDecimal.valueOf(random.nextInt(500_000)),
                    BigDecimal.valueOf(1_000_000 + random.nextInt(9_000_000)), random.nextInt(4), true,
                    bad ? 120 : 0, true, bad));
        }
        return book;
    }
}
