package cn.ipfin.riskshare;

import cn.ipfin.core.money.Money;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Guarantee and insurance products (seed 004 (八)(九), Ezhou 003 §五 质押+担保), published by the guarantor's or insurer's
 * officer, and the cover they give one loan: the product's terms copied onto the loan with the fee charged
 * (fee rate × principal, rounded half up to the fen), so that a later product never changes a loan's cover.
 */
@Service
public class RiskProducts {

    public enum Kind { GUARANTEE, INSURANCE }

    public record ProductTerms(Kind kind, String name, BigDecimal feeRate, BigDecimal coverageRatio, Money cap,
                               Long reGuarantorOrgId, BigDecimal reGuaranteeRatio, Money deductible) {
    }

    public record Product(long id, long providerOrgId, String provider, Kind kind, String name, BigDecimal feeRate,
                          BigDecimal coverageRatio, Money cap, Long reGuarantorOrgId, BigDecimal reGuaranteeRatio,
                          Money deductible) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskProducts(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long publish(Actor actor, ProductTerms t) {
        Role officer = t.kind() == Kind.GUARANTEE ? Role.GUARANTOR_OFFICER : Role.INSURER_OFFICER;
        if (!actor.has(officer)) throw new AccessDeniedException("only a " + officer + " publishes this product");
        BigDecimal reRatio = t.reGuaranteeRatio() == null ? BigDecimal.ZERO : t.reGuaranteeRatio();
        Money deductible = t.deductible() == null ? Money.zero() : t.deductible();
        boolean valid = t.name() != null && !t.name().isBlank()
                && t.feeRate() != null && t.feeRate().signum() >= 0 && t.feeRate().compareTo(BigDecimal.ONE) < 0
                && t.coverageRatio() != null && t.coverageRatio().signum() > 0 && t.coverageRatio().compareTo(BigDecimal.ONE) <= 0
                && t.cap() != null && t.cap().isPositive() && !deductible.isNegative()
                && reRatio.signum() >= 0 && reRatio.compareTo(BigDecimal.ONE) < 0
                && (t.reGuarantorOrgId() == null) == (reRatio.signum() == 0)
                && (t.kind() == Kind.GUARANTEE || t.reGuarantorOrgId() == null)
                && (t.reGuarantorOrgId() == null || isReGuarantor(t.reGuarantorOrgId()));
        if (!valid) throw RiskShareRules.PRODUCT_TERMS.violation();
        long id = jdbc.sql("""
                        insert into risk_product (provider_org_id, kind, name, fee_rate, coverage_ratio, cap, re_guarantor_org_id,
                            re_guarantee_ratio, deductible, published_by, published_at)
                        values (:org, :k, :n, :fee, :cov, :cap, :re, :rr, :ded, :by, :at) returning id""")
                .param("org", actor.orgId()).param("k", t.kind().name()).param("n", t.name().strip())
                .param("fee", t.feeRate()).param("cov", t.coverageRatio()).param("cap", t.cap().amount())
                .param("re", t.reGuarantorOrgId()).param("rr", reRatio).param("ded", deductible.amount())
                .param("by", actor.username()).param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", t.kind().name());
        after.put("name", t.name().strip());
        after.put("feeRate", t.feeRate().toPlainString());
        after.put("coverageRatio", t.coverageRatio().toPlainString());
        after.put("cap", t.cap().toString());
        after.put("reGuaranteeRatio", reRatio.toPlainString());
        events.publishEvent(new LedgerFact(actor, "RISK_PRODUCT", String.valueOf(id), "PUBLISHED", List.of(actor.orgId()),
                null, after));
        return id;
    }

    public List<Product> all() {
        return jdbc.sql("""
                        select p.id, p.provider_org_id, o.name, p.kind, p.name, p.fee_rate, p.coverage_ratio, p.cap,
                               p.re_guarantor_org_id, p.re_guarantee_ratio, p.deductible
                        from risk_product p join organisation_view o on o.id = p.provider_org_id order by p.id""")
                .query((rs, i) -> new Product(rs.getLong(1), rs.getLong(2), rs.getString(3), Kind.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), Money.of(rs.getBigDecimal(8)),
                        (Long) rs.getObject(9), rs.getBigDecimal(10), Money.of(rs.getBigDecimal(11))))
                .list();
    }

    /**
     * Attaches the product's cover to a loan, by the provider's officer (the guarantee letter or policy is issued),
     * and charges its fee; a loan has at most one cover of each kind, together at most 100% of the loss.
     */
    @Transactional
    public Money attach(Actor actor, long productId, String loanNo) {
        Product p = all().stream().filter(x -> x.id() == productId).findFirst()
                .orElseThrow(() -> new RecordNotFound("product", productId));
        if (p.providerOrgId() != actor.orgId()) throw new AccessDeniedException("only the provider attaches its product");
        var loan = jdbc.sql("select id, bank_org_id, enterprise_id, principal from loan_view where loan_no = :no")
                .param("no", loanNo)
                .query((rs, i) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4)})
                .optional().orElseThrow(() -> new RecordNotFound("loan", loanNo));
        long loanId = (Long) loan[0];
        List<Map<String, Object>> existing = jdbc.sql("select kind, coverage_ratio from risk_cover where loan_id = :l")
                .param("l", loanId).query().listOfRows();
        if (existing.stream().anyMatch(r -> p.kind().name().equals(r.get("kind")))) throw RiskShareRules.COVER_EXISTS.violation();
        BigDecimal total = existing.stream().map(r -> (BigDecimal) r.get("coverage_ratio"))
                .reduce(p.coverageRatio(), BigDecimal::add);
        if (total.compareTo(BigDecimal.ONE) > 0) throw RiskShareRules.COVER_RATIOS.violation();
        Money fee = Money.of((BigDecimal) loan[3]).times(p.feeRate(), RoundingMode.HALF_UP);
        jdbc.sql("""
                        insert into risk_cover (loan_id, kind, product_id, provider_org_id, coverage_ratio, cap,
                            re_guarantor_org_id, re_guarantee_ratio, deductible, fee, attached_by, attached_on)
                        values (:l, :k, :p, :org, :cov, :cap, :re, :rr, :ded, :fee, :by, :on)""")
                .param("l", loanId).param("k", p.kind().name()).param("p", p.id()).param("org", p.providerOrgId())
                .param("cov", p.coverageRatio()).param("cap", p.cap().amount()).param("re", p.reGuarantorOrgId())
                .param("rr", p.reGuaranteeRatio()).param("ded", p.deductible().amount()).param("fee", fee.amount())
                .param("by", actor.username()).param("on", LocalDate.now(clock)).update();
        // the loan's entry is the bank's and the enterprise's (the loan page is theirs); the provider reads its own
        // entry under the product
        Map<String, Object> cover = Map.of("product", p.name(), "loan", loanNo,
                "coverageRatio", p.coverageRatio().toPlainString(), "fee", fee.toString());
        events.publishEvent(new LedgerFact(actor, "LOAN", loanNo, p.kind() + "_ATTACHED",
                List.of((Long) loan[1], (Long) loan[2]), null, cover));
        events.publishEvent(new LedgerFact(actor, "RISK_PRODUCT", String.valueOf(p.id()), "ATTACHED",
                List.of(p.providerOrgId()), null, cover));
        return fee;
    }

    private boolean isReGuarantor(long orgId) {
        return jdbc.sql("select reguarantor from organisation_view where id = :id").param("id", orgId)
                .query(Boolean.class).optional().orElse(false);
    }
}
