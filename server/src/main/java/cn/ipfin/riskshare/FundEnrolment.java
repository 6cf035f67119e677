package cn.ipfin.riskshare;

import cn.ipfin.core.money.Money;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.lending.LoanDisbursed;
import cn.ipfin.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enrols a qualifying loan in its district's fund when it is disbursed (seed 004 (二)): the enterprise's district has a
 * fund and the principal is within the fund's ceiling for SME loans. The loan's class — a pure pledge, or also
 * guaranteed or insured — is fixed from the cover attached before disbursement, and with it the compensation ratio.
 */
@Component
class FundEnrolment {

    private final JdbcClient jdbc;
    private final RiskFunds funds;
    private final ApplicationEventPublisher events;

    FundEnrolment(JdbcClient jdbc, RiskFunds funds, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.funds = funds;
        this.events = events;
    }

    /** After the disbursement commits, in its own transaction; a second delivery finds the loan enrolled already. */
    @ApplicationModuleListener
    public void on(LoanDisbursed event) {
        enrol(event.loanId(), event.loanNo(), event.bankOrgId(), event.enterpriseId(), Money.of(event.principal()),
                event.disbursedOn());
    }

    /** Whether the loan was enrolled now. */
    boolean enrol(long loanId, String loanNo, long bankOrgId, long enterpriseId, Money principal, java.time.LocalDate on) {
        Optional<String> district = jdbc.sql("select district from enterprise_view where organisation_id = :e")
                .param("e", enterpriseId).query(String.class).optional();
        Optional<RiskFunds.Fund> fund = district.flatMap(funds::forDistrict);
        if (fund.isEmpty() || principal.isGreaterThan(fund.get().maxPrincipal())) return false;
        List<String> covers = jdbc.sql("select kind from risk_cover where loan_id = :l").param("l", loanId)
                .query(String.class).list();
        LoanClass loanClass = covers.contains("GUARANTEE") ? LoanClass.PLEDGE_GUARANTEE
                : covers.contains("INSURANCE") ? LoanClass.PLEDGE_INSURANCE : LoanClass.PLEDGE;
        BigDecimal ratio = fund.get().ratios().get(loanClass.name());
        int added = jdbc.sql("""
                        insert into risk_fund_loan (loan_id, fund_id, bank_org_id, enterprise_id, loan_class, ratio, principal,
                            enrolled_on) values (:l, :f, :b, :e, :c, :r, :p, :on) on conflict (loan_id) do nothing""")
                .param("l", loanId).param("f", fund.get().id()).param("b", bankOrgId).param("e", enterpriseId)
                .param("c", loanClass.name()).param("r", ratio).param("p", principal.amount()).param("on", on).update();
        if (added == 0) return false;
        events.publishEvent(new LedgerFact(Actor.system(), "LOAN", loanNo, "FUND_ENROLLED", List.of(bankOrgId, enterpriseId),
                null, Map.of("fund", fund.get().district(), "class", loanClass.name(), "ratio", ratio.toPlainString())));
        return true;
    }
}
