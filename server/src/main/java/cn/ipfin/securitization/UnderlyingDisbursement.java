package cn.ipfin.securitization;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.servicing.LoanClassification;
import cn.ipfin.lending.UnderlyingLoans;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Rule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 底层资产放款 (Longnan 二(二)4): once the issue is out, the bank that assists the originator lends to every enterprise
 * of the frozen pool its amount in the pool, for the project's term, at the enterprise's all-in rate, through lending's
 * {@link UnderlyingLoans}; servicing then services each loan. All the pool's loans are made in one transaction, or
 * none. The project page follows each loan's balance, days past due and class from servicing's published view.
 */
@Service
public class UnderlyingDisbursement {

    /** The terms the operator states: the disbursing bank, the annual rate in percent and the repayment method. */
    public record Terms(long bankOrgId, BigDecimal annualRatePercent, RepaymentMethod method) {
    }

    /** How the loans were made, once they were. */
    public record Made(LocalDate on, String bankName, BigDecimal annualRatePercent, RepaymentMethod method) {
    }

    /** One enterprise's loan as servicing sees it today; the servicing columns are null until servicing opened it. */
    public record Loan(long enterpriseId, String enterpriseName, BigDecimal amount, String loanNo,
                       BigDecimal principalOutstanding, Integer dpd, LoanClassification classification) {
    }

    private final SecuritizationProjects projects;
    private final AssetPools pools;
    private final UnderlyingLoans loans;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    UnderlyingDisbursement(SecuritizationProjects projects, AssetPools pools, UnderlyingLoans loans, JdbcClient jdbc,
                           ApplicationEventPublisher events) {
        this.projects = projects;
        this.pools = pools;
        this.loans = loans;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Lends to every enterprise in the frozen pool; returns the loan numbers in the pool's order. */
    @Transactional
    public List<String> disburse(Actor actor, long projectId, int expectedVersion, Terms terms) {
        var project = projects.editable(actor, projectId);
        if (project.issuedOn() == null) throw SecuritizationRules.DISBURSEMENT_AFTER_ISSUANCE.violation();
        if (made(projectId).isPresent()) throw SecuritizationRules.ALREADY_RECORDED.violation("底层资产放款 / the underlying loans");
        BigDecimal percent = terms.annualRatePercent();
        Rule.check()
                .refuseIf(percent == null || percent.signum() <= 0 || percent.scale() > 4, SecuritizationRules.PROJECT_TERMS_INVALID, "年利率 / annual rate")
                .refuseIf(terms.method() == null || terms.method() == RepaymentMethod.CUSTOM, SecuritizationRules.PROJECT_TERMS_INVALID, "还款方式 / repayment method")
                .orRefuse();
        projects.bump(projectId, expectedVersion);
        BigDecimal rate = percent.movePointLeft(2);
        List<String> made = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (AssetPools.Entry e : pools.pool(actor, projectId).included()) {
            String loanNo = loans.disburse(actor, new UnderlyingLoans.UnderlyingLoan(projectId,
                    "知识产权证券化底层资产：" + project.name(), e.enterpriseId(), terms.bankOrgId(), e.amount(), rate,
                    project.termMonths(), terms.method()));
            jdbc.sql("update securitization_pool_entry set loan_no = :no where project_id = :p and enterprise_id = :e")
                    .param("no", loanNo).param("p", projectId).param("e", e.enterpriseId()).update();
            made.add(loanNo);
            total = total.add(e.amount());
        }
        jdbc.sql("""
                        update securitization_project set underlying_disbursed_on = (select disbursed_on from loan_view where loan_no = :first),
                            underlying_bank_org_id = :bank, underlying_rate = :rate, underlying_method = :method
                        where id = :id""")
                .param("first", made.getFirst()).param("bank", terms.bankOrgId()).param("rate", rate)
                .param("method", terms.method().name()).param("id", projectId).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("bank", terms.bankOrgId());
        after.put("annualRate", rate);
        after.put("method", terms.method().name());
        after.put("loans", made);
        after.put("total", total);
        events.publishEvent(new LedgerFact(actor, SecuritizationProjects.SUBJECT, Long.toString(projectId), "UNDERLYING_DISBURSED",
                List.of(project.operatorOrgId(), terms.bankOrgId()), null, after));
        return made;
    }

    @Transactional(readOnly = true)
    public Optional<Made> made(long projectId) {
        return jdbc.sql("""
                        select p.underlying_disbursed_on, b.name, p.underlying_rate, p.underlying_method
                        from securitization_project p join organisation_view b on b.id = p.underlying_bank_org_id
                        where p.id = :id and p.underlying_disbursed_on is not null""")
                .param("id", projectId)
                .query((rs, i) -> new Made(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getBigDecimal(3).movePointRight(2).stripTrailingZeros(), RepaymentMethod.valueOf(rs.getString(4))))
                .optional();
    }

    /** The pool's loans with servicing's latest close of each. */
    @Transactional(readOnly = true)
    public List<Loan> loans(Actor actor, long projectId) {
        projects.find(actor, projectId);
        return jdbc.sql("""
                        select e.enterprise_id, e.enterprise_name, e.amount, e.loan_no, s.principal_outstanding, s.dpd,
                               s.classification
                        from securitization_pool_entry e
                        join loan_view l on l.loan_no = e.loan_no
                        left join loan_servicing_view s on s.loan_id = l.id
                        where e.project_id = :p order by e.loan_no""")
                .param("p", projectId)
                .query((rs, i) -> new Loan(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                        rs.getBigDecimal(5), (Integer) rs.getObject(6),
                        rs.getString(7) == null ? null : LoanClassification.valueOf(rs.getString(7))))
                .list();
    }

    /** The banks of the project's district, for the form. */
    @Transactional(readOnly = true)
    public Map<Long, String> banks(long projectId) {
        Map<Long, String> banks = new LinkedHashMap<>();
        jdbc.sql("""
                        select o.id, o.name from organisation_view o join securitization_project p on p.district = o.district
                        where p.id = :p and o.type = 'BANK' order by o.id""")
                .param("p", projectId).query((rs, i) -> banks.put(rs.getLong(1), rs.getString(2))).list();
        return banks;
    }
}
