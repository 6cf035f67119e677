package cn.ipfin.core.asset;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where the pledge of a right is registered: patents at the patent office (专利权质押登记, CNIPA), trademarks at the
 * trademark office (商标专用权质权登记), copyrights at the copyright registration centre (著作权质权登记). One pledge
 * contract makes one registration per office, covering every right of that office it pledges, and securing one
 * amount (担保债权数额): a loan on a patent and a trademark has two registrations of the same debt, never one amount per
 * right.
 */
public enum PledgeOffice {
    PATENT_OFFICE,
    TRADEMARK_OFFICE,
    COPYRIGHT_OFFICE,
    OTHER;

    public static PledgeOffice of(IpKind kind) {
        if (kind.isPatent() || kind == IpKind.IC_LAYOUT_DESIGN) return PATENT_OFFICE;
        return switch (kind) {
            case TRADEMARK, GEOGRAPHICAL_INDICATION -> TRADEMARK_OFFICE;
            case COPYRIGHT, SOFTWARE_COPYRIGHT -> COPYRIGHT_OFFICE;
            default -> OTHER;
        };
    }

    /** The same mapping as a SQL {@code case} over a column holding {@link IpKind} names, for set-based reads. */
    public static String sqlCase(String kindColumn) {
        return Arrays.stream(IpKind.values())
                .map(k -> "when '" + k.name() + "' then '" + of(k).name() + "'")
                .collect(Collectors.joining(" ", "(case " + kindColumn + " ", " end)"));
    }
}
