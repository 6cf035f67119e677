package cn.ipfin.lending;

import cn.ipfin.core.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The contract of a disbursed loan as servicing needs it ({@link LoanDisbursed}): what disbursement publishes, and what
 * the demo's replay of a loan book that predates the platform (servicing's {@code ServicingHistory}) reads.
 */
@Component
public class DisbursedLoans {

    private final JdbcClient jdbc;
    private final RepaymentPlans plans;

    DisbursedLoans(JdbcClient jdbc, RepaymentPlans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    /** The loan's contract with its product's servicing terms (null columns for a loan without a product). */
    public LoanDisbursed disbursed(long loanId, LocalDate disbursedOn, String disbursedBy) {
        var custom = plans.of(loanId).stream().map(Money::amount).toList();
        return jdbc.sql("""
                        select l.id, l.loan_no, l.bank_org_id, l.enterprise_id, l.principal, l.annual_rate, l.term_months,
                               l.repayment_method, l.spread_bp, p.day_count, p.interest_basis, p.penalty_uplift,
                               p.compound_interest, p.floating_rate
                        from loan l left join loan_product p on p.id = l.product_id where l.id = :id""")
                .param("id", loanId)
                .query((rs, n) -> new LoanDisbursed(rs.getLong("id"), rs.getString("loan_no"), disbursedOn, disbursedBy,
                        rs.getLong("bank_org_id"), rs.getLong("enterprise_id"), rs.getBigDecimal("principal"),
                        rs.getBigDecimal("annual_rate"), rs.getInt("term_months"), rs.getString("repayment_method"),
                        (Integer) rs.getObject("spread_bp"), rs.getString("day_count"), rs.getString("interest_basis"),
                        rs.getBigDecimal("penalty_uplift"), (Boolean) rs.getObject("compound_interest"),
                        (Boolean) rs.getObject("floating_rate"), custom))
                .single();
    }
}
