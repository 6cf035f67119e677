package cn.ipfin.servicing;

import cn.ipfin.core.lending.Decision;
import cn.ipfin.core.servicing.ClassificationRules;
import cn.ipfin.core.servicing.ScheduleRevision;
import cn.ipfin.shared.Rule;
import cn.ipfin.shared.RuleViolation;

import java.util.List;

/**
 * The refusals of servicing: repayments, early repayment and settlement, 展期, the bank's classification and the daily
 * close. The classification floor and the extension limits are core engines' rules ({@code core.servicing}).
 */
public final class ServicingRules {

    private static final String CLASSIFICATION = "《商业银行金融资产风险分类办法》(2023年第1号令)";
    private static final String LOAN_RULES_EXTENSION = "《贷款通则》第十二条";
    /** The allocation order (penalty first, oldest first) is the contract's clause under 民法典 第五百六十条. */
    private static final String ALLOCATION = "民法典 第五百六十条";

    // a loan to service
    public static final Rule NOT_DISBURSED = Rule.of("servicing.not-disbursed", Rule.PLATFORM,
            "该贷款尚未放款", "the loan has not been disbursed");
    public static final Rule NO_SCHEDULE = Rule.of("servicing.no-schedule", Rule.PLATFORM,
            "该贷款尚未放款，没有还款计划", "the loan has not been disbursed");
    public static final Rule LOAN_REPAID = Rule.of("servicing.loan-repaid", Rule.PLATFORM, "贷款已结清", "the loan is repaid");
    /** What is due today is exact only once yesterday's close has run for the loan. */
    public static final Rule CLOSED_THROUGH_YESTERDAY = Rule.of("servicing.closed-through-yesterday", Rule.PLATFORM,
            "该贷款的日终处理仅完成至 {closed}，请先完成 {yesterday} 的日终批处理",
            "the loan is closed only through {closed}; run the daily close of {yesterday} first", "closed", "yesterday");
    public static final Rule BEFORE_TODAYS_CLOSE = Rule.of("servicing.before-todays-close", Rule.PLATFORM,
            "今日日终批处理已完成，请于下一营业日办理", "today's close has run: do this on the next business day");
    public static final Rule AMOUNT_DECIMALS = Rule.of("servicing.amount-decimals", Rule.PLATFORM,
            "金额最多两位小数：{amount}", "an amount has at most 2 decimals: {amount}", "amount");

    // repayments
    public static final Rule REPAYMENT_POSITIVE = Rule.of("servicing.repayment-positive", Rule.PLATFORM,
            "还款金额须大于零", "the amount must be positive");
    public static final Rule NOTHING_DUE = Rule.of("servicing.nothing-due", ALLOCATION,
            "当前没有到期应还款项；提前还款请使用“提前还款”", "nothing is due today; use early repayment to prepay");
    public static final Rule REPAYMENT_EXCEEDS_DUE = Rule.of("servicing.repayment-exceeds-due", ALLOCATION,
            "还款金额 {amount} 元超过当前应还 {due} 元；多余部分请办理提前还款",
            "the amount {amount} exceeds what is due ({due}); prepay the rest as an early repayment", "amount", "due");
    public static final Rule BANK_REFERENCE = Rule.of("servicing.bank-reference", Rule.PLATFORM,
            "请填写银行交易流水号（不超过64个字符）", "give the bank's transaction reference (up to 64 characters)");
    public static final Rule BANK_REFERENCE_REUSED = Rule.of("servicing.bank-reference-reused", Rule.PLATFORM,
            "流水号 {reference} 已用于另一笔贷款的还款", "reference {reference} was already used for another loan's repayment",
            "reference");

    // early repayment and settlement
    public static final Rule PREPAYMENT_POSITIVE = Rule.of("servicing.prepayment-positive", Rule.PLATFORM,
            "提前还款本金须大于零", "the principal must be positive");
    public static final Rule PREPAYMENT_OPTION = Rule.of("servicing.prepayment-option", Rule.PLATFORM,
            "请选择缩短期限或减少月供", "choose to shorten the term or lower the instalment");
    public static final Rule PREPAYMENT_BELOW_OUTSTANDING = Rule.of("servicing.prepayment-below-outstanding", Rule.PLATFORM,
            "提前还款本金 {principal} 元不小于剩余本金 {outstanding} 元，请办理全部结清",
            "the principal {principal} is not below the outstanding {outstanding}: settle the loan instead",
            "principal", "outstanding");
    public static final Rule SETTLEMENT_AMOUNT = Rule.of("servicing.settlement-amount", Rule.PLATFORM,
            "全部结清须归还 {total} 元（本金 {principal} 元，利息 {interest} 元）",
            "settling the loan takes {total} (principal {principal}, interest {interest})", "total", "principal", "interest");
    public static final Rule OVERDUE_FIRST = Rule.of("servicing.overdue-first", ALLOCATION,
            "请先归还逾期款项 {overdue} 元", "repay the overdue {overdue} first", "overdue");
    public static final Rule DUE_TODAY_FIRST = Rule.of("servicing.due-today-first", ALLOCATION,
            "请先归还今日到期的第 {instalment} 期", "repay instalment {instalment}, due today, first", "instalment");

