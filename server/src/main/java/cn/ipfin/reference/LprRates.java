package cn.ipfin.reference;

import cn.ipfin.core.money.LprTable;
import cn.ipfin.core.money.Rate;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The LPR table kept in the platform, the one source of the LPR for every module: the published history from the
 * migration, extended by the IP office as the National Interbank Funding Center publishes new quotes (on the 20th).
 * Approval pricing and applications (lending) and floating-rate repricing (servicing) read it, each quote from its
 * effective date.
 */
@Service
public class LprRates {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LprRates(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LprTable table() {
        return new LprTable(rows());
    }

    @Transactional(readOnly = true)
    public List<LprTable.Row> rows() {
        return jdbc.sql("select effective_on, one_year, over_five_years from lpr_rate order by effective_on")
                .query((rs, i) -> new LprTable.Row(rs.getObject(1, LocalDate.class), new Rate(rs.getBigDecimal(2)),
                        new Rate(rs.getBigDecimal(3))))
                .list();
    }

    /** A new quote; refused when a row for that date exists (a correction is a new row, never an edit). */
    @Transactional
    public void add(Actor actor, LocalDate effectiveOn, Rate oneYear, Rate overFiveYears) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("only the IP office maintains the LPR table");
        if (effectiveOn == null || oneYear == null || overFiveYears == null) {
            throw ReferenceRules.LPR_QUOTE_INCOMPLETE.violation();
        }
        for (Rate r : List.of(oneYear, overFiveYears)) {
            if (r.annualFraction().signum() <= 0 || r.annualFraction().compareTo(new java.math.BigDecimal("0.2")) >= 0) {
                throw ReferenceRules.LPR_QUOTE_RANGE.violation(r);
            }
        }
        try {
            jdbc.sql("""
                            insert into lpr_rate (effective_on, one_year, over_five_years, recorded_by, recorded_at)
                            values (:on, :one, :five, :by, :at)""")
                    .param("on", effectiveOn).param("one", oneYear.annualFraction()).param("five", overFiveYears.annualFraction())
                    .param("by", actor.username()).param("at", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw ReferenceRules.LPR_QUOTE_EXISTS.violation(effectiveOn);
        }
        events.publishEvent(new LedgerFact(actor, "LPR", effectiveOn.toString(), "PUBLISHED", List.of(actor.orgId()), null,
                Map.of("oneYear", oneYear.toString(), "overFiveYears", overFiveYears.toString())));
    }
}
