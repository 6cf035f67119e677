package cn.ipfin.lending;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.lending.Origination;
import cn.ipfin.core.lending.ProductMatching;
import cn.ipfin.core.lending.ProductTerms;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.core.lending.SecurityKind;
import cn.ipfin.reference.LprRates;
import cn.ipfin.core.money.Money;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Rule;
import cn.ipfin.valuation.Valuation;
import cn.ipfin.valuation.ValuationState;
import cn.ipfin.valuation.Valuations;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import cn.ipfin.party.DataAuthorisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first steps of an application and its ends: apply, valuation, due diligence opened, securities, withdrawal
 * and rejection. Each command checks its guards and moves through {@link Transitions}.
 */
@Service
public class LoanApplications {

    /** Standard due-diligence checklist (seed 003 §三 尽职调查; labels in messages-lending). */
    public static final List<String> CHECKLIST = List.of("BUSINESS_LICENCE", "FINANCIAL_STATEMENTS", "IP_CERTIFICATES",
            "CREDIT_REPORT", "SITE_VISIT");

    private final JdbcClient jdbc;
    private final Transitions transitions;
    private final Products products;
    private final Valuations valuations;
    private final Demands demands;
    private final PledgeRegistration pledges;
    private final Clock clock;
    private final LprRates lprRates;
    private final DataAuthorisations authorisations;

    LoanApplications(JdbcClient jdbc, Transitions transitions, Products products, Valuations valuations,
                     Demands demands, PledgeRegistration pledges, Clock clock, LprRates lprRates,
                     DataAuthorisations authorisations) {
        this.authorisations = authorisations;
        this.lprRates = lprRates;
        this.jdbc = jdbc;
        this.transitions = transitions;
        this.products = products;
        this.valuations = valuations;
        this.demands = demands;
        this.pledges = pledges;
        this.clock = clock;
    }

    /** Plausible bounds on what is stored and shown to every bank: a purpose is a sentence, not a file. */
    public record Apply(@NotNull Long productId,
                        @NotNull @Positive @jakarta.validation.constraints.DecimalMax("10000000000") BigDecimal amount,
                        @Min(1) @Max(360) int termMonths,
                        @NotBlank @jakarta.validation.constraints.Size(max = 500) String purpose,
                        @NotNull RepaymentMethod repaymentMethod,
                        @NotEmpty @jakarta.validation.constraints.Size(max = 50) List<Long> assetIds, Long demandId) {
    }

    public record AttachValuation(long assetId, long valuationId, BigDecimal appraisedValue) {
    }

    public record AddSecurity(@NotNull SecurityKind kind, long providerOrgId,
                              @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal share,
                              String reference) {
    }

    /** The enterprise applies to a product; applying authorises the bank to see its data (seed 004 (十三)). */
    @Transactional
    public LoanFile apply(Actor actor, Apply a) {
        if (!actor.has(Role.ENTERPRISE_FINANCE)) throw new AccessDeniedException("only an enterprise applies");
        Product product = products.get(a.productId());
        Money amount = Money.of(a.amount());
        LocalDate today = LocalDate.now(clock);
        ProductTerms terms = product.terms();
        var facts = new ProductMatching.DemandFacts(amount, a.termMonths(), java.util.Set.of(),
                demands.qualifications(actor.orgId(), today), park(actor.orgId()));
        var check = Rule.check()
                .refuseIf(!product.current(), LendingRules.PRODUCT_RETIRED)
                .refuseIf(!terms.repaymentMethods().contains(a.repaymentMethod()), LendingRules.REPAYMENT_METHOD);
        for (var c : ProductMatching.checks(terms, facts)) {
            if (c.criterion() == ProductMatching.Criterion.ELIGIBILITY) {
                check.refuseInWords(!c.met(), LendingRules.PRODUCT_TARGET, c.zh(), c.en());
            } else if (c.criterion() == ProductMatching.Criterion.PARK) {
                check.refuseInWords(!c.met(), LendingRules.PRODUCT_PARK, c.zh(), c.en());
            }
        }
        for (long assetId : a.assetIds()) {
            var asset = jdbc.sql("""
                            select a.kind, a.number from ip_asset_view a join ip_asset_owner_view o on o.asset_id = a.id
                            where a.id = :a and o.enterprise_id = :e""")
                    .param("a", assetId).param("e", actor.orgId())
                    .query((rs, i) -> new String[]{rs.getString(1), rs.getString(2)}).optional().orElse(null);
            check.refuseIf(asset == null, LendingRules.APPLICANT_OWNS_ASSET, assetId);
            if (asset != null) {
                check.refuseIf(!terms.accepts(IpKind.valueOf(asset[0])), LendingRules.PRODUCT_COLLATERAL_KIND, asset[1], asset[0]);
            }
        }
        check.orRefuse();
        long seq = jdbc.sql("select nextval('loan_application_seq')").query(Long.class).single();
        String loanNo = "LA" + today.getYear() + String.format("%06d", seq);
        BigDecimal indicative = lprRates.table().oneYearOn(today).plusBp(terms.spreadMinBp()).annualFraction();
        long id = jdbc.sql("""
                        insert into loan (loan_no, enterprise_id, bank_org_id, principal, annual_rate, term_months,
                            applied_on, state, product_id, demand_id, purpose, repayment_method)
                        values (:no, :e, :bank, :amount, :rate, :term, :on, 'APPLIED', :product, :demand, :purpose, :method)
                        returning id""")
                .param("no", loanNo).param("e", actor.orgId()).param("bank", product.bankOrgId())
                .param("amount", amount.amount()).param("rate", indicative).param("term", a.termMonths())
                .param("on", today).param("product", product.id()).param("demand", a.demandId())
                .param("purpose", a.purpose().strip()).param("method", a.repaymentMethod().name())
                .query(Long.class).single();
        for (long assetId : a.assetIds().stream().distinct().toList()) {
            jdbc.sql("insert into loan_collateral (loan_id, asset_id) values (:l, :a)").param("l", id).param("a", assetId).update();
        }
        if (a.demandId() != null) {
            demands.get(actor, a.demandId());
        }
        authorisations.grant(actor.orgId(), product.bankOrgId(), clock.instant(), "申请质押贷款 " + loanNo);
        LoanFile file = transitions.read(actor, loanNo);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("product", product.code() + " v" + product.versionNo());
        details.put("amount", amount.amount());
        details.put("termMonths", a.termMonths());
        details.put("assets", a.assetIds());
        transitions.record(actor, file, LoanState.APPLIED.name(), null, details);
        return file;
    }

