package cn.ipfin.servicing;

import cn.ipfin.core.lending.Decision;
import cn.ipfin.core.servicing.ClassificationRules;
import cn.ipfin.core.servicing.LoanClassification;
import cn.ipfin.core.servicing.ServicingPosition;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bank's own five-category classification of a loan (2023 measures): it may be worse than the floor the days
 * past due set, with a reason, never better. It stays in force — the close applies the worse of it and the floor —
 * until the bank withdraws it; each choice is in the classification history and the ledger.
 */
@Service
public class Classifications {

    public record Entry(LocalDate effectiveOn, String classification, String previous, int dpd, String source,
                        String reason, String recordedBy) {
        public LoanClassification category() {
            return LoanClassification.valueOf(classification);
        }
    }

    private final JdbcClient jdbc;
    private final Repayments repayments;
    private final Positions positions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Classifications(JdbcClient jdbc, Repayments repayments, Positions positions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.repayments = repayments;
        this.positions = positions;
        this.events = events;
        this.clock = clock;
    }

    /** Records the bank's classification, or withdraws it with null; refused if better than the floor. */
    @Transactional
    public void classify(Actor actor, String loanNo, LoanClassification chosen, String reason) {
        Repayments.LoanRef loan = repayments.loanRef(actor, loanNo);
        if (!actor.has(Role.BANK_APPROVER) && !actor.has(Role.BANK_OFFICER)
                || !actor.visibleOrgIds().contains(loan.bankOrgId())) {
            throw new AccessDeniedException("only the lending bank classifies its loans");
        }
        ServicedLoan s = positions.lock(loan.id())
                .orElseThrow(ServicingRules.NOT_DISBURSED::violation);
        ServicingPosition p = s.position();
        if (chosen != null) {
            Decision decision = ClassificationRules.bankChoice(p.dpd(), chosen, reason);
            if (!decision.isAllowed()) throw ServicingRules.refusal(decision);
        }
        LoanClassification effective = ClassificationRules.effective(p.dpd(), chosen);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        ServicingPosition next = p.withClassification(effective, chosen);
        positions.update(new ServicedLoan(s.loanId(), s.bankOrgId(), s.enterpriseId(), s.active(), s.scheduleVersion(),
                s.spreadBp(), s.nextRepricingOn(), s.terms(), next, chosen == null ? null : why, s.version()));
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                        insert into loan_classification (loan_id, effective_on, classification, previous, dpd, source, reason,
                            recorded_by) values (:loan, :on, :c, :prev, :dpd, 'BANK', :reason, :by)""")
                .param("loan", loan.id()).param("on", today).param("c", effective.name())
                .param("prev", p.classification().name()).param("dpd", p.dpd())
                .param("reason", chosen == null ? "撤销银行自主分类 / bank classification withdrawn" : why)
                .param("by", actor.username()).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("classification", effective.name());
        details.put("bankChoice", chosen == null ? null : chosen.name());
        details.put("floor", LoanClassification.floorFor(p.dpd()).name());
        details.put("dpd", p.dpd());
        details.put("reason", why);
        events.publishEvent(new LedgerFact(actor, "LOAN", loan.loanNo(), "CLASSIFIED",
                List.of(loan.bankOrgId(), loan.enterpriseId()), Map.of("classification", p.classification().name()),
                Map.of("details", details)));
    }

    @Transactional(readOnly = true)
    public List<Entry> history(Actor actor, String loanNo) {
        Repayments.LoanRef loan = repayments.loanRef(actor, loanNo);
        return jdbc.sql("""
                        select effective_on, classification, previous, dpd, source, reason, recorded_by
                        from loan_classification where loan_id = :id order by effective_on, id""")
                .param("id", loan.id())
                .query((rs, i) -> new Entry(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }
}
