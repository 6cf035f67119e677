package cn.ipfin.lending;

import cn.ipfin.asset.Pledges;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state changes servicing makes to a disbursed loan: overdue and back (from the daily close, set-based), and
 * settlement, which cancels (注销) the loan's pledges in the registry so the assets are free again. Always inside
 * the caller's transaction.
 */
@Service
public class ServicedLoans {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Pledges pledges;

    ServicedLoans(JdbcClient jdbc, ApplicationEventPublisher events, Pledges pledges) {
        this.pledges = pledges;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * DISBURSED ↔ OVERDUE for the given loans, each change in the ledger; returns how many changed. Loans in other
     * states (DEFAULTED, REPAID) are left alone.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int markOverdue(Actor actor, Collection<Long> loanIds, boolean overdue) {
        if (loanIds.isEmpty()) return 0;
        String from = overdue ? LoanState.DISBURSED.name() : LoanState.OVERDUE.name();
        String to = overdue ? LoanState.OVERDUE.name() : LoanState.DISBURSED.name();
        var changed = jdbc.sql("""
                        update loan set state = :to, version = version + 1 where id = any(:ids) and state = :from
                        returning loan_no, version, bank_org_id, enterprise_id""")
                .param("to", to).param("from", from).param("ids", loanIds.toArray(Long[]::new))
                .query((rs, i) -> new Object[]{rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)}).list();
        for (Object[] c : changed) {
            events.publishEvent(new LedgerFact(actor, Transitions.SUBJECT, (String) c[0], to, List.of((Long) c[2], (Long) c[3]),
                    Map.of("state", from, "version", (int) c[1] - 1), Map.of("state", to, "version", c[1])));
        }
        return changed.size();
    }

    /**
     * The loan is repaid in full: REPAID, and every pledge still registered for it is cancelled on {@code on},
     * each cancellation in the ledger with the registration number.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void settle(Actor actor, long loanId, LocalDate on) {
        var loan = jdbc.sql("select loan_no, state, version, bank_org_id, enterprise_id from loan where id = :id for update")
                .param("id", loanId)
                .query((rs, i) -> new Object[]{rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5)})
                .single();
        String loanNo = (String) loan[0];
        List<Long> parties = List.of((Long) loan[3], (Long) loan[4]);
        var pledges = this.pledges.cancelAll(loanId, on);
        for (var p : pledges) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("asset", p.assetNumber());
            details.put("registrationNo", p.registrationNo());
            details.put("reason", "贷款结清 / loan repaid");
            events.publishEvent(new LedgerFact(actor, Transitions.SUBJECT, loanNo, "PLEDGE_CANCELLED", parties, null,
                    Map.of("details", details)));
        }
        jdbc.sql("update loan set state = 'REPAID', version = version + 1 where id = :id").param("id", loanId).update();
        events.publishEvent(new LedgerFact(actor, Transitions.SUBJECT, loanNo, LoanState.REPAID.name(), parties,
                Map.of("state", loan[1], "version", loan[2]), Map.of("state", "REPAID", "version", (int) loan[2] + 1,
                        "details", Map.of("settledOn", on))));
    }
}
