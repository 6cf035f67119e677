package cn.ipfin.core.riskshare;

/**
 * Who bears part of a defaulted loan's loss, or takes part of what its disposal brings back (seed 003 §五, seed 004
 * (二)(八)(九)(十一)). Declared in the order the platform lists them; the order of recoveries is the agreement's own.
 */
public enum RiskParty {
    /** The guarantor (担保机构), net of what its re-guarantor takes over. */
    GUARANTOR,
    /** The re-guarantee fund (再担保, e.g. 深圳市融资担保基金) taking part of the guarantor's share, seed 004 (九). */
    RE_GUARANTOR,
    /** The insurer under a pledge-loan guarantee insurance policy (保证保险), seed 004 (八). */
    INSURER,
    /** The district's risk-compensation fund pool (风险补偿资金池), seed 004 (二), seed 003 §五. */
    FUND,
    /** The lending bank: what nobody else bears stays with it. */
    BANK,
    /** The valuation firm, which takes its agreed part of recoveries only (seed 004 (十一)), never of the loss. */
    VALUATION_FIRM,
    /** The enterprise that pledged the asset: what a disposal brings beyond everyone's loss is returned to it. */
    PLEDGOR
}
