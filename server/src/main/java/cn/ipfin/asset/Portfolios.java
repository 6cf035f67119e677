package cn.ipfin.asset;

import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Named bundles of one enterprise's IP of one or several kinds ("专利+商标", seed 003 §二), pledged later as one
 * collateral.
 */
@Service
public class Portfolios {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Portfolios(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public record Portfolio(long id, long ownerId, String name, List<Long> assetIds) {
    }

    /**
     * @throws RuleViolation when the bundle is empty or holds an asset the
     *                                  owner does not own
     */
    @Transactional
    public Portfolio create(Actor actor, long ownerId, String name, List<Long> assetIds) {
        if (actor.orgId() != ownerId && !actor.has(Role.IPO_OFFICER)) {
            throw new AccessDeniedException("only the owner may bundle its assets");
        }
        if (assetIds.isEmpty()) {
            throw AssetRules.PORTFOLIO_EMPTY.violation();
        }
        List<Long> distinct = assetIds.stream().distinct().toList();
        long owned = jdbc.sql("select count(*) from ip_asset_owner where enterprise_id = :owner and asset_id in (:ids)")
                .param("owner", ownerId).param("ids", distinct).query(Long.class).single();
        if (owned != distinct.size()) {
            throw AssetRules.PORTFOLIO_OWNER.violation();
        }
        long id = jdbc.sql("insert into ip_portfolio (owner_id, name) values (:owner, :name) returning id")
                .param("owner", ownerId).param("name", name).query(Long.class).single();
        for (Long assetId : distinct) {
            jdbc.sql("insert into ip_portfolio_item (portfolio_id, asset_id) values (:p, :a)")
                    .param("p", id).param("a", assetId).update();
        }
        events.publishEvent(new LedgerFact(actor, "PORTFOLIO", Long.toString(id), "CREATED", List.of(ownerId), null,
                Map.of("name", name, "assets", distinct)));
        return new Portfolio(id, ownerId, name, distinct);
    }

    @Transactional(readOnly = true)
    public List<Portfolio> of(long ownerId) {
        return jdbc.sql("""
                        select p.id, p.owner_id, p.name, array_agg(i.asset_id order by i.asset_id)
                        from ip_portfolio p join ip_portfolio_item i on i.portfolio_id = p.id
                        where p.owner_id = :owner group by p.id order by p.name""")
                .param("owner", ownerId)
                .query((rs, i) -> new Portfolio(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        Arrays.asList((Long[]) rs.getArray(4).getArray())))
                .list();
    }
}
