package cn.ipfin.core.asset;

/** Kinds of intellectual property accepted as collateral (seed 001 §三.6, seed 004 (六)). */
public enum IpKind {
    INVENTION_PATENT,
    UTILITY_MODEL,
    DESIGN_PATENT,
    TRADEMARK,
    COPYRIGHT,
    SOFTWARE_COPYRIGHT,
    GEOGRAPHICAL_INDICATION,
    IC_LAYOUT_DESIGN,
    LICENCE_REVENUE_RIGHT;

    public boolean isPatent() {
        return this == INVENTION_PATENT || this == UTILITY_MODEL || this == DESIGN_PATENT;
    }
}
