package cn.ipfin.whitelist;

/** Where a pushed whitelist entry stands at the bank (seed 001 §三.8: tracked one by one). */
public enum PushStatus {
    PUSHED,
    CONTACTED,
    APPLIED,
    FINANCED,
    DECLINED
}
