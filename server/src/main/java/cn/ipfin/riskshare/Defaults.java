package cn.ipfin.riskshare;

import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.servicing.DayClosed;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Default events (违约): a loan defaults by rule when servicing's published position shows it 90 or more days past due
 * or classified 次级 or worse, or when its bank accelerates it (宣布提前到期). The balances of that day are kept with the
 * event: the loss of a claim is computed from them.
 */
@Service
public class Defaults {

    static final int DPD_THRESHOLD = 90;
    /**
     * The loan's ledger action for a default event of loss sharing. Not lending's state name DEFAULTED: the loan's
     * state is lending's to change, and the ledger's last state action must stay the loan's state.
     */
    static final String DEFAULT_RECORDED = "DEFAULT_RECORDED";

    public record DefaultEvent(long loanId, String loanNo, long bankOrgId, long enterpriseId, String reason,
                               LocalDate defaultedOn, int dpd, String classification,
                               java.math.BigDecimal principal, java.math.BigDecimal interest, java.math.BigDecimal penalty) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Defaults(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** After each daily close has committed, the loans it brought to default. */
    @ApplicationModuleListener
    public void on(DayClosed closed) {
        detect(closed.businessDate());
    }

    /** Records the default of every loan the rule now catches; returns how many. */
    @Transactional
    public int detect(LocalDate on) {
        List<Object[]> added = jdbc.sql("""
                        with added as (
                            insert into loan_default (loan_id, bank_org_id, enterprise_id, reason, defaulted_on, dpd,
                                classification, principal_outstanding, interest_outstanding, penalty_due, recorded_by)
                            select s.loan_id, s.bank_org_id, s.enterprise_id,
                                   case when s.dpd >= :dpd then 'DPD_90' else 'SUBSTANDARD_OR_WORSE' end, :on, s.dpd,
                                   s.classification, s.principal_outstanding, s.overdue_interest, s.penalty_due, 'system'
                            from loan_servicing_view s
                            where s.principal_outstanding > 0
                              and (s.dpd >= :dpd or s.classification in ('SUBSTANDARD','DOUBTFUL','LOSS'))
                            on conflict (loan_id) do nothing
                            returning loan_id, bank_org_id, enterprise_id, reason, dpd, classification)
                        select a.loan_id, l.loan_no, a.bank_org_id, a.enterprise_id, a.reason, a.dpd, a.classification
                        from added a join loan_view l on l.id = a.loan_id order by a.loan_id""")
                .param("dpd", DPD_THRESHOLD).param("on", on)
                .query((rs, i) -> new Object[]{rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                        rs.getInt(6), rs.getString(7)})
                .list();
        for (Object[] d : added) {
            events.publishEvent(new LedgerFact(Actor.system(), "LOAN", (String) d[0], DEFAULT_RECORDED,
                    List.of((Long) d[1], (Long) d[2]), null,
                    Map.of("reason", d[3], "dpd", d[4], "classification", d[5], "on", on.toString())));
        }
        return added.size();
    }

    /** The bank declares the loan due at once (宣布提前到期): a default whatever its days past due. */
    @Transactional
    public void accelerate(Actor actor, String loanNo) {
        if (!actor.has(Role.BANK_OFFICER) && !actor.has(Role.BANK_APPROVER)) {
            throw new AccessDeniedException("only the lending bank accelerates a loan");
        }
        var row = jdbc.sql("""
                        select s.loan_id, s.bank_org_id, s.enterprise_id, s.dpd, s.classification, s.principal_outstanding,
                               s.overdue_interest, s.penalty_due
                        from loan_servicing_view s join loan_view l on l.id = s.loan_id
                        where l.loan_no = :no and s.bank_org_id = any(:orgs)""")
                .param("no", loanNo).param("orgs", Visibility.of(actor).get("orgs"))
                .query().listOfRows().stream().findFirst().orElseThrow(() -> new RecordNotFound("loan", loanNo));
        long loanId = ((Number) row.get("loan_id")).longValue();
        find(loanId).ifPresent(d -> {
            throw RiskShareRules.ALREADY_IN_DEFAULT.violation(d.defaultedOn());
        });
        if (((java.math.BigDecimal) row.get("principal_outstanding")).signum() <= 0) throw RiskShareRules.NO_LOSS.violation();
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                        insert into loan_default (loan_id, bank_org_id, enterprise_id, reason, defaulted_on, dpd, classification,
                            principal_outstanding, interest_outstanding, penalty_due, recorded_by)
                        values (:l, :b, :e, 'ACCELERATION', :on, :dpd, :c, :p, :i, :pen, :by)""")
                .param("l", loanId).param("b", row.get("bank_org_id")).param("e", row.get("enterprise_id"))
                .param("on", today).param("dpd", row.get("dpd")).param("c", row.get("classification"))
                .param("p", row.get("principal_outstanding")).param("i", row.get("overdue_interest"))
                .param("pen", row.get("penalty_due")).param("by", actor.username()).update();
        events.publishEvent(new LedgerFact(actor, "LOAN", loanNo, DEFAULT_RECORDED,
                List.of(((Number) row.get("bank_org_id")).longValue(), ((Number) row.get("enterprise_id")).longValue()),
                null, Map.of("reason", "ACCELERATION", "on", today.toString())));
    }

    public java.util.Optional<DefaultEvent> find(long loanId) {
        return jdbc.sql(EVENTS + " where d.loan_id = :l").param("l", loanId).query(this::event).optional();
    }

    /** The defaults the actor may see (its bank's, or the whole district's for the IP office), or the one loan's. */
    public List<DefaultEvent> visible(Actor actor, String loanNo) {
        return jdbc.sql(EVENTS + " where" + Visibility.anyOf("d.bank_org_id")
                        + "and (cast(:no as text) is null or l.loan_no = :no) order by d.defaulted_on desc, d.loan_id desc limit 200")
                .params(Visibility.of(actor)).param("no", loanNo == null || loanNo.isBlank() ? null : loanNo.strip())
                .query(this::event).list();
    }

    private static final String EVENTS = """
            select d.loan_id, l.loan_no, d.bank_org_id, d.enterprise_id, d.reason, d.defaulted_on, d.dpd, d.classification,
                   d.principal_outstanding, d.interest_outstanding, d.penalty_due
            from loan_default d join loan_view l on l.id = d.loan_id""";

    private DefaultEvent event(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new DefaultEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getString(8), rs.getBigDecimal(9),
                rs.getBigDecimal(10), rs.getBigDecimal(11));
    }
}