    /** The bank takes the application on; the officer who does is its preparer (the maker of four eyes). */
    @Transactional
    public LoanFile startValuation(Actor actor, String loanNo, int expectedVersion, String bankNote) {
        LoanFile file = transitions.asBank(actor, loanNo, Role.BANK_OFFICER);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("prepared_by", actor.username());
        if (bankNote != null && !bankNote.isBlank()) columns.put("bank_note", bankNote.strip());
        return transitions.move(actor, file, expectedVersion, LoanState.VALUATION, columns, Map.of("preparedBy", actor.username()));
    }

    /**
     * Attaches a valuation of a collateral asset. A signed (or confirmed) report gives the value for the asset; a
     * request not signed yet needs the appraised value the bank relies on, recorded with the valuation's id.
     */
    @Transactional
    public LoanFile attachValuation(Actor actor, String loanNo, int expectedVersion, AttachValuation a) {
        LoanFile file = transitions.asBank(actor, loanNo, Role.BANK_OFFICER);
        Transitions.requireState(file, LoanState.VALUATION);
        LoanFile.Collateral collateral = file.collateral().stream().filter(c -> c.assetId() == a.assetId()).findFirst()
                .orElseThrow(LendingRules.NOT_COLLATERAL::violation);
        Valuation v = valuations.get(actor, a.valuationId());
        boolean covers = Long.valueOf(a.assetId()).equals(v.assetId()) || (v.portfolioId() != null && jdbc.sql(
                "select count(*) > 0 from ip_portfolio_item_view where portfolio_id = :p and asset_id = :a")
                .param("p", v.portfolioId()).param("a", a.assetId()).query(Boolean.class).single());
        if (!covers) {
            throw LendingRules.VALUATION_COVERS_COLLATERAL.violation(collateral.number());
        }
        if (v.state() == ValuationState.WITHDRAWN || v.state() == ValuationState.SUSPENDED) {
            throw LendingRules.VALUATION_WITHDRAWN.violation();
        }
        BigDecimal value;
        String source;
        if (v.state().isSigned()) {
            value = v.assetId() != null ? v.value() : jdbc.sql(
                            "select value from asset_value_view where asset_id = :a and request_id = :r")
                    .param("a", a.assetId()).param("r", v.id()).query(BigDecimal.class).optional().orElse(null);
            source = "SIGNED_REPORT";
        } else {
            value = null;
            source = "APPRAISED";
        }
        if (value == null) {
            if (a.appraisedValue() == null || a.appraisedValue().signum() <= 0) {
                throw LendingRules.APPRAISED_VALUE_UNSIGNED.violation();
            }
            value = Money.of(a.appraisedValue()).amount();
            source = "APPRAISED";
        }
        jdbc.sql("update loan_collateral set valuation_id = :v, appraised_value = :value, value_source = :s"
                        + " where loan_id = :l and asset_id = :a")
                .param("v", v.id()).param("value", value).param("s", source).param("l", file.loan().id())
                .param("a", a.assetId()).update();
        return transitions.touch(actor, file, expectedVersion, "VALUATION_ATTACHED", Map.of(),
                Map.of("asset", collateral.number(), "valuationId", v.id(), "value", value, "source", source));
    }

