package cn.ipfin.party;

import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ConcurrentEditConflict;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One enterprise's profile: qualifications, credit facts and financials, and the enterprise's own maintenance of
 * its profile. Dated facts answer questions about any day ("was it on the dishonest list on 2025-03-01?").
 */
@Service
public class EnterpriseProfiles {

    private final JdbcClient jdbc;
    private final Enterprises enterprises;
    private final ApplicationEventPublisher events;

    EnterpriseProfiles(JdbcClient jdbc, Enterprises enterprises, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<EnterpriseProfile> profile(Actor actor, long id) {
        return enterprises.find(actor, id).map(e -> new EnterpriseProfile(e,
                jdbc.sql("select kind, granted_on, expires_on, source, certificate_no from enterprise_qualification"
                                + " where enterprise_id = :id order by granted_on")
                        .param("id", id)
                        .query((rs, i) -> new EnterpriseProfile.Qualification(rs.getString(1),
                                rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getString(4),
                                rs.getString(5)))
                        .list(),
                creditFacts(id),
                jdbc.sql("select year, revenue, profit, rd_spend, employees from enterprise_financials"
                                + " where enterprise_id = :id order by year")
                        .param("id", id)
                        .query((rs, i) -> new EnterpriseProfile.Financials(rs.getInt(1), rs.getBigDecimal(2),
                                rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getInt(5)))
                        .list()));
    }

    private List<EnterpriseProfile.CreditFact> creditFacts(long id) {
        return jdbc.sql("select kind, listed_on, removed_on, source, reason from enterprise_credit_fact"
                        + " where enterprise_id = :id order by listed_on")
                .param("id", id)
                .query((rs, i) -> new EnterpriseProfile.CreditFact(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)))
                .list();
    }

    /**
     * Whether the enterprise stood on the abnormal-operation list (经营异常名录) or the dishonest list
     * (严重违法失信名单) on the given day — the question of Licheng 第七条(一).
     */
    @Transactional(readOnly = true)
    public boolean creditListedOn(long enterpriseId, LocalDate date) {
        return creditFacts(enterpriseId).stream()
                .filter(f -> f.kind().equals("ABNORMAL_OPERATION") || f.kind().equals("DISHONEST"))
                .anyMatch(f -> f.standsOn(date));
    }

    /**
     * The enterprise maintains its own profile (the IP office may correct it). The caller states the version it
     * read; a concurrent change is refused, not overwritten. The change and its before/after go to the ledger.
     */
    @Transactional
    public EnterpriseSummary update(Actor actor, long id, int expectedVersion, ProfileChange change) {
        EnterpriseSummary before = enterprises.find(actor, id).orElseThrow(() -> new RecordNotFound("enterprise", id));
        if (actor.orgId() != id && !actor.has(Role.IPO_OFFICER)) {
            throw new AccessDeniedException("only the enterprise itself or the IP office may change its profile");
        }
        int updated = jdbc.sql("""
                        update enterprise set legal_representative = :rep, park = :park, industry_code = :industry,
                            industry_name = :industryName, size = :size, registered_capital = :capital,
                            version = version + 1
                        where organisation_id = :id and version = :version""")
                .param("rep", change.legalRepresentative()).param("park", change.park())
                .param("industry", change.industryCode()).param("industryName", change.industryName())
                .param("size", change.size()).param("capital", change.registeredCapital())
                .param("id", id).param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new ConcurrentEditConflict("enterprise", id, expectedVersion);
        }
        EnterpriseSummary after = enterprises.find(actor, id).orElseThrow();
        events.publishEvent(new LedgerFact(actor, "ENTERPRISE", after.creditCode(), "PROFILE_UPDATED", List.of(id),
                snapshot(before), snapshot(after)));
        return after;
    }

    private static Map<String, Object> snapshot(EnterpriseSummary e) {
        var m = new LinkedHashMap<String, Object>();
        m.put("legalRepresentative", e.legalRepresentative());
        m.put("park", e.park());
        m.put("industryCode", e.industryCode());
        m.put("industryName", e.industryName());
        m.put("size", e.size());
        m.put("registeredCapital", e.registeredCapital().toPlainString());
        return m;
    }

    public record ProfileChange(String legalRepresentative, String park, String industryCode, String industryName,
                                String size, BigDecimal registeredCapital) {
    }
}
