package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A valuation request as its readers see it; {@code value} is the current figure (pre-valued, adjusted or signed). */
public record Valuation(long id, ValuationState state, long requesterOrgId, String requesterName, long ownerId,
                        String ownerName, Long assetId, Long portfolioId, String subject, Long loanId,
                        long firmOrgId, String firmName, String firmStatus, String purpose, LocalDate valuationDate,
                        BigDecimal preValue, BigDecimal value, BigDecimal indicatorScore, String adjustmentReason,
                        String valuerUser, Instant signedAt, LocalDate validUntil, String reviewerUser,
                        String reviewOpinion, Instant reviewedAt, String requestedBy, Instant requestedAt,
                        int version) {

    /** The organisations party to the request, who read its ledger entries. */
    java.util.List<Long> parties() {
        return java.util.List.of(requesterOrgId, ownerId, firmOrgId).stream().distinct().toList();
    }
}
