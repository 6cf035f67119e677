package cn.ipfin.valuation;

import cn.ipfin.IntegrationTest;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Valuation's guards, each refusal by its catalogued rule (issue 14). */
@IntegrationTest
@Transactional
class ValuationRefusalsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired UserAccounts users;
    @Autowired ValuationRequests valuations;
    @Autowired ValuationFirms firms;

    private Actor actor(String username) {
        return ((ActorHolder) users.loadUserByUsername(username)).actor();
    }

    @Test
    void a_valuer_s_adjustment_and_the_office_s_second_review_state_their_reasons() throws Exception {
        var f = new ValuationFixture(mvc, jdbc, json);
        JsonNode pre = f.preValued();
        assertThatThrownBy(() -> valuations.adjust(actor("valuer1"), pre.get("id").asLong(), pre.get("version").asInt(),
                null, null, null, " ")).satisfies(refusedBy("valuation.adjustment-reason"));
        JsonNode signed = f.signed();
        assertThatThrownBy(() -> valuations.secondReview(actor("ipo"), signed.get("id").asLong(), signed.get("version").asInt(),
                true, " ")).satisfies(refusedBy("valuation.second-review-opinion"));
    }

    @Test
    void a_request_names_a_right_in_the_registry_and_an_admitted_firm_changes_status_only_when_it_differs() {
        assertThatThrownBy(() -> valuations.visibleAssetByNumber(actor("bank1"), "CN000000000.0"))
                .satisfies(refusedBy("valuation.asset-number-unknown"));
        long bank = jdbc.sql("select id from organisation where code = 'bank-1'").query(Long.class).single();
        var f = new ValuationFixture(mvc, jdbc, json);
        assertThatThrownBy(() -> valuations.request(actor("enterprise1"),
                new ValuationRequests.NewRequest(f.anAssetOfEnterprise1(), null, null, bank, "融资评估")))
                .satisfies(refusedBy("valuation.not-a-firm"));
        long firm = jdbc.sql("select id from organisation where code = 'valuer-1'").query(Long.class).single();
        int version = jdbc.sql("select version from organisation where id = :id").param("id", firm).query(Integer.class).single();
        assertThatThrownBy(() -> firms.admit(actor("ipo"), firm, version, "复核通过"))
                .satisfies(refusedBy("valuation.firm-status"));
    }
}
