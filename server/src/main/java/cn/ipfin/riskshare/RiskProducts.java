package cn.ipfin.riskshare;

import cn.ipfin.core.money.Money;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Visibility;
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
import java.util.Optional;

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

    /** A provider's request to cover one loan, and the lending bank's answer. */
    public record CoverRequest(long id, long productId, String product, String provider, long providerOrgId, Kind kind,
                               String loanNo, long bankOrgId, String state, String note, LocalDate requestedOn,
                               boolean attached) {
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
     * Attaches the product's cover to a loan, by the provider's officer (the guarantee letter or policy is issued) once
     * the lending bank consented ({@link #requestCover}, {@link #consent}), and charges its fee; a loan has at most one cover of each kind, together at most 100% of the loss.
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
        boolean consented = jdbc.sql("""
                        select count(*) from cover_request where product_id = :p and loan_id = :l and state = 'CONSENTED'""")
                .param("p", productId).param("l", loanId).query(Integer.class).single() > 0;
        if (!consented) throw RiskShareRules.COVER_CONSENT.violation();
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

    /** The provider asks the lending bank to let its product cover the loan; once per product and loan. */
    @Transactional
    public long requestCover(Actor actor, long productId, String loanNo) {
        Product p = all().stream().filter(x -> x.id() == productId).findFirst()
                .orElseThrow(() -> new RecordNotFound("product", productId));
        if (p.providerOrgId() != actor.orgId()) throw new AccessDeniedException("only the provider offers its product");
        var loan = jdbc.sql("select id, bank_org_id from loan_view where loan_no = :no").param("no", loanNo)
                .query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)}).optional()
                .orElseThrow(() -> new RecordNotFound("loan", loanNo));
        Optional<String> earlier = jdbc.sql("select state from cover_request where product_id = :p and loan_id = :l")
                .param("p", productId).param("l", loan[0]).query(String.class).optional();
        if (earlier.isPresent()) throw RiskShareRules.COVER_REQUESTED.violation(earlier.get());
        long id = jdbc.sql("""
                        insert into cover_request (product_id, loan_id, bank_org_id, state, requested_by, requested_on)
                        values (:p, :l, :b, 'REQUESTED', :by, :on) returning id""")
                .param("p", productId).param("l", loan[0]).param("b", loan[1]).param("by", actor.username())
                .param("on", LocalDate.now(clock)).query(Long.class).single();
        events.publishEvent(new LedgerFact(actor, "RISK_PRODUCT", String.valueOf(productId), "COVER_REQUESTED",
                List.of(p.providerOrgId(), loan[1]), null, Map.of("product", p.name(), "loan", loanNo)));
        return id;
    }

    /** The lending bank consents to the cover, or declines it with a reason; a request is decided once. */
    @Transactional
    public void consent(Actor actor, long requestId, boolean approve, String note) {
        CoverRequest r = request(requestId).orElseThrow(() -> new RecordNotFound("cover request", requestId));
        boolean lender = (actor.has(Role.BANK_OFFICER) || actor.has(Role.BANK_APPROVER))
                && actor.visibleOrgIds().contains(r.bankOrgId());
        if (!lender) throw new AccessDeniedException("only the lending bank consents to cover on its loan");
        if (!r.state().equals("REQUESTED")) throw RiskShareRules.COVER_REQUEST_DECIDED.violation(r.state());
        String why = note == null || note.isBlank() ? null : note.strip();
        if (!approve && why == null) throw RiskShareRules.COVER_DECLINE_REASON.violation();
        String state = approve ? "CONSENTED" : "DECLINED";
        jdbc.sql("update cover_request set state = :s, decided_by = :by, decided_on = :on, note = :n where id = :id")
                .param("s", state).param("by", actor.username()).param("on", LocalDate.now(clock)).param("n", why)
                .param("id", requestId).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("product", r.product());
        after.put("loan", r.loanNo());
        after.put("note", why);
        events.publishEvent(new LedgerFact(actor, "RISK_PRODUCT", String.valueOf(r.productId()), "COVER_" + state,
                List.of(r.providerOrgId(), r.bankOrgId()), null, after));
    }

    /** The requests the actor is party to: as the provider or as the lending bank (the IP office sees all). */
    public List<CoverRequest> requests(Actor actor) {
        return jdbc.sql(REQUESTS + " where" + Visibility.anyOf("p.provider_org_id", "r.bank_org_id") + "order by r.id desc limit 100")
                .params(Visibility.of(actor)).query(this::coverRequest).list();
    }

    private Optional<CoverRequest> request(long id) {
        return jdbc.sql(REQUESTS + " where r.id = :id").param("id", id).query(this::coverRequest).optional();
    }

    private static final String REQUESTS = """
            select r.id, r.product_id, p.name, o.name, p.provider_org_id, p.kind, l.loan_no, r.bank_org_id, r.state, r.note,
                   r.requested_on,
                   exists (select 1 from risk_cover c where c.loan_id = r.loan_id and c.product_id = r.product_id)
            from cover_request r join risk_product p on p.id = r.product_id
            join organisation_view o on o.id = p.provider_org_id join loan_view l on l.id = r.loan_id""";

    private CoverRequest coverRequest(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CoverRequest(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                Kind.valueOf(rs.getString(6)), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10),
                rs.getObject(11, LocalDate.class), rs.getBoolean(12));
    }

    private boolean isReGuarantor(long orgId) {
        return jdbc.sql("select reguarantor from organisation_view where id = :id").param("id", orgId)
                .query(Boolean.class).optional().orElse(false);
    }
}
