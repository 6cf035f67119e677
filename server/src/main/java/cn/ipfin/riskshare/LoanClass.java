package cn.ipfin.riskshare;

/** The class of an enrolled loan, which decides the fund's compensation ratio (a guaranteed loan shares more widely). */
enum LoanClass {
    PLEDGE,
    PLEDGE_GUARANTEE,
    PLEDGE_INSURANCE
}
