package cn.ipfin.servicing;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.servicing.RepaymentAllocation;
import cn.ipfin.core.servicing.RepaymentAllocation.Allocation;
import cn.ipfin.core.servicing.RepaymentAllocation.InstalmentDue;
import cn.ipfin.core.servicing.RepaymentAllocation.InstalmentPart;
import cn.ipfin.core.servicing.ServicingPosition;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.lending.ServicedLoans;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ApiRules;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.RequestFingerprint;
import cn.ipfin.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Regular repayments (还款), recorded by the lending bank with its transaction reference. Each is allocated in the
 * contract's order — penalty, overdue interest, overdue principal, then the current instalment's interest and
 * principal ({@link RepaymentAllocation}) — and is idempotent by the bank's reference: the same reference again
 * returns the first receipt and changes nothing. More than is due is refused (an early repayment is its own command),
 * so no money is ever left unallocated. Paying everything settles the loan and cancels its pledges.
 */
@Service
public class Repayments {

    private final JdbcClient jdbc;
    private final Positions positions;
    private final ServicedLoans servicedLoans;
    private final cn.ipfin.lending.Loans loans;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Repayments(JdbcClient jdbc, Positions positions, ServicedLoans servicedLoans, cn.ipfin.lending.Loans loans,
               ApplicationEventPublisher events, Clock clock) {
        this.loans = loans;
        this.jdbc = jdbc;
        this.positions = positions;
        this.servicedLoans = servicedLoans;
        this.events = events;
        this.clock = clock;
    }

    /** A repayment as recorded, with its allocation; {@code replay} when the reference had been recorded before. */
    public record Receipt(long id, String loanNo, String bankReference, String kind, LocalDate valueDate, BigDecimal amount,
                          BigDecimal penalty, BigDecimal overdueInterest, BigDecimal overduePrincipal,
                          BigDecimal currentInterest, BigDecimal currentPrincipal, BigDecimal accruedInterest,
                          BigDecimal prepaidPrincipal, String recordedBy, boolean replay) {
    }

    @Transactional
    public Receipt repay(Actor actor, String loanNo, String bankReference, Money amount) {
        return repay(actor, loanNo, bankReference, amount, null);
    }

    /**
     * Records a repayment once: the same bank reference again, or the same {@code idempotencyKey} (the
     * Idempotency-Key header) with the same request, returns the first receipt; the key with another request is
     * refused with 422.
     */
    @Transactional
    public Receipt repay(Actor actor, String loanNo, String bankReference, Money amount, String idempotencyKey) {
        LoanRef loan = loanRef(actor, loanNo);
        requireBankOfficer(actor, loan);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        byte[] fingerprint = null;
        if (key != null) {
            if (key.length() > 100) throw ApiRules.IDEMPOTENCY_KEY_TOO_LONG.violation();
            fingerprint = RequestFingerprint.of("REPAY", loan.loanNo(), bankReference == null ? "" : bankReference.strip(),
                    amount == null ? "" : amount.amount().stripTrailingZeros().toPlainString());
            Optional<Receipt> retried = findByKey(loan, key, fingerprint);
            if (retried.isPresent()) return retried.get();
        }
        Optional<Receipt> earlier = find(loan, bankReference);
        if (earlier.isPresent()) return earlier.get();
        if (amount == null || !amount.isPositive()) throw ServicingRules.REPAYMENT_POSITIVE.violation();
        LocalDate today = LocalDate.now(clock);
        ServicedLoan serviced = lockedForToday(loan, today);
        ServicingPosition p = serviced.position();
        List<InstalmentDue> dues = dues(loan.id(), today);
        Money due = RepaymentAllocation.totalDue(dues, p.penaltyDue(), today);
        if (due.isZero()) {
            throw ServicingRules.NOTHING_DUE.violation();
        }
        if (amount.isGreaterThan(due)) {
            throw ServicingRules.REPAYMENT_EXCEEDS_DUE.violation(amount, due);
        }
        Allocation allocation = RepaymentAllocation.allocate(dues, p.penaltyDue(), today, amount);
        ServicingPosition after = apply(loan.id(), p, allocation, today);
        boolean settled = isPaidOff(after);
        positions.update(new ServicedLoan(serviced.loanId(), serviced.bankOrgId(), serviced.enterpriseId(), !settled,
                serviced.scheduleVersion(), serviced.spreadBp(), serviced.nextRepricingOn(), serviced.terms(), after,
                serviced.bankReason(), serviced.version()));
        Receipt receipt = insert(actor, loan, bankReference, "REGULAR", today, amount, allocation.penalty(),
                allocation.overdueInterest(), allocation.overduePrincipal(), allocation.currentInterest(),
                allocation.currentPrincipal(), Money.zero(), Money.zero());
        if (key != null) remember(loan, receipt, key, fingerprint);
        record(actor, loan, receipt, after);
        if (settled) servicedLoans.settle(actor, loan.id(), today);
        return receipt;
    }

