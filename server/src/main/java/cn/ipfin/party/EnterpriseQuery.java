package cn.ipfin.party;

/**
 * Search criteria for enterprises; every field is optional.
 *
 * @param text          a fragment of the name or of the unified social credit code
 * @param qualification SPECIALISED_SME, LITTLE_GIANT, HIGH_TECH or PRE_IPO held today
 * @param creditListed  true: only enterprises on the abnormal-operation or dishonest list today; false: only those not
 */
public record EnterpriseQuery(String text, String park, String industryCode, String qualification,
                              Boolean creditListed) {

    public static EnterpriseQuery all() {
        return new EnterpriseQuery(null, null, null, null, null);
    }

    public static EnterpriseQuery text(String text) {
        return new EnterpriseQuery(text, null, null, null, null);
    }
}
