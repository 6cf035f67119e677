package cn.ipfin.party;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Checks the profile form and names the message of its first problem (null when fine). */
final class ProfileForm {

    private static final Pattern INDUSTRY = Pattern.compile("[A-T]\\d{2,4}");

    private ProfileForm() {
    }

    static String check(String legalRepresentative, String industryCode, String industryName, String size,
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