    /** What the borrower owes today, for the repayment form and the enterprise's view. */
    @Transactional(readOnly = true)
    public Money dueToday(Actor actor, String loanNo) {
        LoanRef loan = loanRef(actor, loanNo);
        ServicedLoan s = positions.find(loan.id()).orElseThrow(() -> new RecordNotFound("loan servicing", loanNo));
        return RepaymentAllocation.totalDue(dues(loan.id(), LocalDate.now(clock)), s.position().penaltyDue(), LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public List<Receipt> list(Actor actor, String loanNo) {
        LoanRef loan = loanRef(actor, loanNo);
        return jdbc.sql(SELECT + " where r.loan_id = :id order by r.id").param("id", loan.id())
                .query((rs, i) -> receipt(rs, loan.loanNo(), false)).list();
    }

    // ------------------------------------------------------------------------------------------------------------

    record LoanRef(long id, String loanNo, long bankOrgId, long enterpriseId) {
    }

    /** The loan if the actor may see it; recording money needs an officer of the lending bank. */
    LoanRef loanRef(Actor actor, String loanNo) {
        return loans.find(actor, loanNo).map(l -> new LoanRef(l.id(), l.loanNo(), l.bankOrgId(), l.enterpriseId()))
                .orElseThrow(() -> new RecordNotFound("loan", loanNo));
    }

    static void requireBankOfficer(Actor actor, LoanRef loan) {
        if (!actor.has(Role.BANK_OFFICER) || !actor.visibleOrgIds().contains(loan.bankOrgId())) {
            throw new AccessDeniedException("only the lending bank's officer records repayments and revisions");
        }
    }

    /** The loan locked, active, and closed through yesterday: today's allocation needs yesterday's close. */
    ServicedLoan lockedForToday(LoanRef loan, LocalDate today) {
        ServicedLoan s = positions.lock(loan.id())
                .orElseThrow(ServicingRules.NO_SCHEDULE::violation);
        if (!s.active()) throw ServicingRules.LOAN_REPAID.violation();
        LocalDate closed = s.position().closedThrough();
        if (closed.isBefore(today.minusDays(1))) {
            throw ServicingRules.CLOSED_THROUGH_YESTERDAY.violation(closed, today.minusDays(1));
        }
        return s;
    }

    /**
     * Each instalment number from the latest schedule version that has it: a revision replaces the lines after it, so
     * an older version's overdue lines stay what is owed.
     */
    private static final String LATEST_LINES = """
            (select distinct on (number) number, due_on, principal, principal_paid, interest, interest_paid
             from loan_instalment where loan_id = :id order by number, version_no desc) latest""";
    private static final String UNPAID = "(principal > principal_paid or interest > interest_paid)";

    /** Per instalment what is still owed, by the due date. */
    List<InstalmentDue> dues(long loanId, LocalDate through) {
        return jdbc.sql("select number, due_on, principal - principal_paid, interest - interest_paid from " + LATEST_LINES
                        + " where due_on <= :through and " + UNPAID + " order by due_on, number")
                .param("id", loanId).param("through", through)
                .query((rs, i) -> new InstalmentDue(rs.getInt(1), rs.getObject(2, LocalDate.class),
                        Money.of(rs.getBigDecimal(3)), Money.of(rs.getBigDecimal(4))))
                .list();
    }

    /** Writes the allocation to the instalments and returns the position after it. */
    private ServicingPosition apply(long loanId, ServicingPosition p, Allocation allocation, LocalDate today) {
        Money overdueInterest = p.overdueInterest();
        Money overduePrincipal = p.overduePrincipal();
        Money nextInterestPaid = p.nextInterestPaid();
        Money nextPrincipalPaid = p.nextPrincipalPaid();
        for (InstalmentPart part : allocation.parts()) {
            jdbc.sql("""
                            update loan_instalment i set interest_paid = interest_paid + :interest,
                                principal_paid = principal_paid + :principal,
                                settled_on = case when interest_paid + :interest = interest
                                                   and principal_paid + :principal = principal then :on end
                            where loan_id = :id and number = :n
                              and version_no = (select max(version_no) from loan_instalment where loan_id = :id and number = :n)""")
                    .param("interest", part.interest().amount()).param("principal", part.principal().amount())
                    .param("on", today).param("id", loanId).param("n", part.number()).update();
            boolean rolled = part.number() != p.nextNo();   // the current line rolls at tonight's close, the rest have
            if (rolled) {
                overdueInterest = overdueInterest.minus(part.interest());
                overduePrincipal = overduePrincipal.minus(part.principal());
            } else {
                nextInterestPaid = nextInterestPaid.plus(part.interest());
                nextPrincipalPaid = nextPrincipalPaid.plus(part.principal());
            }
        }
        LocalDate overdueSince = jdbc.sql("select min(due_on) from " + LATEST_LINES + " where due_on <= :closed and " + UNPAID)
                .param("id", loanId).param("closed", p.closedThrough()).query(LocalDate.class).optional().orElse(null);
        return new ServicingPosition(p.scheduledBalance(), p.periodStart(), p.nextNo(), p.nextDueOn(), p.nextPrincipal(),
                p.nextInterest(), nextPrincipalPaid, nextInterestPaid, p.accruedInterest(), overduePrincipal,
                overdueInterest, p.penaltyDue().minus(allocation.penalty()), overdueSince,
                // cured: nothing is past due any more, so the page shows 0 now, not the last close's count; the class
                // is re-derived by the next close (a cure does not upgrade a loan on the spot)
                overdueSince == null ? 0 : p.dpd(), p.classification(),
                p.bankChoice(), p.closedThrough());
    }

    /** Nothing left: no principal, no interest of the current line, no overdue amount, no penalty. */
    static boolean isPaidOff(ServicingPosition p) {
        return p.principalOutstanding().isZero() && p.overdueTotal().isZero()
                && p.nextInterestPaid().equals(p.nextInterest());
    }

    private static final String SELECT = """
            select r.id, r.loan_id, r.bank_reference, r.kind, r.value_date, r.amount, r.penalty, r.overdue_interest,
                   r.overdue_principal, r.current_interest, r.current_principal, r.accrued_interest, r.prepaid_principal,
                   r.recorded_by
            from loan_repayment r""";

    private static Receipt receipt(java.sql.ResultSet rs, String loanNo, boolean replay) throws java.sql.SQLException {
        return new Receipt(rs.getLong("id"), loanNo, rs.getString("bank_reference"), rs.getString("kind"),
                rs.getObject("value_date", LocalDate.class), rs.getBigDecimal("amount"), rs.getBigDecimal("penalty"),
                rs.getBigDecimal("overdue_interest"), rs.getBigDecimal("overdue_principal"),
                rs.getBigDecimal("current_interest"), rs.getBigDecimal("current_principal"),
                rs.getBigDecimal("accrued_interest"), rs.getBigDecimal("prepaid_principal"), rs.getString("recorded_by"),
                replay);
    }

    /** The receipt of an earlier request with this reference at the loan's bank; another loan's reference is refused. */
    Optional<Receipt> find(LoanRef loan, String bankReference) {
        if (bankReference == null || bankReference.isBlank() || bankReference.length() > 64) {
            throw ServicingRules.BANK_REFERENCE.violation();
        }
        var found = jdbc.sql(SELECT + " where r.bank_org_id = :bank and r.bank_reference = :ref")
                .param("bank", loan.bankOrgId()).param("ref", bankReference.strip())
                .query((rs, i) -> new Object[]{rs.getLong("loan_id"), receipt(rs, loan.loanNo(), true)}).optional();
        if (found.isEmpty()) return Optional.empty();
        if ((long) found.get()[0] != loan.id()) {
            throw ServicingRules.BANK_REFERENCE_REUSED.violation(bankReference);
        }
        return Optional.of((Receipt) found.get()[1]);
    }

    /** The receipt recorded under this Idempotency-Key at the loan's bank; the key with another request is refused. */
    private Optional<Receipt> findByKey(LoanRef loan, String key, byte[] fingerprint) {
        record Keyed(byte[] hash, Receipt receipt) {
        }
        return jdbc.sql(SELECT.replace("r.recorded_by", "r.recorded_by, r.request_hash")
                        + " where r.bank_org_id = :bank and r.idempotency_key = :key")
                .param("bank", loan.bankOrgId()).param("key", key)
                .query((rs, i) -> new Keyed(rs.getBytes("request_hash"), receipt(rs, loan.loanNo(), true))).optional()
                .map(found -> {
                    if (!RequestFingerprint.matches(found.hash(), fingerprint)) throw RequestFingerprint.keyReused();
                    return found.receipt();
                });
    }

    private void remember(LoanRef loan, Receipt receipt, String key, byte[] fingerprint) {
        try {
            jdbc.sql("update loan_repayment set idempotency_key = :key, request_hash = :hash where id = :id")
                    .param("key", key).param("hash", fingerprint).param("id", receipt.id()).update();
        } catch (DuplicateKeyException e) {
            // a concurrent request with the same key committed first: this one rolls back, the retry gets its receipt
            throw new cn.ipfin.shared.ConcurrentEditConflict("repayment", key, 0);
        }
    }

    Receipt insert(Actor actor, LoanRef loan, String bankReference, String kind, LocalDate valueDate, Money amount,
                   Money penalty, Money overdueInterest, Money overduePrincipal, Money currentInterest,
                   Money currentPrincipal, Money accruedInterest, Money prepaidPrincipal) {
        try {
            long id = jdbc.sql("""
                            insert into loan_repayment (loan_id, bank_org_id, bank_reference, kind, value_date, amount, penalty,
                                overdue_interest, overdue_principal, current_interest, current_principal, accrued_interest,
                                prepaid_principal, recorded_by, recorded_at)
                            values (:loan, :bank, :ref, :kind, :on, :amount, :penalty, :oi, :op, :ci, :cp, :ai, :pp, :by, :at)
                            returning id""")
                    .param("loan", loan.id()).param("bank", loan.bankOrgId()).param("ref", bankReference.strip())
                    .param("kind", kind).param("on", valueDate).param("amount", amount.amount())
                    .param("penalty", penalty.amount()).param("oi", overdueInterest.amount())
                    .param("op", overduePrincipal.amount()).param("ci", currentInterest.amount())
                    .param("cp", currentPrincipal.amount()).param("ai", accruedInterest.amount())
                    .param("pp", prepaidPrincipal.amount()).param("by", actor.username())
                    .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
            return jdbc.sql(SELECT + " where r.id = :id").param("id", id)
                    .query((rs, i) -> receipt(rs, loan.loanNo(), false)).single();
        } catch (DuplicateKeyException e) {
            // a concurrent request with the same reference committed first: this one rolls back, the client retries
            throw new cn.ipfin.shared.ConcurrentEditConflict("repayment", bankReference, 0);
        }
    }

    void record(Actor actor, LoanRef loan, Receipt r, ServicingPosition after) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bankReference", r.bankReference());
        details.put("kind", r.kind());
        details.put("valueDate", r.valueDate().toString());
        details.put("amount", r.amount().toPlainString());
        details.put("penalty", r.penalty().toPlainString());
        details.put("overdueInterest", r.overdueInterest().toPlainString());
        details.put("overduePrincipal", r.overduePrincipal().toPlainString());
        details.put("currentInterest", r.currentInterest().toPlainString());
        details.put("currentPrincipal", r.currentPrincipal().toPlainString());
        details.put("accruedInterest", r.accruedInterest().toPlainString());
        details.put("prepaidPrincipal", r.prepaidPrincipal().toPlainString());
        details.put("principalOutstanding", after.principalOutstanding().toString());
        events.publishEvent(new LedgerFact(actor, "LOAN", loan.loanNo(), "REPAYMENT",
                List.of(loan.bankOrgId(), loan.enterpriseId()), null, Map.of("details", details)));
    }
}
