package cn.ipfin.programme;

import cn.ipfin.shared.Rule;

/**
 * The refusals of programmes. The conditions themselves are data — each definition's elements, each citing its
 * article — and an application whose pre-check fails is refused under {@link #NOT_ELIGIBLE} with the failed elements'
 * own words.
 */
public final class ProgrammeRules {

    // definitions
    public static final Rule DEFINITION_INVALID = Rule.of("programme.definition-invalid", Rule.PLATFORM,
            "政策定义文件有误：{why}", "the definition file is wrong: {why}", "why");
    public static final Rule DEFINITION_KEY = Rule.of("programme.definition-key", Rule.PLATFORM,
            "修改须保持政策标识 {key} 不变", "an edit keeps the programme key {key}", "key");
    public static final Rule DEFINITION_UNCHANGED = Rule.of("programme.definition-unchanged", Rule.PLATFORM,
            "文件与现行版本 v{version} 相同，未保存新版本", "the file is the same as version {version} in force; no version stored",
            "version");

    // eligibility and applying
    public static final Rule NOT_ELIGIBLE = Rule.of("programme.not-eligible", "Licheng 第七条(一)-(五)",
            "不符合申报条件：{failures}", "not eligible: {failures}", "failures");
    public static final Rule OUTSIDE_WINDOW = Rule.of("programme.outside-window", "Licheng 第十三条",
            "不在政策有效期（{from} 至 {to}）内", "outside the programme's validity ({from} to {to})", "from", "to");
    public static final Rule APPLICANT_TYPE = Rule.of("programme.applicant-type", Rule.PLATFORM,
            "本政策仅受理{types}申请", "only {types} may apply", "types");
    public static final Rule ALREADY_APPLIED = Rule.of("programme.already-applied", Rule.PLATFORM,
            "本年度已有一份申请在办理", "an application for this year is already under way");
    public static final Rule BARRED = Rule.of("programme.barred", "Licheng 第十一条",
            "该企业曾以虚假材料骗取支持，不得再申报", "the enterprise obtained support by fraud and is barred");
    public static final Rule MATERIAL_UNKNOWN = Rule.of("programme.material-unknown", "Licheng 第八条",
            "本政策不要求材料“{material}”", "the programme asks for no material {material}", "material");
    public static final Rule MATERIAL_TYPE = Rule.of("programme.material-type", "Licheng 第八条",
            "{material} 须为 {types} 文件", "{material} must be a {types} file", "material", "types");
    public static final Rule MATERIAL_SIZE = Rule.of("programme.material-size", "Licheng 第八条",
            "{material} 超过 {limit} 字节", "{material} is larger than {limit} bytes", "material", "limit");
    public static final Rule MATERIALS_MISSING = Rule.of("programme.materials-missing", "Licheng 第八条",
            "尚缺材料：{materials}", "materials missing: {materials}", "materials");
    public static final Rule COMMITMENT_UNSIGNED = Rule.of("programme.commitment-unsigned", "Licheng 第八条(五)",
            "请先签署材料真实性承诺", "sign the authenticity commitment first");
    public static final Rule APPLICATION_STATE = Rule.of("programme.application-state", Rule.PLATFORM,
            "申请当前状态为“{state}”，不能进行此操作", "not allowed while the application is {state}", "state");

    // review
    public static final Rule REVIEWER_NOT_EXPERT = Rule.of("programme.reviewer-not-expert", "Licheng 第九条",
            "{user} 不是专家库成员", "{user} is not in the expert library", "user");
    public static final Rule REVIEWER_LINKED = Rule.of("programme.reviewer-linked", Rule.PLATFORM,
            "专家 {user} 与申请企业或其贷款银行有关联，须回避", "expert {user} is linked to the enterprise or its lender", "user");
    public static final Rule PANEL_SIZE = Rule.of("programme.panel-size", "Licheng 第九条",
            "本政策评审须 {panel} 名专家", "the programme's panel has {panel} experts", "panel");
    public static final Rule NOT_ASSIGNED = Rule.of("programme.not-assigned", "Licheng 第九条",
            "您未被指派评审该申请", "you are not assigned to review this application");
    public static final Rule OPINION_REQUIRED = Rule.of("programme.opinion-required", "Licheng 第九条",
            "评审意见不能为空", "an opinion cannot be empty");
    public static final Rule QUORUM_NOT_REACHED = Rule.of("programme.quorum-not-reached", "Licheng 第九条",
            "已签署意见 {signed} 份，须达 {quorum} 份", "{signed} signed opinions, {quorum} needed", "signed", "quorum");
    public static final Rule ASSESSED_RATE = Rule.of("programme.assessed-rate", "Ezhou 003 §四",
            "核定比例须在 0 与 {max} 之间", "the assessed rate must be between 0 and {max}", "max");

    // money
    public static final Rule BUDGET_EXCEEDED = Rule.of("programme.budget-exceeded", "Licheng 第十条",
            "{year} 年度预算余额 {remaining} 元不足以核定 {amount} 元",
            "the {year} budget has {remaining} left, not enough for {amount}", "year", "remaining", "amount");
    public static final Rule PAYMENT_REFERENCE = Rule.of("programme.payment-reference", Rule.PLATFORM,
            "请填写拨付凭证号", "give the payment reference");
    public static final Rule CLAWBACK_REASON = Rule.of("programme.clawback-reason", "Licheng 第十一条",
            "追回须说明理由", "a clawback needs its reason");

    private ProgrammeRules() {
    }
}
