package cn.ipfin.supervision;

import cn.ipfin.shared.Rule;

/**
 * The refusals of supervision: a bank's quarterly report (seed 001: "各银行机构于每季度后10日内…报送知识产权质押融资
 * 专项统计数据"; 四.2 names the indicators) and who may submit it.
 */
public final class SupervisionRules {

    private static final String REPORTING = "001 Jiyuan 三.3 季度通报 (cover letter: 各银行机构于每季度后10日内报送专项统计数据)";
    private static final String INDICATORS = "001 Jiyuan 四.2";

    public static final Rule BANKS_ONLY = Rule.of("supervision.banks-only", REPORTING,
            "只有银行机构报送本行的季度统计", "only a bank submits its own quarterly statistics");
    public static final Rule QUARTER_FORMAT = Rule.of("supervision.quarter-format", Rule.PLATFORM,
            "季度应写作 2026Q3", "write the quarter as 2026Q3");
    public static final Rule QUARTER_NOT_ENDED = Rule.of("supervision.quarter-not-ended", REPORTING,
            "{quarter} 尚未结束，季度结束后方可报送", "{quarter} has not ended yet; report it after it ends", "quarter");
    public static final Rule QUARTER_REPEATED = Rule.of("supervision.quarter-repeated", Rule.PLATFORM,
            "{quarter} 与第 {row} 行重复，每个季度一行", "{quarter} repeats row {row}; one row per quarter", "quarter", "row");
    public static final Rule CORRECTION_REASON = Rule.of("supervision.correction-reason", REPORTING,
            "{quarter} 已报送，报送后锁定；如需更正，请填写更正原因（将生成新版本）",
            "{quarter} was already submitted and is locked; give the reason to submit a correction as a new version",
            "quarter");
    public static final Rule NPL_ABOVE_BALANCE = Rule.of("supervision.npl-above-balance", INDICATORS,
            "不良贷款余额 {npl} 元大于贷款余额 {balance} 元", "the NPL balance {npl} exceeds the loan balance {balance}",
            "npl", "balance");
    public static final Rule NEW_AMOUNT_WITHOUT_LOANS = Rule.of("supervision.new-amount-without-loans", INDICATORS,
            "新增贷款笔数与新增金额须同为零或同大于零", "new loans and their amount are both zero or both positive");
    public static final Rule PERCENT_RANGE = Rule.of("supervision.percent-range", Rule.PLATFORM,
            "应为 0 至 100 之间的百分数，最多四位小数（如 1.52）",
            "a percentage between 0 and 100 with at most 4 decimals (e.g. 1.52)");

    // targets (004 (十七), 001 二)
    public static final Rule TARGET_GROWTH = Rule.of("supervision.target-growth", "004 Shenzhen (十七)",
            "增长目标应在 -100% 至 1000% 之间，最多两位小数", "a growth target is between -100 % and 1000 %, with at most 2 decimals");
    public static final Rule TARGET_YEAR = Rule.of("supervision.target-year", "004 Shenzhen (十七)",
            "只能设定本年度或下一年度的目标", "targets are set for this year or the next");

    // supervision history: the annual work summary
    public static final Rule SUMMARY_YEAR = Rule.of("supervision.summary-year", Rule.PLATFORM,
            "年度工作总结只能生成 2000 年至本年度的，{year} 不在其中",
            "the annual work summary covers a year from 2000 to this one; {year} is not", "year");

    private SupervisionRules() {
    }
}
