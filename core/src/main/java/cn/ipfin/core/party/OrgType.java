package cn.ipfin.core.party;

/** The kinds of organisation that take part in IP pledge financing (domain.md, "Who uses it"). */
public enum OrgType {
    /** 知识产权局 / 市场监督管理局: runs programmes, whitelists, statistics. */
    IP_OFFICE,
    /** 银行 (incl. 科技支行 branches). */
    BANK,
    /** 用资企业: the SME that borrows against its IP. */
    ENTERPRISE,
    /** 评估机构. */
    VALUATION_FIRM,
    /** 担保 / 再担保. */
    GUARANTOR,
    /** 保险. */
    INSURER,
    /** 证券化项目运营管理单位 and its service institutions. */
    SECURITIZATION_OPERATOR,
    /** 专家库: experts who review subsidy applications and valuations. */
    EXPERT_POOL
}
