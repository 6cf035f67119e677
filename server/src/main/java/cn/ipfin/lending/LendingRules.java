package cn.ipfin.lending;

import cn.ipfin.core.lending.Decision;
import cn.ipfin.shared.Rule;
import cn.ipfin.shared.RuleViolation;

import java.util.List;

/**
 * The refusals of lending: products, demands and matching, the application's steps from 已申请 to 已放款 with their
 * guards (pledge registration, the pledge-rate limit, four eyes), due diligence and custom repayment plans. Rules
 * whose check and words are a core engine's ({@code core.lending}) name the engine's rule id.
 */
public final class LendingRules {

    private static final String LICHENG_OWNER = "Licheng 第七条(三)";
    private static final String LICHENG_REGISTRATION_FIRST = "Licheng 第七条(四)";
    private static final String PLEDGE_REGISTRATION = "专利权质押登记办法 第十二条";

    // the application's state machine
    public static final Rule APPLICATION_STATE = Rule.of("lending.application-state", Rule.PLATFORM,
            "申请当前状态为“{state}”，不能进行此操作", "not allowed while the application is {state}", "state");
    public static final Rule STATE_MACHINE = Rule.decidedBy("origination.step", "lending.state-machine", "Ezhou 003 §三",
            "当前状态“{from}”不能转入“{to}”", "an application in {from} cannot move to {to}", "from", "to");

    // applying
    public static final Rule COLLATERAL_REQUIRED = Rule.of("lending.collateral-required", Rule.PLATFORM,
            "请选择用于质押的知识产权", "choose the IP rights to pledge");
    public static final Rule LOAN_PURPOSE_REQUIRED = Rule.of("lending.loan-purpose-required", Rule.PLATFORM,
            "请填写贷款用途", "give the purpose of the loan");
    public static final Rule PRODUCT_RETIRED = Rule.of("lending.product-retired", Rule.PLATFORM,
            "该产品版本已停用，请按现行版本申请", "this product version was replaced; apply to the current version");
    public static final Rule REPAYMENT_METHOD = Rule.of("lending.repayment-method", Rule.PLATFORM,
            "产品不提供该还款方式", "the product does not offer this repayment method");
    public static final Rule PRODUCT_TARGET = Rule.decidedBy("apply.ELIGIBILITY", "lending.product-target", Rule.PLATFORM,
            "产品仅面向{target}企业", "the product is for {target} enterprises only", "target");
    public static final Rule PRODUCT_PARK = Rule.decidedBy("apply.PARK", "lending.product-park", "Ezhou 003 §八",
            "产品不服务企业所在园区（{park}）", "the product does not serve the enterprise's park", "park");
    public static final Rule APPLICANT_OWNS_ASSET = Rule.of("lending.applicant-owns-asset", LICHENG_OWNER,
            "知识产权 {asset} 不属于申请企业", "asset {asset} is not owned by the applicant", "asset");
    public static final Rule PRODUCT_COLLATERAL_KIND = Rule.of("lending.product-collateral-kind", Rule.PLATFORM,
            "{asset}：产品不接受该类质押物", "{asset}: the product does not accept {kind}", "asset", "kind");
    public static final Rule REJECTION_REASON = Rule.of("lending.rejection-reason", Rule.PLATFORM,
            "拒绝须说明理由", "a rejection needs its reason");

    // valuation of the collateral
    public static final Rule NOT_COLLATERAL = Rule.of("lending.not-collateral", Rule.PLATFORM,
            "该知识产权不是本申请的质押物", "the asset is not collateral of this application");
    public static final Rule VALUATION_COVERS_COLLATERAL = Rule.of("lending.valuation-covers-collateral", Rule.PLATFORM,
            "该评估不涉及质押物 {asset}", "the valuation does not cover {asset}", "asset");
    public static final Rule VALUATION_WITHDRAWN = Rule.of("lending.valuation-withdrawn", Rule.PLATFORM,
            "评估已撤回或暂停，不能采用", "a withdrawn or suspended valuation cannot be used");
    public static final Rule APPRAISED_VALUE_UNSIGNED = Rule.of("lending.appraised-value-unsigned", Rule.PLATFORM,
            "评估报告尚未签署，请填写评估价值", "the valuation is not signed yet: give the appraised value");
    public static final Rule APPRAISED_VALUE_MISSING = Rule.of("lending.appraised-value-missing", "Shenzhen 004 (七)",
            "质押物尚无评估价值：{assets}", "collateral without an appraised value: {assets}", "assets");

