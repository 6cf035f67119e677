package cn.ipfin.lending;

import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.party.DataAuthorisations;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Rule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 底层资产放款 (Longnan 二(二)4: "协调银行、信托、周转金机构协助发行主体放款至我市企业，完成底层资产放款"): at a
 * securitization issue, the loan to one enterprise of the frozen pool, made by the bank that assists the originator.
 * The exchange's review of the pool is the credit decision, so such a loan does not walk an application's steps (no
 * product, valuation or four eyes of a bank's own); it is disbursed the day it is recorded and published as
 * {@link LoanDisbursed}, from which servicing schedules and closes it like any other loan. At most one loan per project
 * and enterprise: asked again on the same terms, the command returns the loan it made; on other terms it refuses.
 */
@Service
public class UnderlyingLoans {

    /** The securitization side's own bounds on a rate (fraction), far outside any coupon plus fees. */
    private static final BigDecimal MAX_RATE = new BigDecimal("0.24");

    /**
     * @param annualRate the enterprise's all-in annual rate as a fraction (coupon plus the fees it bears)
     * @param purpose    shown on the loan, e.g. the project's name
     */
    public record UnderlyingLoan(long projectId, String purpose, long enterpriseId, long bankOrgId, BigDecimal principal,
                                 BigDecimal annualRate, int termMonths, RepaymentMethod method) {
    }

    private final JdbcClient jdbc;
    private final DisbursedLoans disbursed;
    private final DataAuthorisations authorisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnderlyingLoans(JdbcClient jdbc, DisbursedLoans disbursed, DataAuthorisations authorisations,
                    ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.disbursed = disbursed;
        this.authorisations = authorisations;
        this.events = events;
        this.clock = clock;
    }

    /** Disburses the loan today, or returns the one made earlier on the same terms; returns its loan number. */
    @Transactional
    public String disburse(Actor actor, UnderlyingLoan u) {
        if (!actor.has(Role.OPERATOR) && !actor.has(Role.IPO_OFFICER)) {
            throw new AccessDeniedException("underlying loans are recorded for a securitization project by its operator or the office");
        }
        Rule.check()
                .refuseIf(u.principal() == null || u.principal().signum() <= 0 || u.principal().scale() > 2
                        || u.principal().compareTo(new BigDecimal("10000000000")) > 0, LendingRules.UNDERLYING_TERMS, "本金 / principal")
                .refuseIf(u.annualRate() == null || u.annualRate().signum() <= 0 || u.annualRate().compareTo(MAX_RATE) > 0
                        || u.annualRate().scale() > 6, LendingRules.UNDERLYING_TERMS, "年利率 (0, 24%] / annual rate (0, 24%]")
                .refuseIf(u.termMonths() < 1 || u.termMonths() > 360, LendingRules.UNDERLYING_TERMS, "期限 1–360 月 / term 1–360 months")
                .refuseIf(u.method() == null || u.method() == RepaymentMethod.CUSTOM, LendingRules.UNDERLYING_TERMS, "还款方式 / repayment method")
                .refuseIf(u.purpose() == null || u.purpose().isBlank() || u.purpose().length() > 300, LendingRules.UNDERLYING_TERMS, "用途 / purpose")
                .orRefuse();
        String district = jdbc.sql("select district from organisation_view where id = :id").param("id", actor.orgId())
                .query(String.class).single();
        boolean bank = jdbc.sql("select count(*) > 0 from organisation_view where id = :id and type = 'BANK' and district = :d")
                .param("id", u.bankOrgId()).param("d", district).query(Boolean.class).single();
        boolean enterprise = jdbc.sql("select count(*) > 0 from enterprise_view where organisation_id = :id and district = :d")
                .param("id", u.enterpriseId()).param("d", district).query(Boolean.class).single();
        Rule.check()
                .refuseIf(!bank, LendingRules.UNDERLYING_LENDER)
                .refuseIf(!enterprise, LendingRules.UNDERLYING_BORROWER)
                .orRefuse();
        Optional<String> earlier = earlier(u);
        if (earlier.isPresent()) return earlier.get();

        LocalDate today = LocalDate.now(clock);
        long seq = jdbc.sql("select nextval('loan_application_seq')").query(Long.class).single();
        String loanNo = "LS" + today.getYear() + String.format("%06d", seq);
        String contractNo = "ABS" + u.projectId() + "-" + u.enterpriseId();
        long id = jdbc.sql("""
                        insert into loan (loan_no, enterprise_id, bank_org_id, principal, annual_rate, term_months, applied_on,
                            disbursed_on, maturity_on, state, purpose, repayment_method, prepared_by, approved_by, approved_on,
                            contract_no, contract_signed_on, securitization_project_id)
                        values (:no, :e, :bank, :principal, :rate, :term, :on, :on, :maturity, :state, :purpose, :method,
                            :by, :by, :on, :contract, :on, :project)
                        returning id""")
                .param("no", loanNo).param("e", u.enterpriseId()).param("bank", u.bankOrgId()).param("principal", u.principal())
                .param("rate", u.annualRate()).param("term", u.termMonths()).param("on", today)
                .param("maturity", today.plusMonths(u.termMonths())).param("state", LoanState.DISBURSED.name())
                .param("purpose", u.purpose().strip()).param("method", u.method().name()).param("by", actor.username())
                .param("contract", contractNo).param("project", u.projectId())
                .query(Long.class).single();
        // the enterprise's loan contract with the bank is its consent that the bank sees its data, as an application is
        authorisations.grant(u.enterpriseId(), u.bankOrgId(), clock.instant(), "证券化底层资产借款 " + loanNo);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", LoanState.DISBURSED.name());
        after.put("details", Map.of("securitizationProject", u.projectId(), "principal", u.principal(),
                "annualRate", u.annualRate(), "termMonths", u.termMonths(), "method", u.method().name(), "disbursedOn", today));
        events.publishEvent(new LedgerFact(actor, Transitions.SUBJECT, loanNo, "DISBURSED",
                List.of(u.bankOrgId(), u.enterpriseId()), null, after));
        events.publishEvent(disbursed.disbursed(id, today, actor.username()));
        return loanNo;
    }

    /** The loan made earlier for this project and enterprise; refused when its terms differ from these. */
    private Optional<String> earlier(UnderlyingLoan u) {
        record Made(String loanNo, long bank, BigDecimal principal, BigDecimal rate, int term, String method) {
        }
        return jdbc.sql("""
                        select loan_no, bank_org_id, principal, annual_rate, term_months, repayment_method from loan
                        where securitization_project_id = :p and enterprise_id = :e""")
                .param("p", u.projectId()).param("e", u.enterpriseId())
                .query((rs, i) -> new Made(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getInt(5), rs.getString(6)))
                .optional()
                .map(m -> {
                    boolean same = m.bank() == u.bankOrgId() && m.principal().compareTo(u.principal()) == 0
                            && m.rate().compareTo(u.annualRate()) == 0 && m.term() == u.termMonths()
                            && m.method().equals(u.method().name());
                    if (!same) throw LendingRules.UNDERLYING_DIFFERENT_TERMS.violation(m.loanNo());
                    return m.loanNo();
                });
    }
}
