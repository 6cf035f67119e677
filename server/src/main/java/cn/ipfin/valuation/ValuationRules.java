package cn.ipfin.valuation;

import cn.ipfin.shared.Rule;

/** The refusals of valuation: requests, the valuer's review and signature, the reviews, firms and their admission. */
public final class ValuationRules {

    private static final String SHENZHEN_VALUATION = "Shenzhen 004 (四)";

    public static final Rule SUBJECT_REQUIRED = Rule.of("valuation.subject-required", Rule.PLATFORM,
            "请指定一项知识产权或一个组合", "name one asset or one portfolio");

    public static final Rule PURPOSE_REQUIRED = Rule.of("valuation.purpose-required", Rule.PLATFORM,
            "请填写评估目的", "state the purpose of the valuation");

    public static final Rule ADJUSTMENT_REASON = Rule.of("valuation.adjustment-reason", SHENZHEN_VALUATION,
            "调整参数须说明理由", "an adjustment needs a written reason");

    public static final Rule SECOND_REVIEW_OPINION = Rule.of("valuation.second-review-opinion", SHENZHEN_VALUATION,
            "复核须填写意见", "a second review needs a written opinion");

    public static final Rule STATE = Rule.of("valuation.state", Rule.PLATFORM,
            "评估申请当前状态（{state}）不允许此操作", "not allowed while the valuation is {state}", "state");

    public static final Rule ASSET_NUMBER_UNKNOWN = Rule.of("valuation.asset-number-unknown", Rule.PLATFORM,
            "登记簿中没有您可查看的编号为“{number}”的知识产权", "no right numbered {number} that you may see is in the registry",
            "number");

    public static final Rule BORROWER_OWNS_ASSET = Rule.of("valuation.borrower-owns-asset", "Licheng 第七条(三)",
            "该贷款的借款企业不是被评估知识产权的权利人", "the loan's borrower does not own the asset to be valued");

    public static final Rule NOT_A_FIRM = Rule.of("valuation.not-a-firm", SHENZHEN_VALUATION,
            "所选机构不是评估机构", "the organisation chosen is not a valuation firm");

    public static final Rule FIRM_ADMITTED = Rule.of("valuation.firm-admitted", SHENZHEN_VALUATION,
            "评估机构“{firm}”未获准入或已被暂停（状态：{status}），不得承接或签署评估",
            "valuation firm {firm} is not admitted (status {status}): it may not take or sign valuations", "firm", "status");

    public static final Rule BANK_COOPERATION_SUSPENDED = Rule.of("valuation.bank-cooperation-suspended", SHENZHEN_VALUATION,
            "深圳 004（四）合作准入：本行已暂停与评估机构“{firm}”的合作，不得委托其评估",
            "Shenzhen 004 (四), cooperation admission: your bank has suspended valuation firm {firm} and may not ask it to value",
            "firm");

    public static final Rule BANK_COOPERATION_NOT_ADMITTED = Rule.of("valuation.bank-cooperation-not-admitted",
            SHENZHEN_VALUATION, "深圳 004（四）合作准入：本行未准入评估机构“{firm}”，不得委托其评估",
            "Shenzhen 004 (四), cooperation admission: your bank has not admitted valuation firm {firm} and may not ask it to value",
            "firm");

    public static final Rule VALUER_CONFLICT = Rule.of("valuation.valuer-conflict", SHENZHEN_VALUATION,
            "评估师已申报与权利人“{owner}”存在关联关系（{link}），须回避",
            "the valuer declared a conflict with the owner {owner} ({link}) and must stand aside", "owner", "link");

    public static final Rule BANK_ADMITS_LIBRARY_FIRM = Rule.of("valuation.bank-admits-library-firm", SHENZHEN_VALUATION,
            "深圳 004（四）：评估机构“{firm}”未获本区评估机构库准入（状态：{status}），银行不得准入合作",
            "Shenzhen 004 (四): valuation firm {firm} is not admitted to the district's library (status {status}); a bank may not admit it",
            "firm", "status");

    public static final Rule BANK_COOPERATION_STATUS = Rule.of("valuation.bank-cooperation-status", SHENZHEN_VALUATION,
            "本行与评估机构“{firm}”的合作状态已是{status}，不能改为{to}",
            "your bank's cooperation with {firm} is {status} and cannot become {to}", "firm", "status", "to");

    public static final Rule DECISION_REASON = Rule.of("valuation.decision-reason", SHENZHEN_VALUATION,
            "须说明理由", "a reason is required");

    public static final Rule FIRM_STATUS = Rule.of("valuation.firm-status", SHENZHEN_VALUATION,
            "评估机构当前状态为{status}，不能改为{to}", "the firm is {status} and cannot become {to}", "status", "to");

    public static final Rule CONFLICT_LINK = Rule.of("valuation.conflict-link", Rule.PLATFORM,
            "须说明关联关系", "describe the link");

    public static final Rule BANK_REVIEW_LENDER = Rule.of("valuation.bank-review-lender", SHENZHEN_VALUATION,
            "深圳 004（四）复核认定：只有委托评估的贷款银行可对本笔评估作出复核认定",
            "Shenzhen 004 (四): only the lending bank that asked for this valuation confirms it for its loan");

    public static final Rule BANK_REVIEW_SIGNED = Rule.of("valuation.bank-review-signed", SHENZHEN_VALUATION,
            "评估报告签署后方可复核认定（当前状态：{state}）", "a valuation is confirmed once its report is signed (now {state})",
            "state");

    public static final Rule BANK_REVIEW_ONCE = Rule.of("valuation.bank-review-once", SHENZHEN_VALUATION,
            "本行已对该评估报告作出复核认定（{review}）", "your bank has already reviewed this report ({review})", "review");

    public static final Rule BANK_REVIEW_NOT_SIGNER = Rule.of("valuation.bank-review-not-signer", SHENZHEN_VALUATION,
            "签署评估报告的人员不得复核认定本人的报告", "the valuer who signed a report does not confirm it");

    public static final Rule BANK_REVIEW_OPINION = Rule.of("valuation.bank-review-opinion", SHENZHEN_VALUATION,
            "复核认定须填写意见", "a review needs a written opinion");

    public static final Rule REPORT_SIGNED = Rule.of("valuation.report-signed", Rule.PLATFORM,
            "评估报告签署后方可下载", "the report is available once it is signed");

    /** Shenzhen 004 (六) admits licence-revenue rights as collateral; their income is the contract's, not a model's. */
    public static final Rule LICENCE_REVENUE_MANUAL = Rule.of("valuation.licence-revenue-manual", "Shenzhen 004 (六)",
            "许可收益权须由评估师按许可合同设定参数，不做自动预评估",
            "a licence-revenue right takes its parameters from its contract; it has no automated pre-valuation");

    private ValuationRules() {
    }
}
