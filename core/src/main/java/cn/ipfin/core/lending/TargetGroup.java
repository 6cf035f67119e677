package cn.ipfin.core.lending;

/** Which enterprises a product is for (seed 004 (十四) product handbook: e.g. 专精特新 only). */
public enum TargetGroup {
    ANY, SPECIALISED_SME, LITTLE_GIANT, HIGH_TECH
}