    // extension (展期)
    public static final Rule EXTENSION_REASON = Rule.of("servicing.extension-reason", Rule.PLATFORM,
            "请填写展期原因", "give the reason for the extension");
    public static final Rule EXTENSION_OVERDUE = Rule.of("servicing.extension-overdue", CLASSIFICATION,
            "贷款有逾期款项，不能展期（逾期贷款的调整属于重组）",
            "the loan has overdue amounts: it cannot be extended (adjusting an overdue loan is a restructuring)");
    public static final Rule EXTENSION_INSTALMENT = Rule.of("servicing.extension-instalment", Rule.PLATFORM,
            "当期已部分还款或已无未到期期次，不能展期", "the current instalment is partly paid or none is left");
    public static final Rule EXTENSION_BEFORE_MATURITY = Rule.decidedBy(ScheduleRevision.EXTENSION_BEFORE_MATURITY,
            "servicing.extension-before-maturity", LOAN_RULES_EXTENSION,
            "展期须在贷款到期日（{maturity}）之前申请，申请日 {on}",
            "an extension must be requested before the maturity date {maturity}; requested on {on}", "maturity", "on");
    public static final Rule EXTENSION_SHORT_TERM = Rule.decidedBy(ScheduleRevision.EXTENSION_SHORT_TERM,
            "servicing.extension-short-term", LOAN_RULES_EXTENSION,
            "短期贷款展期期限累计不得超过原贷款期限（原期限 {term} 个月，累计展期 {extension} 个月）",
            "the cumulative extension of a short-term loan may not exceed its original term ({term} months; extension {extension} months)",
            "term", "extension");
    public static final Rule EXTENSION_MEDIUM_TERM = Rule.decidedBy(ScheduleRevision.EXTENSION_MEDIUM_TERM,
            "servicing.extension-medium-term", LOAN_RULES_EXTENSION,
            "中期贷款展期期限累计不得超过原贷款期限的一半（原期限 {term} 个月，累计展期 {extension} 个月）",
            "the cumulative extension of a medium-term loan may not exceed half its original term ({term} months; extension {extension} months)",
            "term", "extension");
    public static final Rule EXTENSION_LONG_TERM = Rule.decidedBy(ScheduleRevision.EXTENSION_LONG_TERM,
            "servicing.extension-long-term", LOAN_RULES_EXTENSION,
            "长期贷款展期期限累计不得超过3年（累计展期 {extension} 个月）",
            "the cumulative extension of a long-term loan may not exceed 3 years (extension {extension} months)", "extension");

    // the bank's five-category classification
    public static final Rule CLASSIFICATION_FLOOR = Rule.decidedBy(ClassificationRules.BETTER_THAN_FLOOR,
            "servicing.classification-floor", CLASSIFICATION,
            "分类“{chosen}”不得优于逾期天数对应的最低分类“{floor}”（逾期 {dpd} 天）",
            "classification {chosen} may not be better than {floor}, the floor for {dpd} days past due", "chosen", "floor", "dpd");
    public static final Rule DOWNGRADE_REASON = Rule.decidedBy(ClassificationRules.DOWNGRADE_WITHOUT_REASON,
            "servicing.downgrade-reason", CLASSIFICATION,
            "分类“{chosen}”劣于逾期天数对应的分类“{floor}”，须说明理由",
            "classification {chosen} is worse than {floor}, the floor for {dpd} days past due: a reason is required",
            "chosen", "floor", "dpd");

    // the daily close
    public static final Rule CLOSE_RUNNING = Rule.of("servicing.close-running", Rule.PLATFORM,
            "日终批处理正在运行，请稍后", "a daily close is already running");
    public static final Rule CLOSE_FUTURE_DATE = Rule.of("servicing.close-future-date", Rule.PLATFORM,
            "不能对未来日期执行日终：{date}", "cannot close a future date: {date}", "date");
    public static final Rule CLOSE_COMPLETE = Rule.of("servicing.close-complete", Rule.PLATFORM,
            "{date} 的日终批处理已完成，重复执行不会改变任何数据",
            "the close of {date} is complete; running it again would change nothing", "date");

    private ServicingRules() {
    }

    public static List<Rule> all() {
        return Rule.declaredIn(ServicingRules.class);
    }

    /** The refusal of a core engine's decision (classification floor, extension limits). */
    static RuleViolation refusal(Decision decision) {
        return Rule.refusal(decision, all());
    }
}
