package cn.ipfin.lending;

import cn.ipfin.core.lending.CreditApprovalRules;
import cn.ipfin.core.lending.CreditEnhancement;
import cn.ipfin.core.lending.SecurityKind;
import cn.ipfin.party.EnterpriseProfiles;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.lending.PledgeRateLimit;
import cn.ipfin.reference.LprRates;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Credit approval with pricing (授信审批, 利率定价), the contract, and disbursement (放款) — which is impossible until
 * every collateral asset's pledge is registered (Licheng 第七条(四): the pledge is registered before disbursement).
 */
@Service
public class LoanApproval {

    private final Transitions transitions;
    private final Products products;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final RepaymentPlans plans;
    private final LprRates lprRates;
    private final EnterpriseProfiles profiles;
    private final DisbursedLoans disbursed;

    LoanApproval(Transitions transitions, Products products, Clock clock, ApplicationEventPublisher events,
                 RepaymentPlans plans, LprRates lprRates, EnterpriseProfiles profiles, DisbursedLoans disbursed) {
        this.disbursed = disbursed;
        this.profiles = profiles;
        this.lprRates = lprRates;
        this.events = events;
        this.plans = plans;
        this.transitions = transitions;
        this.products = products;
        this.clock = clock;
    }

    public record Approve(int expectedVersion, @NotNull @Positive BigDecimal amount, int spreadBp, String note) {
    }

    /**
     * The limit under the loan's product version: the pledge part Σ(max pledge rate for the asset's kind × appraised
     * value), plus what the product lets a guarantee, insurance or the enterprise's credit add, each capped.
     */
    public PledgeRateLimit.Limit limit(LoanFile file) {
        if (file.productId() == null) {
            // an application always names its product; one that does not is refused with the reason, not a 500
            throw LendingRules.APPLICATION_PRODUCT.violation();
        }
        Product product = products.get(file.productId());
        List<PledgeRateLimit.Collateral> collateral = file.collateral().stream()
                .map(c -> {
                    if (c.appraisedValue() == null) {
                        throw LendingRules.COLLATERAL_VALUE.violation(c.number());
                    }
                    return new PledgeRateLimit.Collateral(c.number(), c.kind(), Money.of(c.appraisedValue()));
                }).toList();
        for (var c : collateral) {
            if (!product.maxPledgeRates().containsKey(c.kind())) {
                throw LendingRules.PRODUCT_COLLATERAL_KIND.violation(c.assetRef(), c.kind());
            }
        }
        PledgeRateLimit.Limit pledge = PledgeRateLimit.of(collateral, product.maxPledgeRates());
        return CreditEnhancement.enhance(pledge, product.enhancements(), securities(file, product));
    }

    /**
     * The application's extra security as the enhancement terms read it: the guarantors' and insurers' covered
     * shares of the amount applied for, and the credit assessment (no abnormal-operation or dishonest listing today).
     */
    private CreditEnhancement.Securities securities(LoanFile file, Product product) {
        BigDecimal guaranteed = share(file, SecurityKind.GUARANTOR);
        BigDecimal insured = share(file, null);
        CreditEnhancement.CreditAssessment credit = null;
        if (product.enhancements().credit() != null) {
            credit = profiles.creditListedOn(file.loan().enterpriseId(), LocalDate.now(clock))
                    ? CreditEnhancement.CreditAssessment.refused("列入经营异常名录或严重违法失信名单", "on the abnormal-operation or dishonest list")
                    : CreditEnhancement.CreditAssessment.allowed("无经营异常、失信记录", "no abnormal-operation or dishonest listing");
        }
        return new CreditEnhancement.Securities(guaranteed, insured, Money.of(file.loan().principal()), credit);
    }

