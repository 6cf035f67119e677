package cn.ipfin.asset;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;

import java.time.LocalDate;

/**
 * Search criteria for IP assets; every field is optional.
 *
 * @param text          a fragment of the title or the number
 * @param expiresFrom   with expiresTo: the expiry window (e.g. rights that end within the loan term)
 * @param ownerId       only this enterprise's assets
 */
public record AssetQuery(String text, IpKind kind, LegalStatus status, LocalDate expiresFrom, LocalDate expiresTo,
                         Long ownerId) {

    public static AssetQuery all() {
        return new AssetQuery(null, null, null, null, null, null);
    }
}
