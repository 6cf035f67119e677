package cn.ipfin.core.servicing;

import static cn.ipfin.core.servicing.LoanClassification.DOUBTFUL;
import static cn.ipfin.core.servicing.LoanClassification.LOSS;
import static cn.ipfin.core.servicing.LoanClassification.NORMAL;
import static cn.ipfin.core.servicing.LoanClassification.SPECIAL_MENTION;
import static cn.ipfin.core.servicing.LoanClassification.SUBSTANDARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipfin.core.lending.Decision;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Five-category floors by days past due, 《商业银行金融资产风险分类办法》(2023年第1号令). */
class LoanClassificationTest {

    @ParameterizedTest(name = "{0} days past due is at least {1}")
    @CsvSource({
            "0, NORMAL",
            "1, SPECIAL_MENTION",
            "90, SPECIAL_MENTION",
            "91, SUBSTANDARD",
            "270, SUBSTANDARD",
            "271, DOUBTFUL",
            "360, DOUBTFUL",
            "361, LOSS",
            "10000, LOSS"})
    void the_floor_changes_the_day_after_90_270_and_360(long daysPastDue, LoanClassification floor) {
        assertThat(LoanClassification.floorFor(daysPastDue)).isEqualTo(floor);
    }

    @Test
    void overdue_91_days_is_substandard_and_non_performing() {
        assertThat(LoanClassification.floorFor(91)).isEqualTo(SUBSTANDARD);
        assertThat(LoanClassification.floorFor(91).isNonPerforming()).isTrue();
        assertThat(LoanClassification.floorFor(90).isNonPerforming()).isFalse();
    }

    @Test
    void negative_days_past_due_are_refused() {
        assertThatThrownBy(() -> LoanClassification.floorFor(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void npl_is_substandard_doubtful_and_loss() {
        assertThat(NORMAL.isNonPerforming()).isFalse();
        assertThat(SPECIAL_MENTION.isNonPerforming()).isFalse();
        assertThat(SUBSTANDARD.isNonPerforming()).isTrue();
        assertThat(DOUBTFUL.isNonPerforming()).isTrue();
        assertThat(LOSS.isNonPerforming()).isTrue();
    }

    @Test
    void labels_are_the_regulatory_names() {
        assertThat(LoanClassification.values()).extracting(LoanClassification::zh).containsExactly("正常", "关注", "次级", "可疑", "损失");
        assertThat(LoanClassification.values()).extracting(LoanClassification::en)
                .containsExactly("normal", "special mention", "substandard", "doubtful", "loss");
    }

    @Test
    void worse_and_worst_follow_the_order_normal_to_loss() {
        assertThat(DOUBTFUL.isWorseThan(SUBSTANDARD)).isTrue();
        assertThat(SUBSTANDARD.isWorseThan(DOUBTFUL)).isFalse();
        assertThat(SUBSTANDARD.isWorseThan(SUBSTANDARD)).isFalse();
        assertThat(SPECIAL_MENTION.worst(LOSS)).isEqualTo(LOSS);
        assertThat(LOSS.worst(NORMAL)).isEqualTo(LOSS);
    }

    @Test
    void a_bank_may_not_classify_better_than_the_floor() {
        Decision d = ClassificationRules.bankChoice(91, SPECIAL_MENTION, "担保充足");

        assertThat(d.isAllowed()).isFalse();
        assertThat(d.zh()).isEqualTo("分类“关注”不得优于逾期天数对应的最低分类“次级”（逾期 91 天）");
        assertThat(d.en()).isEqualTo("classification special mention may not be better than substandard, the floor for 91 days past due");
        assertThat(d.reasons().getFirst().rule()).isEqualTo(ClassificationRules.BETTER_THAN_FLOOR);
    }

    @Test
    void a_bank_may_classify_worse_than_the_floor_only_with_a_reason() {
        Decision blank = ClassificationRules.bankChoice(0, SUBSTANDARD, "  ");
        assertThat(blank.isAllowed()).isFalse();
        assertThat(blank.zh()).contains("须说明理由");
        assertThat(blank.en()).contains("a reason is required");
        assertThat(ClassificationRules.bankChoice(0, SUBSTANDARD, null).isAllowed()).isFalse();

        assertThat(ClassificationRules.bankChoice(0, SUBSTANDARD, "借款人主营业务停产").isAllowed()).isTrue();
    }

    @Test
    void the_floor_itself_needs_no_reason() {
        assertThat(ClassificationRules.bankChoice(30, SPECIAL_MENTION, null).isAllowed()).isTrue();
        assertThat(ClassificationRules.bankChoice(361, LOSS, "").isAllowed()).isTrue();
    }

    @Test
    void the_effective_category_is_the_worse_of_floor_and_bank_choice() {
        assertThat(ClassificationRules.effective(100, null)).isEqualTo(SUBSTANDARD);
        assertThat(ClassificationRules.effective(100, SPECIAL_MENTION)).isEqualTo(SUBSTANDARD);
        assertThat(ClassificationRules.effective(100, DOUBTFUL)).isEqualTo(DOUBTFUL);
        assertThat(ClassificationRules.effective(0, NORMAL)).isEqualTo(NORMAL);
    }

    private static final long SEED = 0x5_1A55L;

    @RepeatedTest(300)
    void the_effective_category_is_never_better_than_the_floor_and_the_floor_only_worsens_with_days(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(SEED + repetition.getCurrentRepetition());
        long dpd = random.nextInt(4) == 0 ? random.nextLong(0, 400) : random.nextLong(0, 5_000);
        long later = dpd + random.nextLong(0, 400);
        LoanClassification choice = random.nextInt(6) == 0 ? null : LoanClassification.values()[random.nextInt(5)];

        LoanClassification effective = ClassificationRules.effective(dpd, choice);
        assertThat(LoanClassification.floorFor(dpd).isWorseThan(effective)).as("dpd %d choice %s", dpd, choice).isFalse();
        assertThat(LoanClassification.floorFor(dpd).isWorseThan(LoanClassification.floorFor(later))).as("%d vs %d", dpd, later).isFalse();
        if (choice != null) {
            boolean allowed = ClassificationRules.bankChoice(dpd, choice, "reason").isAllowed();
            assertThat(allowed).isEqualTo(!LoanClassification.floorFor(dpd).isWorseThan(choice));
            if (allowed) assertThat(effective).isEqualTo(choice);
        }
    }
}
