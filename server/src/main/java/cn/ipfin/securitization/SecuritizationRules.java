package cn.ipfin.securitization;

import cn.ipfin.shared.Rule;

/** The refusals of the securitization pages: inputs a cost estimate or a simulation cannot be computed from. */
public final class SecuritizationRules {

    public static final Rule COST_TERMS_INVALID = Rule.of("securitization.cost-terms-invalid", "Longnan 二(二)1 (附件2 成本测算)",
            "测算条件无效：{what}", "the estimate's terms are invalid: {what}", "what");

    public static final Rule SIMULATION_OUT_OF_RANGE = Rule.of("securitization.simulation-out-of-range", Rule.PLATFORM,
            "模拟参数超出范围：{what}", "a simulation parameter is out of range: {what}", "what");

    private SecuritizationRules() {
    }
}