    // due diligence
    public static final Rule APPLICATION_CLOSED = Rule.of("lending.application-closed", Rule.PLATFORM,
            "申请已结束，不能再上传材料", "the application is closed: no more documents");
    public static final Rule CHECKLIST_ITEM_UNKNOWN = Rule.of("lending.checklist-item-unknown", Rule.PLATFORM,
            "未知的清单项：{item}", "unknown checklist item: {item}", "item");
    public static final Rule CHECKLIST_DOCUMENT = Rule.of("lending.checklist-document", Rule.PLATFORM,
            "清单项须附本申请已上传的材料", "a checklist item needs a document uploaded to this application");
    public static final Rule FILE_REQUIRED = Rule.of("lending.file-required", Rule.PLATFORM,
            "请选择要上传的文件", "choose a file to upload");
    public static final Rule FILE_EMPTY = Rule.of("lending.file-empty", Rule.PLATFORM, "文件为空", "the file is empty");
    public static final Rule FILE_TOO_LARGE = Rule.of("lending.file-too-large", Rule.PLATFORM,
            "文件超过 10 MB 上限", "the file is larger than the 10 MB limit");
    public static final Rule FILE_TYPE = Rule.of("lending.file-type", Rule.PLATFORM,
            "只接受 PDF、PNG、JPEG、Word（.docx）或 Excel（.xlsx）文件，且内容须与类型一致",
            "only PDF, PNG, JPEG, .docx or .xlsx files whose content matches their type are accepted");
    public static final Rule DUE_DILIGENCE_OPEN = Rule.of("lending.due-diligence-open", "Ezhou 003 §三",
            "尽职调查清单尚未完成：{items}", "due-diligence items not done: {items}", "items");

    // pledge registration (online, paperless: Shenzhen 004 (十五))
    public static final Rule PLEDGOR_OWNS_ASSET = Rule.decidedBy("pledge.owner", "lending.pledgor-owns-asset", LICHENG_OWNER,
            "{asset}：出质人不是该知识产权的权利人", "{asset}: the pledgor does not own the asset", "asset");
    public static final Rule CO_OWNERS_CONSENT = Rule.decidedBy("pledge.coOwners", "lending.co-owners-consent", "专利法 第十四条",
            "{asset}：尚有 {missing} 名共有人未同意出质", "{asset}: {missing} co-owner(s) have not consented to the pledge",
            "asset", "missing");
    public static final Rule RIGHT_IN_FORCE = Rule.decidedBy("pledge.status", "lending.right-in-force", LICHENG_OWNER,
            "{asset}：权利状态为“{status}”，只有有效的权利可以出质", "{asset}: the right is {status}; only a right in force can be pledged",
            "asset", "status");
    public static final Rule RIGHT_OUTLASTS_LOAN = Rule.decidedBy("pledge.term", "lending.right-outlasts-loan", Rule.PLATFORM,
            "{asset}：权利期限 {expiry} 届满，不晚于贷款到期日 {maturity}",
            "{asset}: the right expires on {expiry}, not after the loan's maturity {maturity}", "asset", "expiry", "maturity");
    public static final Rule ALREADY_PLEDGED = Rule.decidedBy("pledge.alreadyPledged", "lending.already-pledged", PLEDGE_REGISTRATION,
            "{asset}：已质押（登记号 {registration}），未注销前不得重复出质",
            "{asset}: already pledged (registration {registration}); it must be cancelled first", "asset", "registration");
    /** The same rule caught by the database's unique open pledge, when two registrations of one right race. */
    public static final Rule PLEDGED_MEANWHILE = Rule.of("lending.pledged-meanwhile", PLEDGE_REGISTRATION,
            "{asset}：已质押，未注销前不得重复出质", "{asset}: already pledged", "asset");
    public static final Rule RIGHT_FROZEN = Rule.decidedBy("pledge.frozen", "lending.right-frozen", PLEDGE_REGISTRATION,
            "{asset}：该权利已被冻结（查封），不得出质", "{asset}: the right is frozen and cannot be pledged", "asset");
    public static final Rule CO_OWNER_UNKNOWN = Rule.of("lending.co-owner-unknown", Rule.PLATFORM,
            "该企业不是此知识产权的共有人", "that enterprise is not a co-owner");
    public static final Rule CO_OWNER_CONSENT_DOCUMENT = Rule.of("lending.co-owner-consent-document", "专利法 第十四条",
            "请先上传共有人签署的同意书", "upload the co-owner's signed consent first");
    public static final Rule NOT_REGISTERED = Rule.of("lending.not-registered", Rule.PLATFORM,
            "{asset}：尚未办理质押登记", "{asset}: no pledge registered", "asset");
    public static final Rule CHANGE_REASON = Rule.of("lending.change-reason", Rule.PLATFORM,
            "变更须说明理由", "a change needs its reason");
    public static final Rule CANCEL_OUTSTANDING = Rule.of("lending.cancel-outstanding", Rule.PLATFORM,
            "贷款未结清，不能注销质押登记", "the loan is outstanding: its pledge cannot be cancelled");
    public static final Rule FREEZE_AUTHORITY = Rule.of("lending.freeze-authority", Rule.PLATFORM,
            "请填写冻结机关", "name the freezing authority");
    public static final Rule ALREADY_FROZEN = Rule.of("lending.already-frozen", Rule.PLATFORM,
            "该权利已处于冻结状态", "the right is already frozen");
    public static final Rule NOT_FROZEN = Rule.of("lending.not-frozen", Rule.PLATFORM,
            "该权利未被冻结", "the right is not frozen");
    public static final Rule REGISTRATION_INCOMPLETE = Rule.of("lending.registration-incomplete", LICHENG_REGISTRATION_FIRST,
            "质押物尚未办理质押登记：{assets}", "collateral not registered: {assets}", "assets");
    public static final Rule GUARANTOR_REQUIRED = Rule.of("lending.guarantor-required", "Ezhou 003 §二",
            "产品要求担保，尚未登记担保方", "the product requires a guarantor");
    public static final Rule INSURANCE_REQUIRED = Rule.of("lending.insurance-required", "Shenzhen 004 (八)",
            "产品要求保险，尚未登记保险", "the product requires an insurance policy");
    public static final Rule SECURITY_NOT_ACCEPTED = Rule.of("lending.security-not-accepted", Rule.PLATFORM,
            "产品不接受{kind}组合", "the product does not take {kind}", "kind");
    public static final Rule SECURITY_PROVIDER = Rule.of("lending.security-provider", Rule.PLATFORM,
            "提供方不是{provider}", "the provider is not a {provider}", "provider");

