package cn.ipfin.whitelist;

import cn.ipfin.shared.Rule;

/** The refusals of the whitelist (issue 19). */
public final class WhitelistRules {

    /** Seed 004 (十三): a bank sees an enterprise's data only with its authorisation, so it may not refer it without. */
    public static final Rule REFERRAL_NOT_AUTHORISED = Rule.of("whitelist.referral-not-authorised", "004 (十三)",
            "企业未向本行授权数据使用，不能提交评估：{enterprise}",
            "the enterprise has not authorised this bank to use its data, so it cannot be submitted for assessment: {enterprise}",
            "enterprise");

    public static final Rule PERIOD_EXISTS = Rule.of("whitelist.period-exists", Rule.PLATFORM,
            "{period} 的白名单已生成", "the whitelist of {period} has been generated already", "period");

    public static final Rule PERIOD_FORMAT = Rule.of("whitelist.period-format", Rule.PLATFORM,
            "期次格式为 年份+季度，如 2026Q4：{period}", "a period is a year and a quarter, e.g. 2026Q4: {period}", "period");

    /** A bank assesses only the tokens of its own release: a token of another bank's release means nothing to it. */
    public static final Rule TOKEN_UNKNOWN = Rule.of("whitelist.token-unknown", "004 (十三)",
            "本行 {period} 的预评估数据中没有该编号：{token}", "no such token in this bank's release of {period}: {token}",
            "period", "token");

    /** Seed 001 §三.8: the bank's ledger follows the entries pushed to it, and only those. */
    public static final Rule ENTRY_NOT_PUSHED = Rule.of("whitelist.entry-not-pushed", "001 §三.8",
            "该企业未在 {period} 推送给本行", "this enterprise was not pushed to this bank in {period}", "period");

    /**
     * Seed 004 (十三): a bank's own rule runs inside the platform over the ranges it was released, and may name
     * nothing else — no name, code, id, exact figure or token — and gives a decision or a score.
     */
    public static final Rule BANK_RULE_INVALID = Rule.of("whitelist.bank-rule-invalid", "004 (十三)",
            "评分规则只能使用已发布的区间特征（{variables}），结果须为是/否或数值：{why}",
            "a scoring rule may use only the released ranges ({variables}) and must give true/false or a number: {why}",
            "variables", "why");

    // ---- matchmaking events (seeds 001 三(三)9, 003 §八, 004 (十六)) ----

    public static final Rule EVENT_TITLE = Rule.of("whitelist.event-title", Rule.PLATFORM,
            "对接活动须有名称、日期和地点", "a matchmaking event needs a title, a date and a venue");

    /** Seed 001 三(三)9: the office brings whitelist enterprises and banks together; anyone else is not invited. */
    public static final Rule EVENT_INVITEE = Rule.of("whitelist.event-invitee", "001 三(三)9",
            "只能邀请白名单上且未撤回同意的企业，或银行：{org}",
            "only an enterprise on a whitelist that has not withdrawn its consent, or a bank, can be invited: {org}", "org");

    public static final Rule EVENT_NOT_HELD = Rule.of("whitelist.event-not-held", Rule.PLATFORM,
            "活动 {date} 举行，之前不能登记出席", "the event is held on {date}; attendance cannot be recorded before", "date");

    /** Seed 001 三(三)9 一对一银企对接: a contact is one bank and one enterprise that both came. */
    public static final Rule EVENT_CONTACT_NOT_ATTENDED = Rule.of("whitelist.event-contact-not-attended", "001 三(三)9",
            "银行和企业须都出席了该活动，才能登记对接", "both the bank and the enterprise must have attended to record a contact");

    /** Seed 003 §八: the matching ledger follows each contact to an application, or says why not. */
    public static final Rule EVENT_DECLINE_REASON = Rule.of("whitelist.event-decline-reason", "003 §八",
            "未达成申请须写明原因", "a contact that led to no application needs its reason");

    public static final Rule EVENT_APPLICATION_UNKNOWN = Rule.of("whitelist.event-application-unknown", "003 §八",
            "本行没有该企业的贷款申请：{loanNo}", "this bank has no loan application of this enterprise numbered {loanNo}",
            "loanNo");

    /** Seed 003 §七: the project library is published periodically, once per whitelist period. */
    public static final Rule LIBRARY_PUBLISHED = Rule.of("whitelist.library-published", "003 §七",
            "{period} 的项目库已发布", "the project library of {period} has been published already", "period");

    private WhitelistRules() {
    }
}
