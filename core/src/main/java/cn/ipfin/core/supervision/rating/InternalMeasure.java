package cn.ipfin.core.supervision.rating;

import cn.ipfin.core.words.BilingualName;

/** The internal measures the seeds ask a bank to adopt for its IP pledge lending, each with the article that asks. */
public enum InternalMeasure implements BilingualName {
    /** 004 (二十): "对经办人员在业务办理过程中已经尽职履责的，实行免责"; 001 三(二)4. */
    DUE_DILIGENCE_EXEMPTION("尽职免责制度", "due-diligence exemption rules", "Shenzhen 004 (二十); Jiyuan 001 三(二)4"),
    /** 004 (二十): "充分用好风险补偿办法、单列信贷计划". */
    SEPARATE_CREDIT_PLAN("知识产权质押贷款单列信贷计划", "separate credit plan for IP pledge loans", "Shenzhen 004 (二十)"),
    /** 004 (三): "建立制定专门的知识产权质押融资管理制度". */
    IP_PLEDGE_POLICY("知识产权质押融资专门管理制度", "dedicated IP pledge financing policy", "Shenzhen 004 (三)");

    private final Names names;
    private final String article;

    InternalMeasure(String zh, String en, String article) {
        this.names = new Names(zh, en);
        this.article = article;
    }

    public String article() {
        return article;
    }

    @Override
    public Names names() {
        return names;
    }
}
