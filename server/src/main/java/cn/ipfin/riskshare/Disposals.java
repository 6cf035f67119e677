package cn.ipfin.riskshare;

import cn.ipfin.asset.Pledges;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.riskshare.Ratio;
import cn.ipfin.core.riskshare.RecoveryAgreement;
import cn.ipfin.core.riskshare.Recoveries;
import cn.ipfin.core.riskshare.RiskParty;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Disposal of a defaulted loan's pledged right (质物处置, Ezhou 003 §六): a listing on one of the four paths with its
 * reserve price from the right's latest valuation (valuation's {@code asset_value_view}); the split of recoveries
 * among those who paid the loss and the valuation firm fixed when the listing is made, before any receipt (seed 004
 * (十一)); bids; the winning deal, which releases the pledge ({@code asset.Pledges}) and is the first receipt; each
 * receipt split by the agreement ({@code core.riskshare.Recoveries}), the fund's part posted back to the fund.
 */
@Service
public class Disposals {

    public enum Path { REVERSE_LICENCE, LISTED_SALE, PLEDGE_TO_EQUITY, TRANSFER }

    public record Bid(long id, String bidder, Money amount, LocalDate bidOn, boolean winning) {
    }

    public record Disposal(long id, long claimId, long loanId, long assetId, String assetNumber, Path path,
                           Money reservePrice, BigDecimal valuationFirmRatio, Money valuationFirmFee, String state,
                           LocalDate listedOn, List<RecoveryAgreement.Claimant> claimants, List<Bid> bids,
                           Map<RiskParty, Money> recovered) {
    }

