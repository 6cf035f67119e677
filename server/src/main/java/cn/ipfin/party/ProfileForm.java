package cn.ipfin.party;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The profile form as the user filled it in: kept as typed, so that a refused submission shows the user's own
 * input again with the message, not the stored values.
 */
record ProfileForm(int version, String legalRepresentative, String park, String industryCode, String industryName,
                   String size, String registeredCapital) {

    static ProfileForm of(EnterpriseSummary e) {
        return new ProfileForm(e.version(), e.legalRepresentative(), e.park(), e.industryCode(), e.industryName(),
                e.size(), e.registeredCapital().toPlainString());
    }

    /** The message key of the form's first problem, or null when it is fine. */
    String problem() {
        return check(legalRepresentative, industryCode, industryName, size, registeredCapital);
    }

    private static final Pattern INDUSTRY = Pattern.compile("[A-T]\\d{2,4}");

    private static String check(String legalRepresentative, String industryCode, String industryName, String size,
                        String capital) {
        if (legalRepresentative == null || legalRepresentative.isBlank() || legalRepresentative.length() > 60) {
            return "profile.error.legalRep";
        }
        if (industryCode == null || !INDUSTRY.matcher(industryCode.strip()).matches()) {
            return "validation.industryCode";
        }
        if (industryName == null || industryName.isBlank()) {
            return "profile.error.industryName";
        }
        if (!EnterpriseImport.SIZES.containsKey(size)) {
            return "validation.size";
        }
        try {
            BigDecimal amount = new BigDecimal(capital.replace(",", "").strip());
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                return "validation.yuan";
            }
        } catch (RuntimeException e) {
            return "validation.yuan";
        }
        return null;
    }
}
