package cn.ipfin.datagen;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;

import java.time.LocalDate;

/**
 * An IP right. number is the CN application number with its check digit for patents (e.g. "ZL202310123456.7"
 * is shown, stored as "202310123456.7"), the registration number for trademarks, the registration number for
 * copyrights. niceClass is 1-45 for trademarks, else null. grantedOn and expiresOn may be null (pending).
 */
public record GeneratedIpAsset(String number, IpKind kind, String title, LocalDate filedOn, LocalDate grantedOn,
                               LocalDate expiresOn, LegalStatus status, Integer niceClass, int claims) {
}
