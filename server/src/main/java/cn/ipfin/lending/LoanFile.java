package cn.ipfin.lending;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.lending.SecurityKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application and everything its steps recorded, as one reader sees it. {@code bankNote} is the bank's internal
 * note: null for anyone but the bank.
 */
public record LoanFile(Loan loan, Long productId, Integer productVersion, String productName, Long demandId,
                       String purpose, String repaymentMethod, String preparedBy, String approvedBy,
                       LocalDate approvedOn, BigDecimal lpr, Integer spreadBp, BigDecimal creditLimit, String contractNo,
                       LocalDate contractSignedOn, String closedReason, String bankNote, List<Collateral> collateral,
                       List<ChecklistItem> checklist, List<Document> documents, List<Security> securities,
                       List<ChangeOffer> changeRegistrationOffers) {

    /**
     * 变更登记 offered to the bank: the amount approved (the loan's principal once approved) is below the amount a
     * registration secures, so the registered 担保债权数额 should come down to it. One offer per registration, named by
     * one of its rights (the change applies to the whole registration).
     */
    public record ChangeOffer(String registrationNo, long assetId, String number, BigDecimal registered,
                              BigDecimal approved) {
    }

    static List<ChangeOffer> changeOffers(Loan loan, LocalDate approvedOn, List<Collateral> collateral) {
        if (approvedOn == null || !(loan.state() == LoanState.CONTRACT || loan.state().isOutstanding())) return List.of();
        var seen = new java.util.HashSet<String>();
        return collateral.stream()
                .filter(c -> c.registered() && c.securedAmount() != null && c.securedAmount().compareTo(loan.principal()) > 0)
                .filter(c -> seen.add(c.registrationNo()))
                .map(c -> new ChangeOffer(c.registrationNo(), c.assetId(), c.number(), c.securedAmount(), loan.principal()))
                .toList();
    }

    public record Collateral(long assetId, IpKind kind, String number, String title, String status,
                             LocalDate expiresOn, Long valuationId, BigDecimal appraisedValue, String valueSource,
                             String registrationNo, LocalDate registeredOn, LocalDate cancelledOn,
                             BigDecimal securedAmount, List<Long> consentedOwners, List<Long> owners) {
        public boolean registered() {
            return registrationNo != null && cancelledOn == null;
        }
    }

    public record ChecklistItem(String code, boolean done, String doneBy, Long documentId, String note) {
    }

    public record Document(long id, String itemCode, String filename, String contentType, int sizeBytes, String sha256,
                           String uploadedBy, Instant uploadedAt) {
    }

    public record Security(SecurityKind kind, long providerOrgId, String providerName, BigDecimal share,
                           String reference) {
    }

    public String loanNo() {
        return loan.loanNo();
    }

    public LoanState state() {
        return loan.state();
    }

    public int version() {
        return loan.version();
    }
}