    private final JdbcClient jdbc;
    private final LossClaims claims;
    private final RiskFunds funds;
    private final Pledges pledges;
    private final Recourse recourse;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Disposals(JdbcClient jdbc, LossClaims claims, RiskFunds funds, Pledges pledges, Recourse recourse,
              ApplicationEventPublisher events, Clock clock) {
        this.recourse = recourse;
        this.jdbc = jdbc;
        this.claims = claims;
        this.funds = funds;
        this.pledges = pledges;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Lists the right for disposal. Every share of the claim must be paid, so that who recovers what is known: the
     * claimants are weighted by what each paid, in {@code order}; the valuation firm takes {@code valuationFirmRatio}
     * of each receipt up to its fee.
     */
    @Transactional
    public long list(Actor actor, long claimId, long assetId, Path path, BigDecimal valuationFirmRatio,
                     Money valuationFirmFee, List<RiskParty> order) {
        requireBank(actor);
        LossClaims.Claim claim = claims.get(actor, claimId);
        if (path == null) throw RiskShareRules.DISPOSAL_PATH.violation();
        if (!claim.settled() || valuationFirmRatio == null || valuationFirmRatio.signum() < 0
                || valuationFirmRatio.compareTo(BigDecimal.ONE) > 0 || valuationFirmFee == null
                || valuationFirmFee.isNegative()) {
            throw RiskShareRules.SPLIT_BEFORE_DISPOSAL.violation();
        }
        boolean pledged = jdbc.sql("""
                        select count(*) from ip_pledge_view where loan_id = :l and asset_id = :a and cancelled_on is null""")
                .param("l", claim.loanId()).param("a", assetId).query(Integer.class).single() > 0;
        if (!pledged) throw RiskShareRules.NOT_COLLATERAL.violation();
        Money reserve = jdbc.sql("select value from asset_value_view where asset_id = :a").param("a", assetId)
                .query(BigDecimal.class).optional().filter(v -> v.signum() > 0).map(Money::of)
                .orElseThrow(RiskShareRules.NO_VALUATION::violation);
        // the agreement: every party that paid, in the agreed order first, any the order left out after it
        List<RiskParty> sequence = new ArrayList<>(order == null ? List.of() : order);
        for (LossClaims.Share s : claim.shares()) if (!sequence.contains(s.party())) sequence.add(s.party());
        LocalDate today = LocalDate.now(clock);
        long id = jdbc.sql("""
                        insert into disposal (claim_id, loan_id, asset_id, path, reserve_price, valuation_firm_ratio,
                            valuation_firm_fee, state, listed_by, listed_on)
                        values (:c, :l, :a, :p, :r, :vr, :vf, 'LISTED', :by, :on) returning id""")
                .param("c", claimId).param("l", claim.loanId()).param("a", assetId).param("p", path.name())
                .param("r", reserve.amount()).param("vr", valuationFirmRatio).param("vf", valuationFirmFee.amount())
                .param("by", actor.username()).param("on", today).query(Long.class).single();
        int seq = 0;
        Map<String, String> weights = new LinkedHashMap<>();
        for (RiskParty party : sequence) {
            Money paid = claim.share(party).map(LossClaims.Share::paid).orElse(Money.zero());
            if (!paid.isPositive()) continue;
            jdbc.sql("insert into disposal_claimant (disposal_id, party, weight, seq) values (:d, :p, :w, :s)")
                    .param("d", id).param("p", party.name()).param("w", paid.amount()).param("s", seq++).update();
            weights.put(party.name(), paid.toString());
        }
        events.publishEvent(new LedgerFact(actor, "DISPOSAL", String.valueOf(id), "LISTED", LossClaims.partyOrgs(claim),
                null, Map.of("loan", claim.loanNo(), "path", path.name(), "reservePrice", reserve.toString(),
                        "valuationFirmRatio", valuationFirmRatio.toPlainString(), "valuationFirmFee",
                        valuationFirmFee.toString(), "split", weights)));
        return id;
    }

    @Transactional
    public long bid(Actor actor, long disposalId, String bidder, Money amount) {
        requireBank(actor);
        Disposal d = get(actor, disposalId);
        if (!d.state().equals("LISTED")) throw RiskShareRules.DISPOSAL_CLOSED.violation();
        if (amount == null || amount.isLessThan(d.reservePrice())) {
            throw RiskShareRules.BID_BELOW_RESERVE.violation(amount == null ? Money.zero() : amount, d.reservePrice());
        }
        String who = bidder == null || bidder.isBlank() ? "—" : bidder.strip();
        long id = jdbc.sql("""
                        insert into disposal_bid (disposal_id, bidder, amount, bid_on, recorded_by)
                        values (:d, :b, :a, :on, :by) returning id""")
                .param("d", disposalId).param("b", who).param("a", amount.amount()).param("on", LocalDate.now(clock))
                .param("by", actor.username()).query(Long.class).single();
        events.publishEvent(new LedgerFact(actor, "DISPOSAL", String.valueOf(disposalId), "BID", List.of(actor.orgId()),
                null, Map.of("bidder", who, "amount", amount.toString())));
        return id;
    }

    /**
     * The highest bid (the earliest of equal ones) wins: the pledge is released (注销) so that the right can pass to
     * the buyer, and the price is the first receipt, split as agreed. Returns the split.
     */
    @Transactional
    public Map<RiskParty, Money> award(Actor actor, long disposalId) {
        requireBank(actor);
        Disposal d = get(actor, disposalId);
        if (!d.state().equals("LISTED")) throw RiskShareRules.DISPOSAL_CLOSED.violation();
        Bid winner = d.bids().stream()
                .max(java.util.Comparator.comparing(Bid::amount).thenComparing(Bid::id, java.util.Comparator.reverseOrder()))
                .orElseThrow(RiskShareRules.NO_BIDS::violation);
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("update disposal_bid set winning = true where id = :id").param("id", winner.id()).update();
        jdbc.sql("update disposal set state = 'SOLD', sold_on = :on where id = :id").param("on", today)
                .param("id", disposalId).update();
        pledges.cancel(d.loanId(), d.assetId(), today);
        events.publishEvent(new LedgerFact(actor, "DISPOSAL", String.valueOf(disposalId), "SOLD", List.of(actor.orgId()),
                Map.of("state", "LISTED"), Map.of("bidder", winner.bidder(), "amount", winner.amount().toString(),
                        "pledgeReleased", d.assetNumber())));
        return receive(actor, disposalId, winner.amount());
    }

    /** One receipt (the price, a licence fee, a dividend after 质权转股权) split as agreed before the disposal. */
    @Transactional
    public Map<RiskParty, Money> receive(Actor actor, long disposalId, Money amount) {
        requireBank(actor);
        Disposal d = get(actor, disposalId);
        if (amount == null || !amount.isPositive()) throw RiskShareRules.RECEIPT_POSITIVE.violation();
        LossClaims.Claim claim = claims.get(actor, d.claimId());
        Recoveries.Receipt receipt = recoveries(d, claim).receive(amount);
        LocalDate today = LocalDate.now(clock);
        long receiptId = jdbc.sql("""
                        insert into recovery_receipt (disposal_id, amount, received_on, recorded_by)
                        values (:d, :a, :on, :by) returning id""")
                .param("d", disposalId).param("a", amount.amount()).param("on", today).param("by", actor.username())
                .query(Long.class).single();
        Map<String, String> parts = new LinkedHashMap<>();
        receipt.parts().forEach((party, part) -> {
            jdbc.sql("insert into recovery_part (receipt_id, party, amount) values (:r, :p, :a)")
                    .param("r", receiptId).param("p", party.name()).param("a", part.amount()).update();
            parts.put(party.name(), part.toString());
        });
        Money toFund = receipt.partOf(RiskParty.FUND);
        if (toFund.isPositive()) {
            funds.post(actor, funds.lock(claim.fundId()), "RECOVERY", toFund, claim.id(), claim.bankOrgId());
        }
        Money toGuarantor = receipt.partOf(RiskParty.GUARANTOR);
        claim.share(RiskParty.GUARANTOR).map(LossClaims.Share::orgId).ifPresent(org ->
                recourse.recoveredFromDisposal(actor, claim.id(), org, toGuarantor, receiptId));
        events.publishEvent(new LedgerFact(actor, "DISPOSAL", String.valueOf(disposalId), "RECOVERED",
                LossClaims.partyOrgs(claim), null, Map.of("amount", amount.toString(), "parts", parts)));
        return receipt.parts();
    }

    /** Where recoveries stand: what each paid of the claim, what each has recovered by the receipts so far. */
    private Recoveries recoveries(Disposal d, LossClaims.Claim claim) {
        Map<RiskParty, Money> paid = new EnumMap<>(RiskParty.class);
        claim.shares().forEach(s -> paid.put(s.party(), s.paid()));
        Map<RiskParty, Money> recovered = new EnumMap<>(RiskParty.class);
        d.recovered().forEach((party, amount) -> {
            if (party != RiskParty.VALUATION_FIRM && party != RiskParty.PLEDGOR) recovered.put(party, amount);
        });
        var agreement = new RecoveryAgreement(new Ratio(d.valuationFirmRatio()), d.valuationFirmFee(), d.claimants());
        return new Recoveries(agreement, paid, recovered, d.recovered().getOrDefault(RiskParty.VALUATION_FIRM, Money.zero()));
    }

    /** A disposal the actor may see through its claim; otherwise 404. */
    public Disposal get(Actor actor, long disposalId) {
        Disposal d = find(disposalId).orElseThrow(() -> new RecordNotFound("disposal", disposalId));
        claims.get(actor, d.claimId());
        return d;
    }

    public List<Disposal> forClaim(Actor actor, long claimId) {
        claims.get(actor, claimId);
        return jdbc.sql("select id from disposal where claim_id = :c order by id").param("c", claimId)
                .query(Long.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    public record PledgedAsset(long id, String number, String title) {
    }

    /** The rights still pledged to the loan, which a listing may dispose of. */
    public List<PledgedAsset> pledgedAssets(long loanId) {
        return jdbc.sql("""
                        select a.id, a.number, a.title from ip_pledge_view p join ip_asset_view a on a.id = p.asset_id
                        where p.loan_id = :l and p.cancelled_on is null order by a.number""")
                .param("l", loanId).query((rs, i) -> new PledgedAsset(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    Optional<Disposal> find(long id) {
        List<RecoveryAgreement.Claimant> claimants = jdbc.sql(
                        "select party, weight from disposal_claimant where disposal_id = :d order by seq")
                .param("d", id)
                .query((rs, i) -> new RecoveryAgreement.Claimant(RiskParty.valueOf(rs.getString(1)), rs.getBigDecimal(2)))
                .list();
        List<Bid> bids = jdbc.sql("select id, bidder, amount, bid_on, winning from disposal_bid where disposal_id = :d order by id")
                .param("d", id)
                .query((rs, i) -> new Bid(rs.getLong(1), rs.getString(2), Money.of(rs.getBigDecimal(3)),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5)))
                .list();
        Map<RiskParty, Money> recovered = new EnumMap<>(RiskParty.class);
        jdbc.sql("""
                        select p.party, sum(p.amount) from recovery_part p join recovery_receipt r on r.id = p.receipt_id
                        where r.disposal_id = :d group by p.party""")
                .param("d", id)
                .query((rs, i) -> recovered.put(RiskParty.valueOf(rs.getString(1)), Money.of(rs.getBigDecimal(2)))).list();
        return jdbc.sql("""
                        select d.id, d.claim_id, d.loan_id, d.asset_id, a.number, d.path, d.reserve_price,
                               d.valuation_firm_ratio, d.valuation_firm_fee, d.state, d.listed_on
                        from disposal d join ip_asset_view a on a.id = d.asset_id where d.id = :d""")
                .param("d", id)
                .query((rs, i) -> new Disposal(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                        Path.valueOf(rs.getString(6)), Money.of(rs.getBigDecimal(7)), rs.getBigDecimal(8),
                        Money.of(rs.getBigDecimal(9)), rs.getString(10), rs.getObject(11, LocalDate.class), claimants,
                        bids, recovered))
                .optional();
    }

    private static void requireBank(Actor actor) {
        if (!actor.has(Role.BANK_OFFICER) && !actor.has(Role.BANK_APPROVER)) {
            throw new AccessDeniedException("the pledgee bank disposes of the collateral");
        }
    }
}
