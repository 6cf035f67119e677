/**
 * Default, loss sharing and disposal (issue 17): the district's risk-compensation fund pool with its enrolled loans and
 * postings, guarantee and insurance products and the cover they give a loan, default events from servicing's
 * positions, loss claims with each party's share, and disposal of the pledged rights with the recovery split agreed
 * before disposal. The arithmetic is in {@code cn.ipfin.core.riskshare}; this module stores it and records it in the
 * ledger.
 */
package cn.ipfin.riskshare;
