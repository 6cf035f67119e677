package cn.ipfin.core.servicing;

import cn.ipfin.core.lending.Decision;
import java.util.Objects;

/**
 * What a bank may do with the days-past-due floor of {@link LoanClassification#floorFor(long)}: classify at the floor,
 * or worse on its own judgement with a recorded reason; never better. The floor is a minimum ("至少归为") in
 * 《商业银行金融资产风险分类办法》(中国银保监会 中国人民银行令2023年第1号).
 */
public final class ClassificationRules {

    /** What the rules implement; the server's catalogue cites it for both refusals below. */
    public static final String RULE = "《商业银行金融资产风险分类办法》(银保监会 人民银行令2023年第1号)";
    /** The refusals' rule ids (the server's rule catalogue names each). */
    public static final String BETTER_THAN_FLOOR = "classification.floor";
    public static final String DOWNGRADE_WITHOUT_REASON = "classification.downgrade-reason";

    private ClassificationRules() {
    }

    /**
     * Whether the bank may record {@code chosen} for a loan {@code daysPastDue} days overdue: refused if it is better than
     * the floor, and refused if it is worse than the floor without a reason (a downgrade beyond the rule is a judgement
     * that an auditor will ask about).
     */
    public static Decision bankChoice(long daysPastDue, LoanClassification chosen, String reason) {
        Objects.requireNonNull(chosen, "chosen");
        LoanClassification floor = LoanClassification.floorFor(daysPastDue);
        if (floor.isWorseThan(chosen)) {
            return Decision.refused(BETTER_THAN_FLOOR,
                    "分类“" + chosen.zh() + "”不得优于逾期天数对应的最低分类“" + floor.zh() + "”（逾期 " + daysPastDue + " 天）",
                    "classification " + chosen.en() + " may not be better than " + floor.en() + ", the floor for "
                            + daysPastDue + " days past due");
        }
        if (chosen.isWorseThan(floor) && (reason == null || reason.isBlank())) {
            return Decision.refused(DOWNGRADE_WITHOUT_REASON,
                    "分类“" + chosen.zh() + "”劣于逾期天数对应的分类“" + floor.zh() + "”，须说明理由",
                    "classification " + chosen.en() + " is worse than " + floor.en() + ", the floor for "
                            + daysPastDue + " days past due: a reason is required");
        }
        return Decision.allowed();
    }

    /** The category that applies: the floor, or the bank's choice if that is worse; never better than the floor. */
    public static LoanClassification effective(long daysPastDue, LoanClassification bankChoiceOrNull) {
        LoanClassification floor = LoanClassification.floorFor(daysPastDue);
        return bankChoiceOrNull == null ? floor : floor.worst(bankChoiceOrNull);
    }
}
