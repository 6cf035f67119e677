/**
 * Whitelists (issue 19; seeds 001 §三.8, 003 §一/§七, 004 (十三)(十六)): each period the IP office scores the
 * district's enterprises with the "IP + credit" card ({@code core.scoring}) and takes the candidates its rules admit;
 * banks pre-assess them "usable but invisible" on k-anonymous releases of tokens and ranges ({@code core.whitelist});
 * the office pushes the whitelist of the enterprises a bank selected and that consented, and the bank tracks each
 * entry (contacted, applied, financed, declined). Reverse direction: a bank submits an applicant that authorised it
 * and gets the office's assessment. It reads the registry, assets, valuations and loans only through their
 * published views.
 */
package cn.ipfin.whitelist;
