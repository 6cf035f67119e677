package cn.ipfin.asset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One IP right with its facts, owners, legal-status timeline, transfers and pledges. */
public record IpAssetDetail(IpAssetSummary asset, List<String> ipcClasses, List<String> inventors, int claims,
                            int citedBy, int familySize, LocalDate annuityPaidUntil, String goodsServices,
                            List<Owner> owners, List<LegalEvent> timeline, List<Pledge> pledges) {

    @io.swagger.v3.oas.annotations.media.Schema(name = "AssetOwner")
    public record Owner(long enterpriseId, String name, String creditCode, BigDecimal share) {
    }

    public record LegalEvent(LocalDate occurredOn, String status, String event, String note, String source) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "AssetPledge")
    public record Pledge(String registrationNo, String pledgeeName, LocalDate registeredOn, LocalDate cancelledOn) {
        public boolean inForceOn(LocalDate date) {
            return !registeredOn.isAfter(date) && (cancelledOn == null || cancelledOn.isAfter(date));
        }
    }
}