    /** Every collateral asset has a value; the due-diligence checklist opens. */
    @Transactional
    public LoanFile startDueDiligence(Actor actor, String loanNo, int expectedVersion) {
        LoanFile file = transitions.asBank(actor, loanNo, Role.BANK_OFFICER);
        Transitions.requireState(file, LoanState.VALUATION);
        var missing = file.collateral().stream().filter(c -> c.appraisedValue() == null).map(LoanFile.Collateral::number).toList();
        if (!missing.isEmpty()) {
            throw LendingRules.APPRAISED_VALUE_MISSING.violation(missing);
        }
        for (int i = 0; i < CHECKLIST.size(); i++) {
            jdbc.sql("insert into loan_checklist_item (loan_id, code, position) values (:l, :c, :p) on conflict do nothing")
                    .param("l", file.loan().id()).param("c", CHECKLIST.get(i)).param("p", i).update();
        }
        return transitions.move(actor, file, expectedVersion, LoanState.DUE_DILIGENCE, Map.of(), null);
    }

    /** A guarantor (with its share) or an insurance policy, recorded as a part of the loan for later loss sharing. */
    @Transactional
    public LoanFile addSecurity(Actor actor, String loanNo, int expectedVersion, AddSecurity s) {
        LoanFile file = transitions.asBank(actor, loanNo, Role.BANK_OFFICER);
        Transitions.requireState(file, LoanState.APPLIED, LoanState.VALUATION, LoanState.DUE_DILIGENCE,
                LoanState.PLEDGE_REGISTRATION);
        Product product = products.get(file.productId());
        Requirement requirement = s.kind().isInsurance() ? product.insurance() : product.guarantor();
        String type = jdbc.sql("select type from organisation_view where id = :id").param("id", s.providerOrgId())
                .query(String.class).optional().orElse("");
        String expected = s.kind().isInsurance() ? "INSURER" : "GUARANTOR";
        Rule.check()
                .refuseIf(requirement == Requirement.NOT_ACCEPTED, LendingRules.SECURITY_NOT_ACCEPTED,
                        new Rule.Words(s.kind().isInsurance() ? "保险" : "担保", String.valueOf(s.kind())))
                .refuseIf(!expected.equals(type), LendingRules.SECURITY_PROVIDER,
                        new Rule.Words(s.kind().isInsurance() ? "保险机构" : "担保机构", expected))
                .orRefuse();
        jdbc.sql("""
                        insert into loan_security (loan_id, kind, provider_org_id, share, reference, recorded_by, recorded_at)
                        values (:l, :k, :p, :s, :r, :u, :at)
                        on conflict (loan_id, kind, provider_org_id) do update set share = excluded.share,
                            reference = excluded.reference""")
                .param("l", file.loan().id()).param("k", s.kind().name()).param("p", s.providerOrgId())
                .param("s", s.share()).param("r", s.reference()).param("u", actor.username())
                .param("at", Timestamp.from(clock.instant())).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", s.kind().name());
        details.put("provider", s.providerOrgId());
        details.put("share", s.share());
        details.put("reference", s.reference());
        return transitions.touch(actor, file, expectedVersion, "SECURITY_ADDED", Map.of(), details);
    }

    /** The enterprise withdraws its application; registered pledges are cancelled (注销). */
    @Transactional
    public LoanFile withdraw(Actor actor, String loanNo, int expectedVersion, String reason) {
        LoanFile file = transitions.read(actor, loanNo);
        if (!actor.has(Role.ENTERPRISE_FINANCE) || !actor.visibleOrgIds().contains(file.loan().enterpriseId())) {
            throw new AccessDeniedException("only the applicant withdraws");
        }
        return close(actor, file, expectedVersion, LoanState.WITHDRAWN, reason == null ? "" : reason.strip());
    }

    /** The bank rejects the application, with its reason. */
    @Transactional
    public LoanFile reject(Actor actor, String loanNo, int expectedVersion, String reason) {
        LoanFile file = transitions.asBank(actor, loanNo, Role.BANK_OFFICER, Role.BANK_APPROVER);
        if (reason == null || reason.isBlank()) throw LendingRules.REJECTION_REASON.violation();
        return close(actor, file, expectedVersion, LoanState.REJECTED, reason.strip());
    }

    private LoanFile close(Actor actor, LoanFile file, int expectedVersion, LoanState to, String reason) {
        Transitions.require(Origination.move(file.state(), to));
        LoanFile after = transitions.move(actor, file, expectedVersion, to, Map.of("closed_reason", reason),
                Map.of("reason", reason));
        for (LoanFile.Collateral c : after.collateral()) {
            if (c.registered()) pledges.cancelOpenPledge(actor, after, c, "申请" + Origination.zh(to) + "，注销质押登记");
        }
        return after;
    }

    private String park(long enterpriseId) {
        return jdbc.sql("select park from enterprise_view where organisation_id = :e").param("e", enterpriseId)
                .query(String.class).optional().orElse(null);
    }
}
