package cn.ipfin.securitization;

import cn.ipfin.shared.Rule;

/**
 * The refusals of securitization: inputs a cost estimate or a simulation cannot be computed from, and the order of a
 * project's work (Longnan 二(二)1–4: operator by tender, the guarantee before the exchange, the frozen pool before
 * issuance; Licheng 第四条: the money received only after issuance).
 */
public final class SecuritizationRules {

    public static final Rule COST_TERMS_INVALID = Rule.of("securitization.cost-terms-invalid", "Longnan 二(二)1 (附件2 成本测算)",
            "测算条件无效：{what}", "the estimate's terms are invalid: {what}", "what");

    public static final Rule SIMULATION_OUT_OF_RANGE = Rule.of("securitization.simulation-out-of-range", Rule.PLATFORM,
            "模拟参数超出范围：{what}", "a simulation parameter is out of range: {what}", "what");

    public static final Rule PROJECT_TERMS_INVALID = Rule.of("securitization.project-terms-invalid", "Longnan 二(一)",
            "项目信息无效：{what}", "the project's terms are invalid: {what}", "what");

    public static final Rule OPERATOR_BY_TENDER = Rule.of("securitization.operator-by-tender", "Longnan 二(二)1",
            "项目运营管理单位须为经公开招标选定的证券化运营机构，并填写招标编号",
            "the project operator must be a securitization operator chosen by public tender, with the tender's reference");

    public static final Rule TASK_ALREADY_DONE = Rule.of("securitization.task-already-done", Rule.PLATFORM,
            "该任务已于 {date} 完成", "the task was already done on {date}", "date");

    public static final Rule GUARANTEE_BEFORE_DECLARATION = Rule.of("securitization.guarantee-before-declaration", "Longnan 二(二)3",
            "担保机构出具正式担保函和内部决议后，方可向证券交易所申报",
            "the project goes to the exchange only after the guarantor's formal guarantee letter and internal resolution");

    public static final Rule ADJUSTMENT_REASON = Rule.of("securitization.adjustment-reason", "Longnan 二(二)2",
            "调整入池企业须写明理由", "including or excluding an enterprise by hand needs a written reason");

    public static final Rule POOL_FROZEN = Rule.of("securitization.pool-frozen", "Longnan 二(二)4",
            "资产池已于 {date} 锁定，不能再更改", "the asset pool was frozen on {date} and can no longer change", "date");

    public static final Rule POOL_EMPTY = Rule.of("securitization.pool-empty", Rule.PLATFORM,
            "资产池没有入池企业，不能锁定", "the asset pool has no enterprise in it and cannot be frozen");

    public static final Rule ISSUANCE_NEEDS_FROZEN_POOL = Rule.of("securitization.issuance-needs-frozen-pool", "Longnan 二(二)4",
            "发行前须确定并锁定发行企业名单（资产池）", "the pool of enterprises must be fixed (frozen) before issuance");

    public static final Rule FUNDS_AFTER_ISSUANCE = Rule.of("securitization.funds-after-issuance", "Licheng 第四条",
            "募集资金须在产品发行之后到位", "the money raised can only be received after the issue");

    public static final Rule DISBURSEMENT_AFTER_ISSUANCE = Rule.of("securitization.disbursement-after-issuance", "Longnan 二(二)4",
            "产品发行后方可向底层资产企业放款", "the underlying enterprises are lent to only after the issue");

    public static final Rule ALREADY_RECORDED = Rule.of("securitization.already-recorded", Rule.PLATFORM,
            "{what}已登记", "{what} is already recorded", "what");

    private SecuritizationRules() {
    }
}
