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
    EXPERT_POOL,
    /** 律师事务所: legal opinions for loans and securitizations. */
    LAW_FIRM,
    /** 信用评级机构. */
    RATING_AGENCY,
    /** 证券公司 / 券商资管: underwriting and ABS management. */
    SECURITIES_FIRM,
    /** 信托公司. */
    TRUST,
    /** 会计师事务所. */
    ACCOUNTING_FIRM,
    /**
     * The local office of the banking regulator (国家金融监督管理总局 派出机构, e.g. 济源监管组, 鄂州监管分局): receives the
     * banks' quarterly IP pledge statistics (seed 001; 003 §十一).
     */
    BANKING_REGULATOR,
    /** 中国人民银行 分支机构: monitors the district's IP pledge financing each quarter (003 §十一). */
    PBOC_BRANCH
}
