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
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Opens servicing for a loan when it is disbursed (from {@link LoanDisbursed}'s payload): schedule version 1 from
 * the contract's terms (principal, rate, term, repayment method) and the product's 计息方式 (interest basis and day
 * count), penalty terms and rate type, and the position the first daily close starts from.
 */
@Component
class ServicingStart {

    /** The demo district's loans predate products; their contracts used the common terms. */
    static final PenaltyTerms DEFAULT_PENALTY = new PenaltyTerms(new BigDecimal("0.50"), true);

    private final ScheduleBook book;
    private final Positions positions;

    ServicingStart(ScheduleBook book, Positions positions) {
        this.book = book;
        this.positions = positions;
    }

    /** The contract as servicing needs it; product columns are null for loans made without a product. */
    record Contract(long loanId, long bankOrgId, long enterpriseId, Money principal, Rate rate, int termMonths,
                    RepaymentMethod method, Integer spreadBp, InterestConvention interest, PenaltyTerms penalty,
                    boolean floating, List<Money> customPrincipals) {
    }

    /**
     * Opens servicing once the disbursement has committed, in its own transaction, from the event's payload alone.
     * The event publication registry records the publication with the disbursement and completes it when this
     * returns; if it throws, the publication stays incomplete and is published again at the next start.
     */
    @ApplicationModuleListener
    public void on(LoanDisbursed event) {
        if (positions.find(event.loanId()).isPresent()) {
            return; // opened by an earlier delivery whose completion was not recorded
        }
        open(contract(event), event.disbursedOn(), event.disbursedBy());
    }

    /** The contract as disbursement published it. */
    static Contract contract(LoanDisbursed d) {
        String method = d.repaymentMethod();
        return new Contract(d.loanId(), d.bankOrgId(), d.enterpriseId(), Money.of(d.principal()), new Rate(d.annualRate()),
                d.termMonths(), method == null ? RepaymentMethod.EQUAL_INSTALMENTS : RepaymentMethod.valueOf(method),
                d.spreadBp(),
                // a loan made without a product follows the calculators' monthly convention
                d.interestBasis() == null ? InterestConvention.MONTHLY
                        : InterestConvention.of(InterestBasis.valueOf(d.interestBasis()), DayCount.valueOf(d.dayCount())),
                d.penaltyUplift() == null ? DEFAULT_PENALTY
                        : new PenaltyTerms(d.penaltyUplift(), Boolean.TRUE.equals(d.compoundInterest())),
                // priced as LPR + spread, the rate floats unless the product fixed it
                d.spreadBp() != null && !Boolean.FALSE.equals(d.floatingRate()),
                d.customPrincipals().stream().map(Money::of).toList());
    }

    /** Schedule version 1 and the position before the first close; returns the new servicing row. */
    ServicedLoan open(Contract c, LocalDate disbursedOn, String actor) {
        // a bullet schedule has one line at the end of termMonths periods; the others one line a month
        var scheduleTerms = ScheduleBook.terms(c.principal(), c.rate(), disbursedOn, c.termMonths(), c.method(), c.interest());
        RepaymentSchedule schedule = c.method() == RepaymentMethod.CUSTOM
                ? RepaymentSchedule.ofCustom(scheduleTerms, c.customPrincipals())
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
