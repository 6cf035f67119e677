package cn.ipfin.party;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything the registry knows about one enterprise. */
public record EnterpriseProfile(EnterpriseSummary enterprise, List<Qualification> qualifications,
                                List<CreditFact> creditFacts, List<Financials> financials) {

    /** kind: SPECIALISED_SME, LITTLE_GIANT, HIGH_TECH, PRE_IPO. */
    public record Qualification(String kind, LocalDate grantedOn, LocalDate expiresOn, String source,
                                String certificateNo) {
    }

    /** kind: ABNORMAL_OPERATION (经营异常名录), DISHONEST (严重违法失信名单), OTHER_BAD_RECORD. */
    public record CreditFact(String kind, LocalDate listedOn, LocalDate removedOn, String source, String reason) {
        public boolean standsOn(LocalDate date) {
            return !listedOn.isAfter(date) && (removedOn == null || removedOn.isAfter(date));
        }
    }

    public record Financials(int year, BigDecimal revenue, BigDecimal profit, BigDecimal rdSpend, int employees) {
    }
}
