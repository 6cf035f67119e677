package cn.ipfin.riskshare;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.riskshare.LossBasis;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The risk-compensation fund pool of a district (风险补偿资金池, seed 004 (二), Ezhou 003 §五): its terms, its capital
 * and a balance that moves only through postings (capital in, compensation out, recoveries back in), each in the
 * ledger. The IP office keeps it.
 */
@Service
public class RiskFunds {

    /** A fund's terms; {@code ratios} maps a loan class (PLEDGE, PLEDGE_GUARANTEE, PLEDGE_INSURANCE) to its ratio. */
    public record Fund(long id, String district, String name, LossBasis basis, Money perLoanCap, Money perBankYearCap,
                       Money maxPrincipal, Map<String, BigDecimal> ratios, Money balance) {
    }

    public record FundTerms(String district, String name, LossBasis basis, Money perLoanCap, Money perBankYearCap,
                            Money maxPrincipal, BigDecimal pledgeRatio, BigDecimal guaranteedRatio, BigDecimal insuredRatio) {
    }

    static final String SUBJECT = "RISK_FUND";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskFunds(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long open(Actor actor, FundTerms t) {
        requireOffice(actor);
        if (!positive(t.perLoanCap()) || !positive(t.perBankYearCap()) || !positive(t.maxPrincipal())
                || !ratio(t.pledgeRatio()) || !ratio(t.guaranteedRatio()) || !ratio(t.insuredRatio())
                || t.district() == null || t.district().isBlank() || t.name() == null || t.name().isBlank()) {
            throw RiskShareRules.FUND_TERMS.violation();
        }
        if (forDistrict(t.district().strip()).isPresent()) throw RiskShareRules.FUND_EXISTS.violation(t.district().strip());
        long id = jdbc.sql("""
                        insert into risk_fund (district, name, loss_basis, per_loan_cap, per_bank_year_cap, max_principal,
                            created_by, created_at)
                        values (:d, :n, :b, :loan, :year, :max, :by, :at) returning id""")
                .param("d", t.district().strip()).param("n", t.name().strip()).param("b", t.basis().name())
                .param("loan", t.perLoanCap().amount()).param("year", t.perBankYearCap().amount())
                .param("max", t.maxPrincipal().amount()).param("by", actor.username())
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        Map<String, BigDecimal> ratios = new LinkedHashMap<>();
        ratios.put(LoanClass.PLEDGE.name(), t.pledgeRatio());
        ratios.put(LoanClass.PLEDGE_GUARANTEE.name(), t.guaranteedRatio());
        ratios.put(LoanClass.PLEDGE_INSURANCE.name(), t.insuredRatio());
        ratios.forEach((c, r) -> jdbc.sql("insert into risk_fund_ratio (fund_id, loan_class, ratio) values (:f, :c, :r)")
                .param("f", id).param("c", c).param("r", r).update());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("district", t.district().strip());
        after.put("lossBasis", t.basis().name());
        after.put("perLoanCap", t.perLoanCap().toString());
        after.put("perBankYearCap", t.perBankYearCap().toString());
        after.put("ratios", ratios);
        events.publishEvent(new LedgerFact(actor, SUBJECT, t.district().strip(), "OPENED", List.of(), null, after));
        return id;
    }

    /** Capital paid into the fund (注资). */
    @Transactional
    public void payIn(Actor actor, long fundId, Money capital) {
        requireOffice(actor);
        if (!positive(capital)) throw RiskShareRules.CAPITAL_POSITIVE.violation();
        Fund fund = lock(fundId);
        post(actor, fund, "CAPITAL", capital, null, null);
    }

    public Optional<Fund> find(long id) {
        return jdbc.sql(FUNDS + " where f.id = :id").param("id", id).query(this::fund).optional();
    }

    public Optional<Fund> forDistrict(String district) {
        return jdbc.sql(FUNDS + " where f.district = :d").param("d", district).query(this::fund).optional();
    }

    public List<Fund> all() {
        return jdbc.sql(FUNDS + " order by f.district").query(this::fund).list();
    }

    /** The fund row locked, so that two payments never both pass the balance check. */
    Fund lock(long fundId) {
        jdbc.sql("select id from risk_fund where id = :id for update").param("id", fundId).query(Long.class).optional()
                .orElseThrow(() -> new cn.ipfin.shared.RecordNotFound("risk fund", fundId));
        return find(fundId).orElseThrow();
    }

    /** What the fund has committed to a bank's claims filed in {@code year}, disputed shares excepted. */
    Money committedToBank(long fundId, long bankOrgId, int year) {
        return Money.of(jdbc.sql("""
                        select coalesce(sum(s.amount), 0) from loss_share s join loss_claim c on c.id = s.claim_id
                        where c.fund_id = :f and c.bank_org_id = :b and s.party = 'FUND' and s.state <> 'DISPUTED'
                          and c.filed_on >= :from and c.filed_on < :to""")
                .param("f", fundId).param("b", bankOrgId)
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query(BigDecimal.class).single());
    }

    /**
     * One posting and its ledger entry; compensation is posted negative. A compensation larger than the balance is
     * refused (the caller holds the fund's lock).
     */
    void post(Actor actor, Fund fund, String kind, Money amount, Long claimId, Long bankOrgId) {
        Money signed = kind.equals("COMPENSATION") ? amount.negate() : amount;
        if (signed.isNegative() && fund.balance().isLessThan(amount)) {
            throw RiskShareRules.FUND_BALANCE.violation(fund.balance(), amount);
        }
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                        insert into risk_fund_posting (fund_id, kind, amount, claim_id, bank_org_id, posted_on, posted_by)
                        values (:f, :k, :a, :c, :b, :on, :by)""")
                .param("f", fund.id()).param("k", kind).param("a", signed.amount()).param("c", claimId)
                .param("b", bankOrgId).param("on", today).param("by", actor.username()).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind);
        after.put("amount", signed.toString());
        after.put("claim", claimId);
        after.put("balance", fund.balance().plus(signed).toString());
        events.publishEvent(new LedgerFact(actor, SUBJECT, fund.district(), kind,
                bankOrgId == null ? List.of() : List.of(bankOrgId), Map.of("balance", fund.balance().toString()), after));
    }

    private static final String FUNDS = """
            select f.id, f.district, f.name, f.loss_basis, f.per_loan_cap, f.per_bank_year_cap, f.max_principal,
                   (select coalesce(sum(p.amount), 0) from risk_fund_posting p where p.fund_id = f.id) as balance,
                   (select string_agg(r.loan_class || '=' || r.ratio, ',') from risk_fund_ratio r where r.fund_id = f.id)
            from risk_fund f""";

    private Fund fund(ResultSet rs, int row) throws SQLException {
        Map<String, BigDecimal> ratios = new LinkedHashMap<>();
        String text = rs.getString(9);
        if (text != null) {
            for (String pair : text.split(",")) {
                String[] kv = pair.split("=");
                ratios.put(kv[0], new BigDecimal(kv[1]));
            }
        }
        return new Fund(rs.getLong(1), rs.getString(2), rs.getString(3), LossBasis.valueOf(rs.getString(4)),
                Money.of(rs.getBigDecimal(5)), Money.of(rs.getBigDecimal(6)), Money.of(rs.getBigDecimal(7)), ratios,
                Money.of(rs.getBigDecimal(8)));
    }

    static void requireOffice(Actor actor) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("only the IP office keeps the fund");
    }

    private static boolean positive(Money m) {
        return m != null && m.isPositive();
    }

    private static boolean ratio(BigDecimal r) {
        return r != null && r.signum() > 0 && r.compareTo(BigDecimal.ONE) <= 0 && r.scale() <= 4;
    }
}
