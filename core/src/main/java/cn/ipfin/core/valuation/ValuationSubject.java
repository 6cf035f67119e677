package cn.ipfin.core.valuation;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The right being valued and the date of the valuation, as every approach needs them. {@code protectionStart} is the date the legal term counts from: the filing
 * date of a patent, the registration date of a trademark, the first publication of a (software) copyright.
 */
public record ValuationSubject(IpKind kind, LegalStatus legalStatus, LocalDate protectionStart, LocalDate valuationDate) {

    public ValuationSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(legalStatus, "legalStatus");
        Objects.requireNonNull(protectionStart, "protectionStart");
        Objects.requireNonNull(valuationDate, "valuationDate");
    }

    /** The legal gate of {@link LegalProtection#gateOpen}: false means every approach values the right at zero. */
    public boolean legalGateOpen() {
        return LegalProtection.gateOpen(kind, legalStatus, protectionStart, valuationDate);
    }
}
