package cn.ipfin.riskshare;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.riskshare.LoanBalances;
import cn.ipfin.core.riskshare.LossBasis;
import cn.ipfin.core.riskshare.LossSharing;
import cn.ipfin.core.riskshare.Ratio;
import cn.ipfin.core.riskshare.RiskParty;
import cn.ipfin.core.riskshare.SharingArrangement;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loss claims (损失分担): the bank files a claim on a defaulted loan; the loss is computed from the balances of the day
 * of default by the fund's basis, and each party's share by the loan's cover and enrolment ({@code core.riskshare}:
 * the shares sum to the loss to the fen, none above its cap). Each party approves or disputes its share and records
 * what it paid; a fund payment posts to the fund, within its balance.
 */
@Service
public class LossClaims {

    public record Share(RiskParty party, Long orgId, Money amount, String state, Money paid, String decidedBy,
                        String note) {
    }

    public record Claim(long id, long loanId, String loanNo, long bankOrgId, Long fundId, String basis, Money loss,
                        LocalDate filedOn, List<Share> shares) {

        public Optional<Share> share(RiskParty party) {
            return shares.stream().filter(s -> s.party() == party).findFirst();
        }

        /** Every share is paid in full: the split of recoveries can be fixed and the collateral disposed of. */
        public boolean settled() {
            return shares.stream().allMatch(s -> s.state().equals("PAID"));
        }
    }

    private final JdbcClient jdbc;
    private final Defaults defaults;
    private final RiskFunds funds;
    private final Recourse recourse;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LossClaims(JdbcClient jdbc, Defaults defaults, RiskFunds funds, Recourse recourse, ApplicationEventPublisher events,
               Clock clock) {
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.funds = funds;
        this.recourse = recourse;
        this.events = events;
        this.clock = clock;
    }

    /** The bank's claim on a defaulted loan with every party's share; its own retained share is borne at once. */
    @Transactional
    public long file(Actor actor, String loanNo) {
        if (!actor.has(Role.BANK_OFFICER) && !actor.has(Role.BANK_APPROVER)) {
            throw new AccessDeniedException("only the lending bank files a claim");
        }
        long loanId = jdbc.sql("select id from loan_view where loan_no = :no and bank_org_id = any(:orgs)")
                .param("no", loanNo).param("orgs", Visibility.of(actor).get("orgs")).query(Long.class).optional()
                .orElseThrow(() -> new RecordNotFound("loan", loanNo));
        Defaults.DefaultEvent d = defaults.find(loanId).orElseThrow(RiskShareRules.NOT_IN_DEFAULT::violation);
        if (jdbc.sql("select count(*) from loss_claim where loan_id = :l").param("l", loanId).query(Integer.class).single() > 0) {
            throw RiskShareRules.CLAIM_FILED.violation();
        }
        LocalDate today = LocalDate.now(clock);
        Optional<Enrolment> enrolment = enrolment(loanId);
        Optional<RiskFunds.Fund> fund = enrolment.flatMap(e -> funds.find(e.fundId()));
        LossBasis basis = fund.map(RiskFunds.Fund::basis).orElse(LossBasis.PRINCIPAL_AND_INTEREST);
        Money loss = basis.loss(new LoanBalances(Money.of(d.principal()), Money.of(d.interest()), Money.of(d.penalty())),
                Money.zero());
        if (!loss.isPositive()) throw RiskShareRules.NO_LOSS.violation();

        List<Cover> covers = covers(loanId);
        SharingArrangement arrangement = SharingArrangement.bankAlone();
        BigDecimal covered = BigDecimal.ZERO;
        for (Cover c : covers) {
            covered = covered.add(c.ratio());
            arrangement = c.kind().equals("GUARANTEE")
                    ? arrangement.withGuarantee(new SharingArrangement.Guarantee(new Ratio(c.ratio()), c.cap(), new Ratio(c.reRatio())))
                    : arrangement.withPolicy(new SharingArrangement.Policy(new Ratio(c.ratio()), c.deductible(), c.cap()));
        }
        if (fund.isPresent()) {
            RiskFunds.Fund f = fund.get();
            // the fund's ratio is of the loss too; where the cover already bears most of it the fund bears the rest at most
            BigDecimal ratio = enrolment.get().ratio().min(BigDecimal.ONE.subtract(covered));
            Money yearRoom = f.perBankYearCap().minus(funds.committedToBank(f.id(), d.bankOrgId(), today.getYear()))
                    .max(Money.zero());
            arrangement = arrangement.withFund(new SharingArrangement.FundCover(new Ratio(ratio), f.perLoanCap(), yearRoom));
        }
        LossSharing.Allocation allocation = LossSharing.allocate(loss, arrangement);

        long claimId = jdbc.sql("""
                        insert into loss_claim (loan_id, bank_org_id, fund_id, loss_basis, loss, filed_by, filed_on)
                        values (:l, :b, :f, :basis, :loss, :by, :on) returning id""")
                .param("l", loanId).param("b", d.bankOrgId()).param("f", fund.map(RiskFunds.Fund::id).orElse(null))
                .param("basis", basis.name()).param("loss", loss.amount()).param("by", actor.username()).param("on", today)
                .query(Long.class).single();
        Map<String, String> shares = new LinkedHashMap<>();
        allocation.shares().forEach((party, amount) -> {
            Long org = switch (party) {
                case GUARANTOR -> provider(covers, "GUARANTEE");
                case RE_GUARANTOR -> covers.stream().filter(c -> c.kind().equals("GUARANTEE")).findFirst()
                        .map(Cover::reGuarantorOrgId).orElse(null);
                case INSURER -> provider(covers, "INSURANCE");
                case BANK -> d.bankOrgId();
                default -> null;
            };
            boolean borne = party == RiskParty.BANK || amount.isZero();
            jdbc.sql("""
                            insert into loss_share (claim_id, party, org_id, amount, state, paid, decided_by)
                            values (:c, :p, :org, :a, :s, :paid, :by)""")
                    .param("c", claimId).param("p", party.name()).param("org", org).param("a", amount.amount())
                    .param("s", borne ? "PAID" : "PENDING").param("paid", borne ? amount.amount() : BigDecimal.ZERO)
                    .param("by", borne ? actor.username() : null).update();
            shares.put(party.name(), amount.toString());
        });
        events.publishEvent(new LedgerFact(actor, "LOSS_CLAIM", loanNo, "FILED", parties(claimId, d), null,
                Map.of("loss", loss.toString(), "basis", basis.name(), "shares", shares)));
        return claimId;
    }

