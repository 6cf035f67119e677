/**
 * Reference data that every module reads and one module keeps (issue 12): the LPR table (贷款市场报价利率) that the
 * IP office extends as quotes are published, read by servicing (floating-rate repricing, the demo's history) and by
 * lending (approval pricing, the indicative rate of an application, the origination pages). Before this module,
 * lending read a compiled list that ended in 2025 while servicing read the table, so a quote entered by the IP office
 * changed repricing but not approval pricing. It depends only on {@code shared} and {@code ledger}, so both readers
 * can depend on it without a cycle (servicing already depends on lending).
 */

package cn.ipfin.reference;
