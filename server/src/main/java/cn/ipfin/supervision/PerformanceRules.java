package cn.ipfin.supervision;

import cn.ipfin.shared.Rule;

/**
 * The refusals of the banks' performance side of supervision: the ranking and the demonstration-bank rating
 * (Shenzhen 004 (十七)) and the banks' internal measures (004 (二十)).
 */
public final class PerformanceRules {

    private static final String RATING = "Shenzhen 004 (十七) 示范银行评定";
    private static final String MEASURES = "Shenzhen 004 (二十)";
    private static final String SURVEYS = "Jiyuan 001 四.2 融资获得感; Ezhou 003 七";
    private static final String CASES = "Shenzhen 004 (十七) 典型案例; Jiyuan 001 四.2";

    public static final Rule RANKING_YEAR = Rule.of("supervision.ranking-year", RATING,
            "{year} 年尚未开始，只能对本年度及以前年度排名", "{year} has not begun; rank this year or an earlier one", "year");
    public static final Rule MEASURE_BANKS_ONLY = Rule.of("supervision.measure-banks-only", MEASURES,
            "只有银行机构登记本行的内部制度", "only a bank records its own internal measures");
    public static final Rule MEASURE_DOCUMENT = Rule.of("supervision.measure-document", Rule.PLATFORM,
            "请填写制度文件的文号和名称（不超过 200 字）", "give the document's number and title (at most 200 characters)");
    public static final Rule MEASURE_ADOPTED_LATER = Rule.of("supervision.measure-adopted-later", Rule.PLATFORM,
            "施行日期 {date} 晚于今天，请在施行后登记", "adopted on {date}, after today: record it once it is in force",
            "date");

    // typical cases (Shenzhen 004 (十七), Jiyuan 001 四.2–四.3)
    public static final Rule CASE_LOAN_NOT_FINANCED = Rule.of("supervision.case-loan-not-financed", CASES,
            "贷款 {loan} 不是本区已放款的知识产权质押贷款，不能作为典型案例", "loan {loan} is not a disbursed IP pledge loan of the district",
            "loan");
    public static final Rule CASE_ONE_PER_LOAN = Rule.of("supervision.case-one-per-loan", Rule.PLATFORM,
            "贷款 {loan} 已有典型案例，请编辑原案例", "loan {loan} already has a case; edit that one", "loan");
    public static final Rule CASE_TEXT = Rule.of("supervision.case-text", Rule.PLATFORM,
            "请填写标题（不超过 200 字）和正文", "give a title (at most 200 characters) and the text");
    public static final Rule CASE_PUBLISHED = Rule.of("supervision.case-published", CASES,
            "案例已发布，不能再修改", "the case is published and can no longer be changed");

    // satisfaction after financing (Jiyuan 001 四.2 融资获得感, Ezhou 003 七)
    public static final Rule SURVEY_OWN_LOAN = Rule.of("supervision.survey-own-loan", SURVEYS,
            "只能评价本企业已放款的贷款", "an enterprise rates only its own disbursed loans");
    public static final Rule SURVEY_ONCE = Rule.of("supervision.survey-once", Rule.PLATFORM,
            "这笔贷款已评价过，每笔贷款评价一次", "this loan is already rated; one answer per loan");
    public static final Rule SURVEY_SCORE = Rule.of("supervision.survey-score", Rule.PLATFORM,
            "每项评分为 1 至 5 分，意见不超过 500 字", "each score is 1 to 5, the comment at most 500 characters");

    // reminders for late quarterly reports (Jiyuan 001: 每季度后10日内报送)
    public static final Rule REMINDER_NOT_DUE = Rule.of("supervision.reminder-not-due",
            "001 Jiyuan 三.3 季度通报 (cover letter: 各银行机构于每季度后10日内报送专项统计数据)",
            "{quarter} 的报送期限 {due} 尚未届满，不能催报", "{quarter} is due on {due}, not yet past: nothing to remind of",
            "quarter", "due");

    private PerformanceRules() {
    }
}
