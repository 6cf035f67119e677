/**
 * IP securitization (issue 18; seeds 002 Longnan, 000 Licheng, 004 (十)(十一)): stored projects through Longnan's four
 * phases with their tasks and what is late, the asset pool screened from the registry (read through the owners'
 * views) and frozen, issuance and the money received ({@link cn.ipfin.securitization.SecuritizationProjects#isComplete}
 * is what the programme module asks), the cost estimate of an issue (Longnan 附件2) and the simulation of a pool's
 * tranches under correlated defaults. The engines are in {@code core.securitization}.
 */
package cn.ipfin.securitization;
