package cn.ipfin.shared;

import cn.ipfin.core.party.OrgType;

/** What a user may do; each role belongs to one kind of organisation. */
public enum Role {
    /** 知识产权局 clerk: runs programmes, sees the whole district. */
    IPO_OFFICER(OrgType.IP_OFFICE),
    /** read-only examiner of ledgers and statistics (审计). */
    AUDITOR(OrgType.IP_OFFICE),
    /** 客户经理: prepares applications, follows up demands. */
    BANK_OFFICER(OrgType.BANK),
    /** 审批人: approves credit; never the officer who prepared it (four eyes). */
    BANK_APPROVER(OrgType.BANK),
    /**
     * 行内评估人员: the bank's own valuer (内部评估, seed 004 (四)), in the risk function, apart from the account manager
     * whose loans the collateral secures; values collateral internally and reviews (复核认定) external reports.
     */
    BANK_VALUER(OrgType.BANK),
    /** 企业财务负责人: maintains the enterprise's profile, IP, demands and applications. */
    ENTERPRISE_FINANCE(OrgType.ENTERPRISE),
    VALUER(OrgType.VALUATION_FIRM),
    GUARANTOR_OFFICER(OrgType.GUARANTOR),
    INSURER_OFFICER(OrgType.INSURER),
    OPERATOR(OrgType.SECURITIZATION_OPERATOR),
    EXPERT(OrgType.EXPERT_POOL),
    /** 金融监管 officer: reads the district's quarterly statistics and bulletins, and nothing else. */
    REGULATOR(OrgType.BANKING_REGULATOR),
    /** 人民银行 officer: the same read-only access to the statistics and bulletins. */
    PBOC_OFFICER(OrgType.PBOC_BRANCH);

    /** The roles of the financial regulators, who see supervision's statistics and bulletins only (issue 20). */
    public static final java.util.Set<Role> REGULATORS = java.util.EnumSet.of(REGULATOR, PBOC_OFFICER);

    private final OrgType orgType;

    Role(OrgType orgType) {
        this.orgType = orgType;
    }

    public OrgType orgType() {
        return orgType;
    }
}
