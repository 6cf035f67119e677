package cn.ipfin.whitelist;

/**
 * Facts about an enterprise the registry does not hold yet, recorded by the IP office for the whitelist:
 * 知识产权优势企业 / 示范企业 and 贯标 (GB/T 29490) certification (seed 001 三(一)2, 三(三)8) count as qualifications;
 * BANK_BORROWER (has borrowed from a bank, from the credit report) decides 首贷户 with the platform's own loans
 * (seed 004 (十六)).
 */
public enum WhitelistInput {
    IP_ADVANTAGE,
    IP_DEMONSTRATION,
    GBT29490,
    BANK_BORROWER
}
