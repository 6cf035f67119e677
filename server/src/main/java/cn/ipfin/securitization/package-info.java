/**
 * IP securitization (issue 18; seeds 002 Longnan, 000 Licheng, 004 (十)(十一)): the cost estimate of an issue
 * (Longnan 附件2) and the simulation of a pool's tranches under correlated defaults. The engines are in
 * {@code core.securitization}; this module gives them pages. Projects, phases and the asset pool drawn from the
 * registry are not built yet, so the module owns no tables.
 */
package cn.ipfin.securitization;
