package cn.ipfin.riskshare;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.money.Money;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An enterprise's own IP insurance policy (Shenzhen 004 (八)) recorded by its insurer, and a claim during litigation
 * followed from filing to payment, never above the deductible-and-limit cover. Rolled back with the test.
 */
@IntegrationTest
@Transactional
class IpPoliciesTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired IpPolicies policies;
    @Autowired Clock clock;

    ServicingFixture servicing;
    Actor insurer;
    Actor enterprise;
    LocalDate today;
    String code;
    String ownAsset;

    @BeforeEach
    void setUp() {
        servicing = ServicingFixture.of(context);
        insurer = servicing.actor("insurer1");
        enterprise = servicing.actor("enterprise1");
        today = LocalDate.now(clock);
        code = jdbc.sql("select code from organisation where id = :id").param("id", enterprise.orgId()).query(String.class).single();
        ownAsset = jdbc.sql("""
                        select a.number from ip_asset a join ip_asset_owner o on o.asset_id = a.id
                        where o.enterprise_id = :e order by a.id limit 1""")
                .param("e", enterprise.orgId()).query(String.class).single();
    }

    private IpPolicies.PolicyTerms terms(String policyNo, String limit, String deductible, List<String> assets) {
        return new IpPolicies.PolicyTerms(code, IpPolicies.Kind.INFRINGEMENT_LIABILITY, policyNo, Money.of(limit),
                Money.of(deductible), Money.of("6000.00"), today.minusMonths(1), today.plusMonths(11), assets);
    }

    @Test
    void a_claim_in_litigation_is_approved_above_the_deductible_within_the_limit_left_and_paid() {
        long id = policies.record(insurer, terms("PICC-IP-2026-001", "500000.00", "20000.00", List.of(ownAsset)));
        IpPolicies.Policy p = policies.get(enterprise, id);
        assertThat(p.assets()).extracting(IpPolicies.InsuredAsset::number).containsExactly(ownAsset);

        long first = policies.fileClaim(enterprise, id, IpPolicies.Context.LITIGATION, "(2026)粤03民初123号", today.minusDays(3),
                Money.of("400000.00"));
        // 400,000 less the 20,000 deductible: at most 380,000; a fen more is refused
        assertThatThrownBy(() -> policies.decide(insurer, id, first, true, Money.of("380000.01"), null))
                .satisfies(refusedBy("riskshare.policy-claim-payable"));
        assertThatThrownBy(() -> policies.decide(enterprise, id, first, true, Money.of("1.00"), null))
                .isInstanceOf(AccessDeniedException.class);
        policies.decide(insurer, id, first, true, Money.of("380000.00"), null);
        assertThatThrownBy(() -> policies.decide(insurer, id, first, true, Money.of("1.00"), null))
                .satisfies(refusedBy("riskshare.policy-claim-state"));
        policies.pay(insurer, id, first);

        // a second claim: only 120,000 of the limit is left
        long second = policies.fileClaim(insurer, id, IpPolicies.Context.DISPOSAL, "处置-2026-07", today, Money.of("300000.00"));
        assertThatThrownBy(() -> policies.decide(insurer, id, second, true, Money.of("120000.01"), null))
                .satisfies(refusedBy("riskshare.policy-claim-payable"));
        assertThatThrownBy(() -> policies.pay(insurer, id, second)).satisfies(refusedBy("riskshare.policy-claim-state"));
        policies.decide(insurer, id, second, true, Money.of("120000.00"), null);

        IpPolicies.Policy after = policies.get(insurer, id);
        assertThat(after.limitLeft()).isEqualTo(Money.zero());
        assertThat(after.claims()).extracting(IpPolicies.PolicyClaim::state).containsExactly("PAID", "APPROVED");
        assertThat(after.claims().getFirst().paid()).isEqualTo(Money.of("380000.00"));
        assertThat(jdbc.sql("select count(*) from ledger_entry where subject_type = 'IP_POLICY' and subject_id = :id")
                .param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(6);
        assertThatThrownBy(() -> policies.get(servicing.actor("bank1"), id)).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void a_policy_needs_sound_terms_the_enterprises_own_rights_and_a_new_number() {
        assertThatThrownBy(() -> policies.record(insurer, terms("P-1", "10000.00", "10000.00", List.of(ownAsset))))
                .satisfies(refusedBy("riskshare.policy-terms"));
        String othersAsset = jdbc.sql("""
                        select a.number from ip_asset a where not exists (
                            select 1 from ip_asset_owner o where o.asset_id = a.id and o.enterprise_id = :e) limit 1""")
                .param("e", enterprise.orgId()).query(String.class).single();
        assertThatThrownBy(() -> policies.record(insurer, terms("P-1", "10000.00", "0.00", List.of(ownAsset, othersAsset))))
                .satisfies(refusedBy("riskshare.policy-assets"));
        long id = policies.record(insurer, terms("P-1", "10000.00", "0.00", List.of(ownAsset)));
        assertThatThrownBy(() -> policies.record(insurer, terms("P-1", "10000.00", "0.00", List.of(ownAsset))))
                .satisfies(refusedBy("riskshare.policy-number"));

        assertThatThrownBy(() -> policies.fileClaim(enterprise, id, IpPolicies.Context.LITIGATION, "案号", today.plusYears(1),
                Money.of("100.00"))).satisfies(refusedBy("riskshare.policy-claim-in-period"));
        assertThatThrownBy(() -> policies.fileClaim(enterprise, id, IpPolicies.Context.LITIGATION, " ", today,
                Money.of("100.00"))).satisfies(refusedBy("riskshare.policy-claim-terms"));
        long claim = policies.fileClaim(enterprise, id, IpPolicies.Context.LITIGATION, "案号", today, Money.of("100.00"));
        assertThatThrownBy(() -> policies.decide(insurer, id, claim, false, Money.zero(), "")).satisfies(refusedBy("riskshare.policy-decline-reason"));
        policies.decide(insurer, id, claim, false, null, "不属于保险责任");
        assertThat(policies.get(enterprise, id).claims().getFirst().state()).isEqualTo("DECLINED");
    }
}