    /** A party approves or disputes its share; a dispute needs a reason. */
    @Transactional
    public void decide(Actor actor, long claimId, RiskParty party, boolean approve, String note) {
        Claim claim = get(actor, claimId);
        Share share = claim.share(party).orElseThrow(() -> new RecordNotFound("share", party));
        requireParty(actor, share);
        if (!share.state().equals("PENDING")) throw RiskShareRules.SHARE_DECIDED.violation(party.name(), share.state());
        String why = note == null || note.isBlank() ? null : note.strip();
        if (!approve && why == null) throw RiskShareRules.DISPUTE_REASON.violation();
        String state = approve ? "APPROVED" : "DISPUTED";
        jdbc.sql("update loss_share set state = :s, decided_by = :by, note = :n where claim_id = :c and party = :p")
                .param("s", state).param("by", actor.username()).param("n", why).param("c", claimId)
                .param("p", party.name()).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("party", party.name());
        after.put("amount", share.amount().toString());
        after.put("state", state);
        after.put("note", why);
        events.publishEvent(new LedgerFact(actor, "LOSS_CLAIM", claim.loanNo(), state, partyOrgs(claim), 
                Map.of("state", share.state()), after));
    }

    /** A payment of an approved share (代偿 / 理赔 / 补偿); never beyond the share, a fund's never beyond its balance. */
    @Transactional
    public void pay(Actor actor, long claimId, RiskParty party, Money amount) {
        Claim claim = get(actor, claimId);
        Share share = claim.share(party).orElseThrow(() -> new RecordNotFound("share", party));
        requireParty(actor, share);
        if (!share.state().equals("APPROVED")) throw RiskShareRules.PAY_APPROVED.violation();
        if (amount == null || !amount.isPositive()) throw RiskShareRules.PAYMENT_POSITIVE.violation();
        Money left = share.amount().minus(share.paid());
        if (amount.isGreaterThan(left)) throw RiskShareRules.PAID_WITHIN_APPROVED.violation(amount, left);
        if (party == RiskParty.FUND) {
            RiskFunds.Fund fund = funds.lock(claim.fundId());
            funds.post(actor, fund, "COMPENSATION", amount, claimId, claim.bankOrgId());
        }
        // the guarantor's 代偿 is its claim on the enterprise from now on (Shenzhen 004 (九))
        if (party == RiskParty.GUARANTOR) recourse.compensated(actor, claimId, share.orgId(), amount);
        Money paid = share.paid().plus(amount);
        jdbc.sql("update loss_share set paid = :paid, state = :s where claim_id = :c and party = :p")
                .param("paid", paid.amount()).param("s", paid.equals(share.amount()) ? "PAID" : "APPROVED")
                .param("c", claimId).param("p", party.name()).update();
        events.publishEvent(new LedgerFact(actor, "LOSS_CLAIM", claim.loanNo(), "PAID", partyOrgs(claim),
                Map.of("paid", share.paid().toString()),
                Map.of("party", party.name(), "amount", amount.toString(), "paid", paid.toString())));
    }

