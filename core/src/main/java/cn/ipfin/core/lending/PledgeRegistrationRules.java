package cn.ipfin.core.lending;

import cn.ipfin.core.asset.LegalStatus;

import java.time.LocalDate;
import java.util.Set;

/**
 * May this asset be registered as pledged for this loan? Models the national pledge registration's checks
 * (国家知识产权局 专利权质押登记办法 第十二条; 商标专用权质押登记程序): the pledgor is an owner and every co-owner consents, the
 * right is in force (not pending, lapsed, expired, invalidated or under invalidation), its term runs past the loan's
 * maturity, it is not pledged already and not frozen (查封/冻结).
 *
 * @param owners     every owner of the asset
 * @param consents   owners who consented to this pledge (the pledgor consents by applying)
 * @param openPledge the registration number of a pledge in force, or null
 */
public record PledgeRegistrationRules(String assetRef, long pledgorId, Set<Long> owners, Set<Long> consents,
                                      LegalStatus status, LocalDate expiresOn, LocalDate loanMaturity,
                                      String openPledge, boolean frozen) {

    public Decision decide() {
        boolean owner = owners.contains(pledgorId);
        long missing = owners.stream().filter(o -> o != pledgorId && !consents.contains(o)).count();
        return Decision.check()
                .refuseIf(!owner, "pledge.owner",
                        assetRef + "：出质人不是该知识产权的权利人", assetRef + ": the pledgor does not own the asset")
                .refuseIf(owner && missing > 0, "pledge.coOwners",
                        assetRef + "：尚有 " + missing + " 名共有人未同意出质",
                        assetRef + ": " + missing + " co-owner(s) have not consented to the pledge")
                .refuseIf(status != LegalStatus.IN_FORCE, "pledge.status",
                        assetRef + "：权利状态为“" + statusZh(status) + "”，只有有效的权利可以出质",
                        assetRef + ": the right is " + status + "; only a right in force can be pledged")
                .refuseIf(expiresOn != null && !expiresOn.isAfter(loanMaturity), "pledge.term",
                        assetRef + "：权利期限 " + expiresOn + " 届满，不晚于贷款到期日 " + loanMaturity,
                        assetRef + ": the right expires on " + expiresOn + ", not after the loan's maturity " + loanMaturity)
                .refuseIf(openPledge != null, "pledge.alreadyPledged",
                        assetRef + "：已质押（登记号 " + openPledge + "），未注销前不得重复出质",
                        assetRef + ": already pledged (registration " + openPledge + "); it must be cancelled first")
                .refuseIf(frozen, "pledge.frozen",
                        assetRef + "：该权利已被冻结（查封），不得出质", assetRef + ": the right is frozen and cannot be pledged")
                .build();
    }

    static String statusZh(LegalStatus status) {
        return switch (status) {
            case PENDING -> "审查中";
            case IN_FORCE -> "有效";
            case LAPSED -> "未缴年费终止";
            case EXPIRED -> "期限届满";
            case INVALIDATED -> "已宣告无效";
            case UNDER_INVALIDATION -> "无效宣告审查中";
        };
    }
}
