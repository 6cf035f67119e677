package cn.ipfin.asset;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;

import java.time.LocalDate;

/** An IP right as lists show it, with its (first) owner. */
public record IpAssetSummary(long id, IpKind kind, String number, String title, LocalDate filedOn,
                             LocalDate grantedOn, LocalDate expiresOn, LegalStatus status, Integer niceClass,
                             long ownerId, String ownerName, String ownerCreditCode, boolean pledged) {
}
