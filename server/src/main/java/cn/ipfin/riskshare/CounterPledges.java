package cn.ipfin.riskshare;

import cn.ipfin.asset.Pledges;
import cn.ipfin.core.money.Money;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Counter-pledges (反担保质押, Shenzhen 004 (十五): 担保机构、保险机构开展知识产权质押登记业务): a guarantor or insurer
 * that covers a loan takes a pledge of one of the borrower's other rights, registered in asset's register through
 * {@link Pledges#registerCounterPledge} as a bank's pledge is, with the provider as pledgee. It secures what the cover
 * can cost the provider: the loan's principal × its coverage ratio, at most the cover's cap.
 */
@Service
public class CounterPledges {

    public record CounterPledge(long id, String loanNo, long providerOrgId, String provider, long enterpriseId,
                                String assetNumber, String registrationNo, Money securedAmount, LocalDate registeredOn,
                                LocalDate releasedOn) {
    }

    private final JdbcClient jdbc;
    private final Pledges pledges;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CounterPledges(JdbcClient jdbc, Pledges pledges, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.pledges = pledges;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long register(Actor actor, String loanNo, String assetNumber) {
        if (!actor.has(Role.GUARANTOR_OFFICER) && !actor.has(Role.INSURER_OFFICER)) {
            throw new AccessDeniedException("a guarantor or insurer takes a counter-pledge");
        }
        var loan = jdbc.sql("select id, enterprise_id, principal from loan_view where loan_no = :no").param("no", loanNo)
                .query((rs, i) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)}).optional()
                .orElseThrow(() -> new RecordNotFound("loan", loanNo));
        long loanId = (Long) loan[0];
        long enterpriseId = (Long) loan[1];
        Money secured = jdbc.sql("""
                        select coverage_ratio, cap from risk_cover where loan_id = :l and provider_org_id = :p""")
                .param("l", loanId).param("p", actor.orgId())
                .query((rs, i) -> Money.of((BigDecimal) loan[2]).times(rs.getBigDecimal(1), RoundingMode.DOWN)
                        .min(Money.of(rs.getBigDecimal(2))))
                .optional().orElseThrow(RiskShareRules.COUNTER_PLEDGE_COVER::violation);
        String number = assetNumber == null ? "" : assetNumber.strip();
        long assetId = jdbc.sql("""
                        select a.id from ip_asset_view a join ip_asset_owner_view o on o.asset_id = a.id
                        where a.number = :n and o.enterprise_id = :e""")
                .param("n", number).param("e", enterpriseId).query(Long.class).optional()
                .orElseThrow(() -> RiskShareRules.COUNTER_PLEDGE_OWNER.violation(number));
        pledges.openRegistration(assetId).ifPresent(open -> {
            throw RiskShareRules.COUNTER_PLEDGE_PLEDGED.violation(number, open);
        });
        LocalDate today = LocalDate.now(clock);
        String registrationNo;
        try {
            registrationNo = pledges.registerCounterPledge(assetId, enterpriseId, actor.orgId(), today, secured.amount());
        } catch (DuplicateKeyException pledgedMeanwhile) {
            throw RiskShareRules.COUNTER_PLEDGE_PLEDGED.violation(number, "—");
        }
        long id = jdbc.sql("""
                        insert into counter_pledge (loan_id, provider_org_id, asset_id, registration_no, secured_amount,
                            registered_by, registered_on)
                        values (:l, :p, :a, :r, :s, :by, :on) returning id""")
                .param("l", loanId).param("p", actor.orgId()).param("a", assetId).param("r", registrationNo)
                .param("s", secured.amount()).param("by", actor.username()).param("on", today).query(Long.class).single();
        events.publishEvent(new LedgerFact(actor, "LOAN", loanNo, "COUNTER_PLEDGE_REGISTERED",
                List.of(actor.orgId(), enterpriseId), null,
                Map.of("asset", number, "registrationNo", registrationNo, "securedAmount", secured.toString())));
        return id;
    }

    /** The provider releases its counter-pledge (注销登记), e.g. once the loan is repaid or its recourse recovered. */
    @Transactional
    public void release(Actor actor, long id) {
        CounterPledge c = visible(actor).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new RecordNotFound("counter-pledge", id));
        if (c.providerOrgId() != actor.orgId()) throw new AccessDeniedException("only the pledgee releases its pledge");
        if (c.releasedOn() != null) return;
        LocalDate today = LocalDate.now(clock);
        long assetId = jdbc.sql("select asset_id from counter_pledge where id = :id").param("id", id).query(Long.class).single();
        pledges.cancelCounterPledge(assetId, c.registrationNo(), today);
        jdbc.sql("update counter_pledge set released_on = :on where id = :id").param("on", today).param("id", id).update();
        events.publishEvent(new LedgerFact(actor, "LOAN", c.loanNo(), "COUNTER_PLEDGE_RELEASED",
                List.of(actor.orgId(), c.enterpriseId()), null,
                Map.of("asset", c.assetNumber(), "registrationNo", c.registrationNo())));
    }

    /** Counter-pledges the actor is party to: as pledgee, as the pledging enterprise, or the IP office. */
    public List<CounterPledge> visible(Actor actor) {
        return jdbc.sql("""
                        select c.id, l.loan_no, c.provider_org_id, o.name, l.enterprise_id, a.number, c.registration_no,
                               c.secured_amount, c.registered_on, c.released_on
                        from counter_pledge c join loan_view l on l.id = c.loan_id
                        join organisation_view o on o.id = c.provider_org_id join ip_asset_view a on a.id = c.asset_id
                        where""" + Visibility.anyOf("c.provider_org_id", "l.enterprise_id") + "order by c.id desc limit 100")
                .params(Visibility.of(actor))
                .query((rs, i) -> new CounterPledge(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), Money.of(rs.getBigDecimal(8)),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class)))
                .list();
    }
}
