package cn.ipfin.servicing;

import cn.ipfin.core.lending.Decision;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.schedule.Instalment;
import cn.ipfin.core.schedule.RepaymentSchedule;
import cn.ipfin.core.servicing.PrepaymentOption;
import cn.ipfin.core.servicing.ScheduleRevision;
import cn.ipfin.core.servicing.ServicingPosition;
import cn.ipfin.core.servicing.ServicingTerms;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.lending.ServicedLoans;
import cn.ipfin.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Early repayment (提前还款: part, shortening the term or lowering the instalment; or the whole loan) and 展期, each a
 * new schedule version from today; the versions before stay as they were. Both need a loan with nothing overdue and
 * the current instalment either untouched or, on its due date, paid.
 */
@Service
public class ScheduleRevisions {

    private final Repayments repayments;
    private final Positions positions;
    private final ScheduleBook book;
    private final ServicedLoans servicedLoans;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScheduleRevisions(Repayments repayments, Positions positions, ScheduleBook book, ServicedLoans servicedLoans,
                      ApplicationEventPublisher events, Clock clock) {
        this.repayments = repayments;
        this.positions = positions;
        this.book = book;
        this.servicedLoans = servicedLoans;
        this.events = events;
        this.clock = clock;
    }

    /** What settling the loan today costs: the principal outstanding and the interest accrued to today. */
    public record Payoff(Money principal, Money accruedInterest) {
        public Money total() {
            return principal.plus(accruedInterest);
        }
    }

    @Transactional(readOnly = true)
    public Payoff payoffQuote(Actor actor, String loanNo) {
        Repayments.LoanRef loan = repayments.loanRef(actor, loanNo);
        ServicedLoan s = positions.find(loan.id()).orElseThrow(ServicingRules.NOT_DISBURSED::violation);
        return payoff(s.position(), LocalDate.now(clock));
    }

    /**
     * Repays part of the principal today with the interest accrued on it so far; {@code principal} is the part of
     * the principal, the receipt's amount adds the accrued interest. The same bank reference again returns the first
     * receipt.
     */
    @Transactional
    public Repayments.Receipt prepay(Actor actor, String loanNo, String bankReference, Money principal, PrepaymentOption option) {
        Repayments.LoanRef loan = repayments.loanRef(actor, loanNo);
        Repayments.requireBankOfficer(actor, loan);
        Optional<Repayments.Receipt> earlier = repayments.find(loan, bankReference);
        if (earlier.isPresent()) return earlier.get();
        if (principal == null || !principal.isPositive()) throw ServicingRules.PREPAYMENT_POSITIVE.violation();
        if (option == null) throw ServicingRules.PREPAYMENT_OPTION.violation();
        LocalDate today = LocalDate.now(clock);
        ServicedLoan s = repayments.lockedForToday(loan, today);
        requireNothingDue(s.position(), today);
        Payoff payoff = payoff(s.position(), today);
        if (!principal.isLessThan(payoff.principal())) {
            throw ServicingRules.PREPAYMENT_BELOW_OUTSTANDING.violation(principal, payoff.principal());
        }
        RepaymentSchedule current = book.load(loan.id(), s.scheduleVersion()).schedule();
        RepaymentSchedule next = ScheduleRevision.prepay(current, today, principal, option);
        int version = s.scheduleVersion() + 1;
        book.save(loan.id(), version, ScheduleBook.Reason.PREPAYMENT, today, next,
                option.name() + " " + principal, actor.username());
        ServicingPosition position = fromSchedule(s.position(), next, today, Money.zero());
        positions.update(new ServicedLoan(s.loanId(), s.bankOrgId(), s.enterpriseId(), true, version, s.spreadBp(),
                s.nextRepricingOn(), s.terms(), position, s.bankReason(), s.version()));
        Repayments.Receipt receipt = repayments.insert(actor, loan, bankReference, "PREPAYMENT", today,
                principal.plus(payoff.accruedInterest()), Money.zero(), Money.zero(), Money.zero(), Money.zero(),
                Money.zero(), payoff.accruedInterest(), principal);
        repayments.record(actor, loan, receipt, position);
        return receipt;
    }

    /** Repays everything today: the outstanding principal and the interest accrued to today; the pledges are released. */
    @Transactional
    public Repayments.Receipt settle(Actor actor, String loanNo, String bankReference, Money amount) {
        Repayments.LoanRef loan = repayments.loanRef(actor, loanNo);
        Repayments.requireBankOfficer(actor, loan);
        Optional<Repayments.Receipt> earlier = repayments.find(loan, bankReference);
        if (earlier.isPresent()) return earlier.get();
        LocalDate today = LocalDate.now(clock);
        ServicedLoan s = repayments.lockedForToday(loan, today);
        requireNothingDue(s.position(), today);
        Payoff payoff = payoff(s.position(), today);
        if (amount == null || !amount.equals(payoff.total())) {
            throw ServicingRules.SETTLEMENT_AMOUNT.violation(payoff.total(), payoff.principal(), payoff.accruedInterest());
        }
        ServicingPosition p = s.position();
        ServicingPosition settled = new ServicingPosition(Money.zero(), today, 0, null, Money.zero(), Money.zero(),
                Money.zero(), Money.zero(), Money.zero(), Money.zero(), Money.zero(), Money.zero(), null, p.dpd(),
                p.classification(), p.bankChoice(), p.closedThrough());
        positions.update(new ServicedLoan(s.loanId(), s.bankOrgId(), s.enterpriseId(), false, s.scheduleVersion(),
                s.spreadBp(), null, s.terms(), settled, s.bankReason(), s.version()));
        Repayments.Receipt receipt = repayments.insert(actor, loan, bankReference, "PAYOFF", today, amount, Money.zero(),
                Money.zero(), Money.zero(), Money.zero(), Money.zero(), payoff.accruedInterest(), payoff.principal());
        repayments.record(actor, loan, receipt, settled);
        servicedLoans.settle(actor, loan.id(), today);
        return receipt;
    }

