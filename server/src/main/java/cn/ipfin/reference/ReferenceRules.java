package cn.ipfin.reference;

import cn.ipfin.shared.Rule;

/** The refusals of the reference data the IP office keeps (the LPR table). */
public final class ReferenceRules {

    public static final Rule LPR_QUOTE_INCOMPLETE = Rule.of("reference.lpr-quote-incomplete", Rule.PLATFORM,
            "请填写生效日期与两档报价", "give the effective date and both quotes");

    public static final Rule LPR_QUOTE_RANGE = Rule.of("reference.lpr-quote-range", Rule.PLATFORM,
            "LPR 报价须大于 0 且小于 20%：{quote}", "an LPR quote must be above 0 and below 20%: {quote}", "quote");

    /** A published quote is never edited: a correction is a quote of another date (the ledger keeps both). */
    public static final Rule LPR_QUOTE_EXISTS = Rule.of("reference.lpr-quote-exists", Rule.PLATFORM,
            "{date} 已有 LPR 报价", "an LPR quote for {date} exists already", "date");

    private ReferenceRules() {
    }
}