    /** A claim the actor is party to (its bank, a sharing party, or the IP office); otherwise 404. */
    public Claim get(Actor actor, long claimId) {
        Claim claim = find(claimId).orElseThrow(() -> new RecordNotFound("claim", claimId));
        if (!actor.seesWholeDistrict() && partyOrgs(claim).stream().noneMatch(actor.visibleOrgIds()::contains)) {
            throw new RecordNotFound("claim", claimId);
        }
        return claim;
    }

    public List<Claim> visible(Actor actor) {
        List<Long> ids = jdbc.sql("""
                        select c.id from loss_claim c
                        where (:all or c.bank_org_id = any(:orgs)
                               or exists (select 1 from loss_share s where s.claim_id = c.id and s.org_id = any(:orgs)))
                        order by c.id desc limit 100""")
                .params(Visibility.of(actor)).query(Long.class).list();
        return ids.stream().map(id -> find(id).orElseThrow()).toList();
    }

    Optional<Claim> find(long claimId) {
        List<Share> shares = jdbc.sql("""
                        select party, org_id, amount, state, paid, decided_by, note from loss_share where claim_id = :c""")
                .param("c", claimId)
                .query((rs, i) -> new Share(RiskParty.valueOf(rs.getString(1)), (Long) rs.getObject(2),
                        Money.of(rs.getBigDecimal(3)), rs.getString(4), Money.of(rs.getBigDecimal(5)), rs.getString(6),
                        rs.getString(7)))
                .list();
        List<Share> ordered = new ArrayList<>(shares);
        ordered.sort(java.util.Comparator.comparing(Share::party));
        return jdbc.sql("""
                        select c.id, c.loan_id, l.loan_no, c.bank_org_id, c.fund_id, c.loss_basis, c.loss, c.filed_on
                        from loss_claim c join loan_view l on l.id = c.loan_id where c.id = :c""")
                .param("c", claimId)
                .query((rs, i) -> new Claim(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        (Long) rs.getObject(5), rs.getString(6), Money.of(rs.getBigDecimal(7)),
                        rs.getObject(8, LocalDate.class), List.copyOf(ordered)))
                .optional();
    }

    /** The fund's share is the IP office's to decide; the others' are their organisations'. */
    private static void requireParty(Actor actor, Share share) {
        boolean allowed = share.party() == RiskParty.FUND ? actor.has(Role.IPO_OFFICER)
                : share.orgId() != null && actor.orgId() == share.orgId()
                  && (actor.has(Role.GUARANTOR_OFFICER) || actor.has(Role.INSURER_OFFICER));
        if (!allowed) throw new AccessDeniedException("only the sharing party decides and pays its share");
    }

    private static Long provider(List<Cover> covers, String kind) {
        return covers.stream().filter(c -> c.kind().equals(kind)).findFirst().map(Cover::providerOrgId).orElse(null);
    }

    private List<Long> parties(long claimId, Defaults.DefaultEvent d) {
        List<Long> orgs = new ArrayList<>(List.of(d.bankOrgId()));
        jdbc.sql("select org_id from loss_share where claim_id = :c and org_id is not null").param("c", claimId)
                .query(Long.class).list().forEach(o -> { if (!orgs.contains(o)) orgs.add(o); });
        return orgs;
    }

    static List<Long> partyOrgs(Claim claim) {
        List<Long> orgs = new ArrayList<>(List.of(claim.bankOrgId()));
        claim.shares().stream().map(Share::orgId).filter(o -> o != null && !orgs.contains(o)).forEach(orgs::add);
        return orgs;
    }

    record Enrolment(long fundId, String loanClass, BigDecimal ratio) {
    }

    Optional<Enrolment> enrolment(long loanId) {
        return jdbc.sql("select fund_id, loan_class, ratio from risk_fund_loan where loan_id = :l").param("l", loanId)
                .query((rs, i) -> new Enrolment(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3))).optional();
    }

    record Cover(String kind, long providerOrgId, BigDecimal ratio, Money cap, Long reGuarantorOrgId, BigDecimal reRatio,
                 Money deductible) {
    }

    private List<Cover> covers(long loanId) {
        return jdbc.sql("""
                        select kind, provider_org_id, coverage_ratio, cap, re_guarantor_org_id, re_guarantee_ratio, deductible
                        from risk_cover where loan_id = :l order by kind""")
                .param("l", loanId)
                .query((rs, i) -> new Cover(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), Money.of(rs.getBigDecimal(4)),
                        (Long) rs.getObject(5), rs.getBigDecimal(6), Money.of(rs.getBigDecimal(7))))
                .list();
    }
}
