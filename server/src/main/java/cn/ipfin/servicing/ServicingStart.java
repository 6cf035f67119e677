package cn.ipfin.servicing;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.schedule.InterestBasis;
import cn.ipfin.core.schedule.InterestConvention;
import cn.ipfin.core.schedule.RepaymentSchedule;
import cn.ipfin.core.servicing.PenaltyTerms;
import cn.ipfin.core.servicing.ScheduleRevision;
import cn.ipfin.core.servicing.ServicingPosition;
import cn.ipfin.core.servicing.ServicingTerms;
import cn.ipfin.lending.LoanDisbursed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Opens servicing for a loan the moment it is disbursed, in the disbursement's transaction: schedule version 1 from
 * the contract's terms (principal, rate, term, repayment method) and the product's 计息方式 (interest basis and day
 * count), penalty terms and rate type, and the position the first daily close starts from.
 */
@Component
class ServicingStart {

    /** The demo district's loans predate products; their contracts used the common terms. */
    static final PenaltyTerms DEFAULT_PENALTY = new PenaltyTerms(new BigDecimal("0.50"), true);

    private final JdbcClient jdbc;
    private final ScheduleBook book;
    private final Positions positions;
    private final cn.ipfin.lending.RepaymentPlans plans;

    ServicingStart(JdbcClient jdbc, ScheduleBook book, Positions positions, cn.ipfin.lending.RepaymentPlans plans) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.book = book;
        this.positions = positions;
    }

    /** The contract as servicing needs it; product columns are null for loans made without a product. */
    record Contract(long loanId, long bankOrgId, long enterpriseId, Money principal, Rate rate, int termMonths,
                    RepaymentMethod method, Integer spreadBp, InterestConvention interest, PenaltyTerms penalty,
                    boolean floating) {
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LoanDisbursed event) {
        open(contract(event.loanId()), event.disbursedOn(), event.disbursedBy());
    }

    Contract contract(long loanId) {
        return jdbc.sql("""
                        select l.id, l.bank_org_id, l.enterprise_id, l.principal, l.annual_rate, l.term_months,
                               l.repayment_method, l.spread_bp, p.day_count, p.interest_basis, p.penalty_uplift, p.compound_interest,
                               p.floating_rate
                        from loan l left join loan_product p on p.id = l.product_id where l.id = :id""")
                .param("id", loanId)
                .query((rs, n) -> {
                    String method = rs.getString("repayment_method");
                    String dayCount = rs.getString("day_count");
                    String basis = rs.getString("interest_basis");
                    BigDecimal uplift = rs.getBigDecimal("penalty_uplift");
                    return new Contract(rs.getLong("id"), rs.getLong("bank_org_id"), rs.getLong("enterprise_id"),
                            Money.of(rs.getBigDecimal("principal")), new Rate(rs.getBigDecimal("annual_rate")),
                            rs.getInt("term_months"),
                            method == null ? RepaymentMethod.EQUAL_INSTALMENTS : RepaymentMethod.valueOf(method),
                            (Integer) rs.getObject("spread_bp"),
                            // a loan made without a product follows the calculators' monthly convention
                            basis == null ? InterestConvention.MONTHLY
                                    : InterestConvention.of(InterestBasis.valueOf(basis), DayCount.valueOf(dayCount)),
                            uplift == null ? DEFAULT_PENALTY : new PenaltyTerms(uplift, rs.getBoolean("compound_interest")),
                            // priced as LPR + spread, the rate floats unless the product fixed it
                            rs.getObject("spread_bp") != null && !Boolean.FALSE.equals(rs.getObject("floating_rate")));
                }).single();
    }

    /** Schedule version 1 and the position before the first close; returns the new servicing row. */
    ServicedLoan open(Contract c, LocalDate disbursedOn, String actor) {
        // a bullet schedule has one line at the end of termMonths periods; the others one line a month
        var scheduleTerms = ScheduleBook.terms(c.principal(), c.rate(), disbursedOn, c.termMonths(), c.method(), c.interest());
        RepaymentSchedule schedule = c.method() == RepaymentMethod.CUSTOM
                ? RepaymentSchedule.ofCustom(scheduleTerms, plans.of(c.loanId()))
                : RepaymentSchedule.of(scheduleTerms);
        book.save(c.loanId(), 1, ScheduleBook.Reason.DISBURSEMENT, disbursedOn, schedule, null, actor);
        var terms = new ServicingTerms(c.rate(), scheduleTerms.dayCount(), c.penalty(), schedule.terms().maturityDate(),
                scheduleTerms.interestBasis());
        var loan = new ServicedLoan(c.loanId(), c.bankOrgId(), c.enterpriseId(), true, 1,
                c.floating() ? c.spreadBp() : null,
                c.floating() ? ScheduleRevision.nextRepricingDate(disbursedOn, disbursedOn) : null, terms,
                ServicingPosition.atDisbursement(c.principal(), disbursedOn, schedule.first()), null, 0);
        positions.insert(loan);
        return loan;
    }
}