    /**
     * 展期: the bank extends the maturity by {@code extraMonths}, within 《贷款通则》第十二条; the remaining balance is
     * re-amortised from the start of the current period, so interest accrued in it so far stays valid.
     */
    @Transactional
    public void extend(Actor actor, String loanNo, int extraMonths, String reason) {
        Repayments.LoanRef loan = repayments.loanRef(actor, loanNo);
        Repayments.requireBankOfficer(actor, loan);
        if (reason == null || reason.isBlank()) throw ServicingRules.EXTENSION_REASON.violation();
        LocalDate today = LocalDate.now(clock);
        ServicedLoan s = repayments.lockedForToday(loan, today);
        ServicingPosition p = s.position();
        requireBeforeTodaysClose(p, today);
        if (p.overdueTotal().isPositive()) {
            throw ServicingRules.EXTENSION_OVERDUE.violation();
        }
        if (p.nextDueOn() == null || p.nextPrincipalPaid().isPositive() || p.nextInterestPaid().isPositive()) {
            throw ServicingRules.EXTENSION_INSTALMENT.violation();
        }
        RepaymentSchedule original = book.load(loan.id(), 1).schedule();
        RepaymentSchedule current = book.load(loan.id(), s.scheduleVersion()).schedule();
        int extended = extendedPeriods(original, current);
        Decision allowed = ScheduleRevision.extensionAllowed(original.terms(), extended, extraMonths, today);
        if (!allowed.isAllowed()) throw ServicingRules.refusal(allowed);
        RepaymentSchedule next = ScheduleRevision.reschedule(current, original, p.periodStart(), extraMonths);
        int version = s.scheduleVersion() + 1;
        book.save(loan.id(), version, ScheduleBook.Reason.RESCHEDULE, today, next, reason.strip(), actor.username());
        // re-amortised from the start of the current period on the same balance and rate: what accrued so far stands
        ServicingPosition position = fromSchedule(p, next, p.periodStart(), p.accruedInterest());
        ServicingTerms terms = s.terms().withMaturity(next.terms().maturityDate());
        positions.update(new ServicedLoan(s.loanId(), s.bankOrgId(), s.enterpriseId(), true, version, s.spreadBp(),
                s.nextRepricingOn(), terms, position, s.bankReason(), s.version()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("extraMonths", extraMonths);
        details.put("maturityBefore", current.terms().maturityDate().toString());
        details.put("maturityAfter", next.terms().maturityDate().toString());
        details.put("scheduleVersion", version);
        details.put("reason", reason.strip());
        events.publishEvent(new LedgerFact(actor, "LOAN", loan.loanNo(), "EXTENDED",
                List.of(loan.bankOrgId(), loan.enterpriseId()), null, Map.of("details", details)));
    }

    /** A revision takes effect today, so it must come before today's close has accrued tonight's interest. */
    private static void requireBeforeTodaysClose(ServicingPosition p, LocalDate today) {
        if (!p.closedThrough().isBefore(today)) {
            throw ServicingRules.BEFORE_TODAYS_CLOSE.violation();
        }
    }

    /** Periods past the original maturity that earlier extensions added. */
    private static int extendedPeriods(RepaymentSchedule original, RepaymentSchedule current) {
        int originalLast = original.last().number();
        int currentLast = current.last().number();
        return Math.max(0, currentLast - originalLast);
    }

    private static void requireNothingDue(ServicingPosition p, LocalDate today) {
        requireBeforeTodaysClose(p, today);
        if (p.overdueTotal().isPositive()) {
            throw ServicingRules.OVERDUE_FIRST.violation(p.overdueTotal());
        }
        if (today.equals(p.nextDueOn()) && (!p.nextPrincipalPaid().equals(p.nextPrincipal())
                || !p.nextInterestPaid().equals(p.nextInterest()))) {
            throw ServicingRules.DUE_TODAY_FIRST.violation(p.nextNo());
        }
    }

    /** Principal still owed and the interest accrued to today on the current period (nothing is overdue here). */
    private static Payoff payoff(ServicingPosition p, LocalDate today) {
        if (today.equals(p.nextDueOn())) {
            // the instalment due today is paid (checked by the caller); what remains starts a new period today
            return new Payoff(p.scheduledBalance().minus(p.nextPrincipal()), Money.zero());
        }
        return new Payoff(p.principalOutstanding(), p.accruedInterest());
    }

    /** The position after a revision: the new schedule's first line is current, {@code accrued} so far since {@code from}. */
    private static ServicingPosition fromSchedule(ServicingPosition p, RepaymentSchedule next, LocalDate from, Money accrued) {
        Instalment first = next.first();
        return new ServicingPosition(next.terms().principal(), from, first.number(), first.dueDate(), first.principal(),
                first.interest(), Money.zero(), Money.zero(), accrued, p.overduePrincipal(), p.overdueInterest(),
                p.penaltyDue(), p.overdueSince(), p.dpd(), p.classification(), p.bankChoice(), p.closedThrough());
    }
}
