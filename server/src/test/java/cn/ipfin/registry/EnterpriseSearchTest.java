package cn.ipfin.registry;

import cn.ipfin.IntegrationTest;
import cn.ipfin.party.EnterpriseQuery;
import cn.ipfin.party.EnterpriseSummary;
import cn.ipfin.party.Enterprises;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enterprise search's index-friendly forms (issue 15, a million enterprises) find exactly what the plain
 * definitions find: a code fragment anywhere in the code or the name, a qualification held on the business date.
 */
@IntegrationTest
@Transactional
class EnterpriseSearchTest {

    private static final String PREFIX = "91419001MAH15";

    @Autowired Enterprises enterprises;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;

    private Actor office;
    private long held;
    private long expired;
    private long notYet;

    @BeforeEach
    void threeHighTechEnterprises() {
        office = ((ActorHolder) users.loadUserByUsername("ipo")).actor();
        held = enterprise(PREFIX + "AAAA1", "检索测试甲精工有限公司");
        expired = enterprise(PREFIX + "BAAA2", "检索测试乙精工有限公司");
        notYet = enterprise(PREFIX + "CAAA3", "检索测试丙精工有限公司");
        // the business date is 2026-12-01
        jdbc.sql("""
                insert into enterprise_qualification (enterprise_id, kind, granted_on, expires_on, source) values
                (:held, 'HIGH_TECH', date '2024-01-01', null, '测试'),
                (:expired, 'HIGH_TECH', date '2022-01-01', date '2025-01-01', '测试'),
                (:notYet, 'HIGH_TECH', date '2027-01-01', null, '测试')""")
                .param("held", held).param("expired", expired).param("notYet", notYet).update();
    }

    private long enterprise(String code, String name) {
        long id = jdbc.sql("insert into organisation (code, credit_code, type, name, district)"
                        + " values (:code, :code, 'ENTERPRISE', :name, '示范区') returning id")
                .param("code", code).param("name", name).query(Long.class).single();
        jdbc.sql("""
                insert into enterprise (organisation_id, credit_code, name, legal_representative, registered_on,
                    registered_capital, district, park, industry_code, industry_name, size)
                values (:id, :code, :name, '张三', date '2015-03-01', 1000000, '示范区', '检索园', 'C3581', '医疗器械', 'SMALL')""")
                .param("id", id).param("code", code).param("name", name).update();
        return id;
    }

    private List<Long> found(EnterpriseQuery query) {
        return enterprises.search(office, query, 0, 50).rows().stream().map(EnterpriseSummary::id).toList();
    }

    /** The plain definition of a text search: the fragment anywhere in the code (any case) or in the name. */
    private List<Long> containing(String text) {
        return jdbc.sql("select organisation_id from enterprise where credit_code::text like upper(:t) or name like :t"
                        + " order by name limit 50")
                .param("t", "%" + text + "%").query(Long.class).list();
    }

    @Test
    void a_code_fragment_is_found_wherever_it_stands_in_the_code() {
        for (String text : List.of(PREFIX, PREFIX + "A", "91419001MA", "h15baaa", "AAA", "1MAH15C", "H15AAAA1",
                "9001MAH", "AAA2")) {
            assertThat(found(EnterpriseQuery.text(text))).as(text).isEqualTo(containing(text));
        }
        assertThat(found(EnterpriseQuery.text(PREFIX))).containsExactlyInAnyOrder(held, expired, notYet);
        assertThat(found(EnterpriseQuery.text("MAH15BAAA"))).containsExactly(expired);
    }

    @Test
    void a_qualification_filter_keeps_only_what_is_held_on_the_business_date() {
        assertThat(found(new EnterpriseQuery("检索测试", null, null, "HIGH_TECH", null))).containsExactly(held);
        assertThat(found(new EnterpriseQuery(null, "检索园", "C358", "HIGH_TECH", null))).containsExactly(held);
        assertThat(found(new EnterpriseQuery("精工", "检索园", null, "SPECIALISED_SME", null))).isEmpty();
        // each narrowing filter alone beside the qualification (its own index per kind, V23_2) checks the dates too
        assertThat(found(new EnterpriseQuery(null, "检索园", null, "HIGH_TECH", null))).containsExactly(held);
        assertThat(found(new EnterpriseQuery(null, null, "C3581", "HIGH_TECH", null))).contains(held).doesNotContain(expired, notYet);
        assertThat(found(new EnterpriseQuery("精工", null, null, "HIGH_TECH", null))).contains(held).doesNotContain(expired, notYet);
    }

    @Test
    void the_kinds_on_the_enterprise_follow_its_qualification_rows() {
        assertThat(kinds(expired)).containsExactly("HIGH_TECH");
        jdbc.sql("insert into enterprise_qualification (enterprise_id, kind, granted_on, source)"
                + " values (:id, 'SPECIALISED_SME', date '2025-06-01', '测试')").param("id", expired).update();
        assertThat(kinds(expired)).containsExactly("HIGH_TECH", "SPECIALISED_SME");
        assertThat(found(new EnterpriseQuery("检索测试", null, null, "SPECIALISED_SME", null))).containsExactly(expired);

        jdbc.sql("update enterprise_qualification set enterprise_id = :to where enterprise_id = :from and kind = 'SPECIALISED_SME'")
                .param("to", held).param("from", expired).update();
        assertThat(kinds(expired)).containsExactly("HIGH_TECH");
        assertThat(kinds(held)).containsExactly("HIGH_TECH", "SPECIALISED_SME");

        jdbc.sql("delete from enterprise_qualification where enterprise_id = :id").param("id", held).update();
        assertThat(kinds(held)).isEmpty();
        assertThat(found(new EnterpriseQuery("检索测试", null, null, "HIGH_TECH", null))).isEmpty();
    }

    private List<String> kinds(long id) {
        return List.of(jdbc.sql("select qualification_kinds from enterprise where organisation_id = :id")
                .param("id", id).query((rs, i) -> (String[]) rs.getArray(1).getArray()).single());
    }
}
