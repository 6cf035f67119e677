package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A valuation request as its readers see it; {@code value} is the current figure (pre-valued, adjusted or signed).
 * {@code internal}: an internal valuation (内部评估, seed 004 (四)) by the bank's own valuer, the bank standing in the
 * firm's place ({@code firmOrgId} is the bank). {@code bankReview}: the lending bank's own review and confirmation
 * (复核认定) of a signed report, CONFIRMED or REJECTED, distinct from the IP office's second review.
 */
public record Valuation(long id, ValuationState state, long requesterOrgId, String requesterName, long ownerId,
                        String ownerName, Long assetId, Long portfolioId, String subject, Long loanId,
                        long firmOrgId, String firmName, String firmStatus, String purpose, LocalDate valuationDate,
                        BigDecimal preValue, BigDecimal value, BigDecimal indicatorScore, String adjustmentReason,
                        String valuerUser, Instant signedAt, LocalDate validUntil, String reviewerUser,
                        String reviewOpinion, Instant reviewedAt, String requestedBy, Instant requestedAt,
                        int version, boolean internal, String bankReview, String bankReviewerUser,
                        String bankReviewOpinion, Instant bankReviewedAt) {

    /**
     * The organisations party to the request, who read its ledger entries; an internal valuation is the bank's own
     * working paper, read by the bank (and the IP office, which sees the district).
     */
    java.util.List<Long> parties() {
        if (internal) return java.util.List.of(requesterOrgId);
        return java.util.List.of(requesterOrgId, ownerId, firmOrgId).stream().distinct().toList();
    }
}