    // credit approval
    public static final Rule APPLICATION_PRODUCT = Rule.of("lending.application-product", Rule.PLATFORM,
            "该申请未关联贷款产品，无法计算质押率上限", "the application has no product: no pledge-rate limit");
    public static final Rule COLLATERAL_VALUE = Rule.of("lending.collateral-value", "Shenzhen 004 (七)",
            "{asset}：尚无评估价值", "{asset}: no appraised value", "asset");
    public static final Rule FOUR_EYES = Rule.decidedBy("approval.fourEyes", "lending.four-eyes", Rule.PLATFORM,
            "四眼原则：审批人不得是经办该申请的客户经理（{officer}）",
            "four eyes: the approver may not be the officer who prepared the application ({officer})", "officer");
    public static final Rule PLEDGE_RATE_CAP = Rule.decidedBy("approval.pledgeRate", "lending.pledge-rate-cap", "Shenzhen 004 (七)",
            "授信金额 {amount} 元超过质押率上限：Σ（质押率 × 评估价值）= {limit} 元",
            "amount {amount} exceeds the pledge-rate limit Σ(max rate × appraised value) = {limit}", "amount", "limit");
    public static final Rule ENHANCED_LIMIT = Rule.decidedBy("approval.enhancedLimit", "lending.enhanced-limit",
            "Shenzhen 004 (八)(九)", "授信金额 {amount} 元超过增信后的授信上限 {limit} 元 = 质押部分 {pledge} 元{parts}",
            "amount {amount} exceeds the enhanced limit {limit} = pledge part {pledge}{parts}", "amount", "limit", "pledge", "parts");
    public static final Rule AMOUNT_RANGE = Rule.decidedBy("approval.amountRange", "lending.amount-range", Rule.PLATFORM,
            "授信金额 {amount} 元不在产品额度范围 {min}–{max} 元内", "amount {amount} is outside the product's range {min}–{max}",
            "amount", "min", "max");
    public static final Rule TERM_RANGE = Rule.decidedBy("approval.termRange", "lending.term-range", Rule.PLATFORM,
            "期限 {term} 个月不在产品期限范围 {min}–{max} 个月内", "term {term} months is outside the product's range {min}–{max}",
            "term", "min", "max");
    public static final Rule SPREAD_RANGE = Rule.decidedBy("approval.spread", "lending.spread-range", Rule.PLATFORM,
            "利率加点 {spread} 个基点不在产品定价范围 LPR+{min}–{max} 基点内",
            "spread {spread} bp is outside the product's pricing LPR + {min}–{max} bp", "spread", "min", "max");

