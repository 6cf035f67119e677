package cn.ipfin.programme;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.programme.FactModel.Facts;
import cn.ipfin.core.programme.FactModel.Project;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.securitization.AssetPools;
import cn.ipfin.securitization.SecuritizationProjects;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Licheng 第三条/第四条: an enterprise's securitization projects come from the projects whose frozen pool holds it,
 * with the amount it raises there; the project counts once issued and its money received.
 */
@IntegrationTest
@Transactional
class ProgrammeProjectFactsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired ProgrammeFacts facts;
    @Autowired SecuritizationProjects projects;
    @Autowired AssetPools pools;
    @Autowired UserAccounts users;

    private Actor actor(String username) {
        return ((ActorHolder) users.loadUserByUsername(username)).actor();
    }

    /** The enterprise's projects of this test: the suite's other tests may leave projects of their own. */
    private static List<Project> own(Facts facts, long id) {
        return facts.projects().stream().filter(p -> p.ref().endsWith(" #" + id)).toList();
    }

    private int version(long id) {
        return projects.find(actor("ipo"), id).version();
    }

    @Test
    void an_enterprise_in_a_frozen_pool_has_the_project_and_it_counts_once_issued_with_the_money_received() {
        Actor operator = actor("operator1");
        long id = projects.open(actor("ipo"), new SecuritizationProjects.NewProject("历城知识产权证券化一期",
                operator.orgId(), "ZB-2026-021", new BigDecimal("100000000.00"), 12, YearMonth.of(2026, 5),
                Map.of(SecuritizationProjects.InstitutionRole.GUARANTOR, "示范融资担保公司")));
        var standards = new AssetPools.Standards(false, 0, BigDecimal.ZERO, new BigDecimal("-100000000000"), 0,
                BigDecimal.valueOf(10), BigDecimal.valueOf(40), BigDecimal.valueOf(50), new BigDecimal("5000000.00"));
        var pool = pools.screen(operator, id, version(id), standards);
        long in = pool.included().getFirst().enterpriseId();
        long out = pool.entries().stream().filter(e -> !e.included()).findFirst().orElseThrow().enterpriseId();
        assertThat(own(facts.of(in, TODAY, 2026), id)).as("a pool not frozen yet").isEmpty();

        pools.freeze(operator, id, version(id));
        assertThat(own(facts.of(out, TODAY, 2026), id)).as("screened out").isEmpty();
        Project open = own(facts.of(in, TODAY, 2026), id).getFirst();
        assertThat(open.issued()).isNull();
        assertThat(open.fundsReceived()).isFalse();

        // 附件2's low total, shared over twenty enterprises of 500 万 each: 202,500.00 each
        projects.recordIssuance(operator, id, version(id), TODAY.minusDays(10), new BigDecimal("90000000"), new BigDecimal("4050000.00"));
        projects.recordFundsReceived(operator, id, version(id), TODAY.minusDays(8), new BigDecimal("90000000"));
        assertThat(own(facts.of(in, TODAY, 2026), id)).singleElement().satisfies(p -> {
            assertThat(p.ref()).isEqualTo("历城知识产权证券化一期 #" + id);
            assertThat(p.issued()).isEqualTo(TODAY.minusDays(10));
            assertThat(p.fundsReceived()).isTrue();
            assertThat(p.financing()).isEqualTo(Money.of(new BigDecimal("5000000.00")));
            assertThat(p.cost()).isEqualTo(Money.of("202500.00"));
        });
        assertThat(own(facts.of(in, TODAY.minusDays(9), 2026), id)).as("issued, the money not received yet")
                .singleElement().satisfies(p -> assertThat(p.fundsReceived()).isFalse());
        assertThat(own(facts.of(in, TODAY.minusDays(11), 2026), id)).as("before the issue")
                .singleElement().satisfies(p -> {
                    assertThat(p.issued()).isNull();
                    assertThat(p.cost()).isEqualTo(Money.zero());
                });
    }
}