    /** The covered share of the guarantors (kind GUARANTOR) or of the insurance policies (kind null), at most 1. */
    private static BigDecimal share(LoanFile file, SecurityKind kind) {
        BigDecimal sum = file.securities().stream()
                .filter(s -> kind == null ? s.kind().isInsurance() : s.kind() == kind)
                .map(LoanFile.Security::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.signum() == 0 ? null : sum.min(BigDecimal.ONE);
    }

    /** Four eyes, the pledge-rate limit, the product's ranges and pricing; records the LPR in force today. */
    @Transactional
    public LoanFile approve(Actor actor, String loanNo, Approve a) {
        LoanFile file = transitions.asBank(actor, loanNo, Role.BANK_APPROVER);
        Transitions.requireVersion(file, a.expectedVersion());
        Transitions.requireState(file, LoanState.CREDIT_APPROVAL);
        PledgeRateLimit.Limit limit = limit(file);
        Product product = products.get(file.productId());
        Money amount = Money.of(a.amount());
        Transitions.require(new CreditApprovalRules(product.terms(), limit, amount, file.loan().termMonths(),
                a.spreadBp(), file.preparedBy(), actor.username()).decide());
        LocalDate today = LocalDate.now(clock);
        Rate lpr = lprRates.table().oneYearOn(today);
        Rate rate = lpr.plusBp(a.spreadBp());
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("principal", amount.amount());
        columns.put("annual_rate", rate.annualFraction());
        columns.put("lpr", lpr.annualFraction());
        columns.put("spread_bp", a.spreadBp());
        columns.put("credit_limit", limit.total().amount());
        columns.put("pledge_limit", limit.pledge().amount());
        columns.put("approved_by", actor.username());
        columns.put("approved_on", today);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("amount", amount.amount());
        details.put("limit", limit.total().amount());
        details.put("pledgeLimit", limit.pledge().amount());
        for (PledgeRateLimit.Enhancement e : limit.enhancements()) {
            details.put(e.kind().name().toLowerCase(java.util.Locale.ROOT) + "Limit", e.amount().amount());
        }
        details.put("lpr", lpr.toString());
        details.put("spreadBp", a.spreadBp());
        details.put("rate", rate.toString());
        details.put("preparedBy", file.preparedBy());
        details.put("approvedBy", actor.username());
        if (a.note() != null) details.put("note", a.note());
        return transitions.move(actor, file, a.expectedVersion(), LoanState.CONTRACT, columns, details);
    }

    @Transactional
    public LoanFile signContract(Actor actor, String loanNo, int expectedVersion, String contractNo) {
        LoanFile file = transitions.asBank(actor, loanNo, Role.BANK_OFFICER);
        Transitions.requireVersion(file, expectedVersion);
        Transitions.requireState(file, LoanState.CONTRACT);
        if (contractNo == null || contractNo.isBlank()) throw LendingRules.CONTRACT_NUMBER.violation();
        LocalDate today = LocalDate.now(clock);
        return transitions.touch(actor, file, expectedVersion, "CONTRACT_SIGNED",
                Map.of("contract_no", contractNo.strip(), "contract_signed_on", today),
                Map.of("contractNo", contractNo.strip(), "signedOn", today));
    }

    /** Disbursement: the contract is signed and every collateral asset's pledge is registered and in force. */
    @Transactional
    public LoanFile disburse(Actor actor, String loanNo, int expectedVersion) {
        LoanFile file = transitions.asBank(actor, loanNo, Role.BANK_OFFICER);
        Transitions.requireVersion(file, expectedVersion);
        Transitions.requireState(file, LoanState.CONTRACT);
        var unregistered = file.collateral().stream().filter(c -> !c.registered()).map(LoanFile.Collateral::number).toList();
        cn.ipfin.shared.Rule.check()
                .refuseIf(!unregistered.isEmpty(), LendingRules.REGISTERED_BEFORE_DISBURSEMENT, unregistered)
                .refuseIf(file.contractNo() == null, LendingRules.CONTRACT_SIGNED)
                .refuseIf(RepaymentMethod.CUSTOM.name().equals(file.repaymentMethod()) && !plans.exists(file.loan().id()),
                        LendingRules.CUSTOM_PLAN_ENTERED)
                .orRefuse();
        LocalDate today = LocalDate.now(clock);
        LoanFile after = transitions.move(actor, file, expectedVersion, LoanState.DISBURSED,
                Map.of("disbursed_on", today, "maturity_on", today.plusMonths(file.loan().termMonths())),
                Map.of("principal", file.loan().principal(), "disbursedOn", today));
        events.publishEvent(disbursed.disbursed(file.loan().id(), today, actor.username()));
        return after;
    }
}