    // contract and disbursement
    public static final Rule CONTRACT_NUMBER = Rule.of("lending.contract-number", Rule.PLATFORM,
            "请填写合同编号", "give the contract number");
    public static final Rule REGISTERED_BEFORE_DISBURSEMENT = Rule.of("lending.registered-before-disbursement",
            LICHENG_REGISTRATION_FIRST, "质押登记未完成，不得放款（历城办法第七条(四)：质押登记须在放款之前）：{assets}",
            "the pledge must be registered before disbursement (Licheng art. 7(4)): {assets}", "assets");
    public static final Rule CONTRACT_SIGNED = Rule.of("lending.contract-signed", Rule.PLATFORM,
            "借款合同尚未签订", "the loan contract is not signed");
    public static final Rule CUSTOM_PLAN_ENTERED = Rule.of("lending.custom-plan-entered", Rule.PLATFORM,
            "自定义还款计划尚未录入", "the custom repayment plan has not been entered");
    public static final Rule CUSTOM_PLAN_ONLY = Rule.of("lending.custom-plan-only", Rule.PLATFORM,
            "只有“自定义还款计划”方式的贷款需要录入还款计划", "only a loan repaid by a custom plan takes one");
    /** The plan's own checks are the schedule engine's ({@code core.schedule}); its words come as the problem. */
    public static final Rule CUSTOM_PLAN_TERMS = Rule.of("lending.custom-plan-terms", Rule.PLATFORM,
            "{problem}", "{problem}", "problem");
    public static final Rule CUSTOM_PLAN_AMOUNT = Rule.of("lending.custom-plan-amount", Rule.PLATFORM,
            "还款计划中“{token}”不是金额", "\"{token}\" in the plan is not an amount", "token");

    // products, demands and matching (Ezhou 003 §八, Shenzhen 004 (十四))
    public static final Rule PRODUCT_TERMS = Rule.of("lending.product-terms", Rule.PLATFORM,
            "产品条款不成立：{problem}", "the product's terms are inconsistent: {problem}", "problem");
    public static final Rule PRODUCT_RATES_AND_METHODS = Rule.of("lending.product-rates-and-methods", Rule.PLATFORM,
            "请至少填写一类质押物的质押率，并选择至少一种还款方式",
            "give the pledge rate of at least one collateral kind and at least one repayment method");
    public static final Rule FIELD_REQUIRED = Rule.of("lending.field-required", Rule.PLATFORM,
            "请填写{field}", "fill in {field}", "field");
    public static final Rule FIELD_NUMBER = Rule.of("lending.field-number", Rule.PLATFORM,
            "{field}：“{value}”不是数字", "{field}: \"{value}\" is not a number", "field", "value");
    public static final Rule DEMAND_COLLATERAL_KINDS = Rule.of("lending.demand-collateral-kinds", Rule.PLATFORM,
            "请选择可提供的质押物类型", "choose the kinds of collateral you can offer");
    public static final Rule FINANCING_PURPOSE_REQUIRED = Rule.of("lending.financing-purpose-required", Rule.PLATFORM,
            "请填写融资用途", "give the purpose of the financing");
    public static final Rule DEMAND_ASSET_OWNER = Rule.of("lending.demand-asset-owner", Rule.PLATFORM,
            "所列知识产权（{asset}）不属于本企业", "asset {asset} is not the enterprise's", "asset");
    public static final Rule DECLINE_REASON = Rule.of("lending.decline-reason", Rule.PLATFORM,
            "婉拒须说明理由", "a decline needs its reason");
    public static final Rule FOLLOW_UP_OWN_PRODUCT = Rule.of("lending.follow-up-own-product", Rule.PLATFORM,
            "只能以本行产品对接", "follow up with one of your own bank's products");
    public static final Rule FOLLOW_UP_APPLICATION = Rule.of("lending.follow-up-application", Rule.PLATFORM,
            "未找到由该需求发起的本行贷款申请", "no application of your bank was opened from this demand");

    // 底层资产放款 at a securitization issue (Longnan 二(二)4)
    private static final String LONGNAN_UNDERLYING = "Longnan 二(二)4";
    public static final Rule UNDERLYING_TERMS = Rule.of("lending.underlying-terms", LONGNAN_UNDERLYING,
            "底层资产放款条件无效：{what}", "the underlying loan's terms are invalid: {what}", "what");
    public static final Rule UNDERLYING_LENDER = Rule.of("lending.underlying-lender", LONGNAN_UNDERLYING,
            "放款机构须为本辖区的银行", "the disbursing institution must be a bank of the district");
    public static final Rule UNDERLYING_BORROWER = Rule.of("lending.underlying-borrower", LONGNAN_UNDERLYING,
            "借款企业须为本辖区登记的企业", "the borrower must be an enterprise registered in the district");
    public static final Rule UNDERLYING_DIFFERENT_TERMS = Rule.of("lending.underlying-different-terms", LONGNAN_UNDERLYING,
            "该企业在本项目下已放款（{loan}），条件与本次不同", "the enterprise already has this project's loan {loan}, on other terms", "loan");

    private LendingRules() {
    }

    public static List<Rule> all() {
        return Rule.declaredIn(LendingRules.class);
    }

    /** The refusal of a core engine's decision (state machine, registration rules, credit approval). */
    static RuleViolation refusal(Decision decision) {
        return Rule.refusal(decision, all());
    }
}
