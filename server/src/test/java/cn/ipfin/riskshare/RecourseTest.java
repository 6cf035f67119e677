package cn.ipfin.riskshare;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.riskshare.RecourseSchedule;
import cn.ipfin.core.riskshare.RiskParty;
import cn.ipfin.servicing.ServicingFixture;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guarantor's 代偿 becomes its receivable on the enterprise, serviced like a credit loan (Shenzhen 004 (九)): the
 * principal is what it paid, its schedule sums to the fen, receipts are recorded once, its part of the collateral's
 * disposal reduces the balance. Rolled back with the test.
 */
@IntegrationTest
@Transactional
class RecourseTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired LossClaims claims;
    @Autowired Disposals disposals;
    @Autowired Recourse recourse;
    @Autowired Clock clock;

    RiskShareFixture fixture;
    LocalDate today;
    Actor bank;
    Actor guarantor;
    Actor ipo;
    long claimId;
    Money guaranteed;

    @BeforeEach
    void setUp() {
        fixture = RiskShareFixture.of(context);
        today = LocalDate.now(clock);
        bank = fixture.actor("bank1");
        guarantor = fixture.actor("guarantor1");
        ipo = fixture.actor("ipo");
        fixture.fund();
        long product = fixture.guarantee(null);
        ServicingFixture.TestLoan loan = fixture.overdueLoan(today);
        fixture.defaulted(loan, product, today);
        claimId = claims.file(bank, loan.loanNo());
        guaranteed = claims.get(bank, claimId).share(RiskParty.GUARANTOR).orElseThrow().amount();
        claims.decide(guarantor, claimId, RiskParty.GUARANTOR, true, null);
    }

    private Recourse.Receivable receivable() {
        return recourse.visible(guarantor).stream().filter(r -> r.claimId() == claimId).findFirst().orElseThrow();
    }

    @Test
    void what_the_guarantor_pays_becomes_its_receivable_and_a_second_payment_falls_due_with_the_last_instalment() {
        claims.pay(guarantor, claimId, RiskParty.GUARANTOR, Money.of("100000.00"));
        Recourse.Receivable r = receivable();
        assertThat(r.schedule().principal()).isEqualTo(Money.of("100000.00"));
        assertThat(r.enterpriseId()).isEqualTo(fixture.actor("enterprise1").orgId());
        assertThat(r.position().overdue()).isEqualTo(Money.zero());

        recourse.schedule(guarantor, r.id(), RecourseSchedule.monthly(Money.of("100000.00"), today.plusMonths(1), 3));
        Money rest = guaranteed.minus(Money.of("100000.00"));
        claims.pay(guarantor, claimId, RiskParty.GUARANTOR, rest);

        Recourse.Receivable grown = recourse.get(guarantor, r.id());
        assertThat(grown.schedule().principal()).isEqualTo(guaranteed);
        assertThat(RecourseSchedule.total(grown.schedule().instalments())).isEqualTo(guaranteed);
        assertThat(grown.schedule().instalments().getLast().amount()).isEqualTo(Money.of("33333.34").plus(rest));
        // the enterprise reads its own receivable, another bank does not
        assertThat(recourse.get(fixture.actor("enterprise1"), r.id()).position().balance()).isEqualTo(guaranteed);
        assertThatThrownBy(() -> recourse.get(fixture.actor("bank2"), r.id())).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void the_schedule_sums_to_the_principal_to_the_fen_and_its_dates_run_forward_from_the_compensation() {
        claims.pay(guarantor, claimId, RiskParty.GUARANTOR, guaranteed);
        long id = receivable().id();
        List<RecourseSchedule.Instalment> oneFenShort = List.of(
                new RecourseSchedule.Instalment(today.plusMonths(1), guaranteed.minus(Money.ofFen(1))));
        assertThatThrownBy(() -> recourse.schedule(guarantor, id, oneFenShort)).satisfies(refusedBy("riskshare.recourse-schedule-sum"));
        assertThatThrownBy(() -> recourse.schedule(guarantor, id, List.of(new RecourseSchedule.Instalment(today.minusDays(1), guaranteed))))
                .satisfies(refusedBy("riskshare.recourse-schedule-dates"));
        Money half = guaranteed.dividedBy(2, java.math.RoundingMode.DOWN);
        assertThatThrownBy(() -> recourse.schedule(guarantor, id, List.of(
                new RecourseSchedule.Instalment(today.plusMonths(2), half),
                new RecourseSchedule.Instalment(today.plusMonths(1), guaranteed.minus(half)))))
                .satisfies(refusedBy("riskshare.recourse-schedule-dates"));
        // the enterprise reads the receivable but does not set its schedule; the bank does not see it at all
        assertThatThrownBy(() -> recourse.schedule(fixture.actor("enterprise1"), id, RecourseSchedule.monthly(guaranteed, today.plusMonths(1), 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recourse.schedule(bank, id, RecourseSchedule.monthly(guaranteed, today.plusMonths(1), 1)))
                .isInstanceOf(RecordNotFound.class);

        // a single due date today: tomorrow it is overdue
        recourse.schedule(guarantor, id, RecourseSchedule.monthly(guaranteed, today, 1));
        assertThat(recourse.get(guarantor, id).position().overdue()).isEqualTo(Money.zero());
        jdbc.sql("update recourse_instalment set due_on = :d where receivable_id = :r").param("d", today.minusDays(10))
                .param("r", id).update();
        var position = recourse.get(guarantor, id).position();
        assertThat(position.overdue()).isEqualTo(guaranteed);
        assertThat(position.daysOverdue()).isEqualTo(10);
    }

    @Test
    void a_receipt_is_recorded_once_by_its_reference_and_never_beyond_the_balance() {
        claims.pay(guarantor, claimId, RiskParty.GUARANTOR, guaranteed);
        long id = receivable().id();

        long first = recourse.receive(guarantor, id, Money.of("50000.00"), "BANK-REF-001");
        assertThat(recourse.receive(guarantor, id, Money.of("50000.00"), "BANK-REF-001")).isEqualTo(first);
        assertThat(recourse.get(guarantor, id).received()).isEqualTo(Money.of("50000.00"));

        assertThatThrownBy(() -> recourse.receive(guarantor, id, Money.of("50000.01"), "BANK-REF-001"))
                .satisfies(refusedBy("riskshare.recourse-request-key-reused"));
        assertThatThrownBy(() -> recourse.receive(guarantor, id, Money.of("1.00"), " "))
                .satisfies(refusedBy("riskshare.recourse-request-key"));
        Money balance = guaranteed.minus(Money.of("50000.00"));
        assertThatThrownBy(() -> recourse.receive(guarantor, id, balance.plus(Money.ofFen(1)), "BANK-REF-002"))
                .satisfies(refusedBy("riskshare.recourse-within-balance"));
        recourse.receive(guarantor, id, balance, "BANK-REF-002");
        assertThat(recourse.get(guarantor, id).position().balance()).isEqualTo(Money.zero());
        assertThat(jdbc.sql("select count(*) from ledger_entry where subject_type = 'RECOURSE' and subject_id = :id")
                .param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void the_guarantors_part_of_the_disposal_reduces_its_recourse() {
        claims.pay(guarantor, claimId, RiskParty.GUARANTOR, guaranteed);
        Money fundShare = claims.get(bank, claimId).share(RiskParty.FUND).orElseThrow().amount();
        claims.decide(ipo, claimId, RiskParty.FUND, true, null);
        claims.pay(ipo, claimId, RiskParty.FUND, fundShare);
        long id = receivable().id();
        recourse.receive(guarantor, id, Money.of("10000.00"), "BANK-REF-100");

        long assetId = disposals.pledgedAssets(claims.get(bank, claimId).loanId()).getFirst().id();
        fixture.valued(assetId, "200000.00", today);
        long disposalId = disposals.list(bank, claimId, assetId, Disposals.Path.LISTED_SALE, BigDecimal.ZERO, Money.zero(),
                List.of(RiskParty.GUARANTOR, RiskParty.FUND, RiskParty.BANK));
        disposals.bid(bank, disposalId, "某公司", Money.of("200000.00"));
        Map<RiskParty, Money> split = disposals.award(bank, disposalId);

        Money toGuarantor = split.get(RiskParty.GUARANTOR);
        assertThat(toGuarantor.isPositive()).isTrue();
        Recourse.Receivable r = recourse.get(guarantor, id);
        assertThat(r.received()).isEqualTo(Money.of("10000.00").plus(toGuarantor));
        assertThat(r.position().balance()).isEqualTo(guaranteed.minus(Money.of("10000.00")).minus(toGuarantor));
        assertThat(r.receipts()).extracting(Recourse.Receipt::source)
                .containsExactly(Recourse.Source.ENTERPRISE, Recourse.Source.DISPOSAL);
    }
}
