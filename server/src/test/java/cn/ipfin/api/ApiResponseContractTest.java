package cn.ipfin.api;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.identifier.PatentApplicationNumber;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Runs after every other test class (junit-platform.properties orders classes by {@code @Order}) and fails if any write
 * response the suite produced through MockMvc did not match the OpenAPI document ({@link ApiResponseContract}). Run
 * alone, it sends a few writes of its own — a result and each kind of refusal — so that it checks something.
 */
@IntegrationTest
@Transactional
@Order(Integer.MAX_VALUE)
class ApiResponseContractTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private void send(String user, String url, String json, int status) throws Exception {
        int answered = mvc.perform(post(url).with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en").content(json)).andReturn().getResponse().getStatus();
        assertThat(answered).as(url).isEqualTo(status);
    }

    @Test
    void every_write_response_of_the_suite_matches_the_document() throws Exception {
        long patent = jdbc.sql("""
                        insert into ip_asset (kind, number, title, filed_on, granted_on, expires_on, status)
                        values ('INVENTION_PATENT', :n, '契约测试专利', date '2022-03-01', date '2024-03-01',
                            date '2042-02-28', 'IN_FORCE') returning id""")
                .param("n", PatentApplicationNumber.of(2022, 1, (int) (System.nanoTime() % 9_000_000L) + 1_000_000).value()).query(Long.class).single();
        jdbc.sql("insert into ip_asset_owner (asset_id, enterprise_id, share) select :a, organisation_id, 1"
                + " from app_user where username = 'enterprise1'").param("a", patent).update();
        long product = jdbc.sql("select p.id from loan_product p join organisation o on o.id = p.bank_org_id"
                + " where o.code = 'bank-1' and p.code = 'ZSCD-01' and p.retired_at is null").query(Long.class).single();
        String applied = mvc.perform(post("/api/v1/applications").with(httpBasic("enterprise1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"productId":%d,"amount":500000.00,"termMonths":12,"purpose":"研发",
                                 "repaymentMethod":"INTEREST_ONLY_THEN_PRINCIPAL","assetIds":[%d]}""".formatted(product, patent)))
                .andReturn().getResponse().getContentAsString();
        String loanNo = JsonMapper.builder().build().readTree(applied).path("loan").path("loanNo").asString();
        assertThat(loanNo).as(applied).isNotBlank();
        send("enterprise1", "/api/v1/demands", """
                {"amount":100000,"termMonths":12,"purpose":"流动资金","collateralKinds":["INVENTION_PATENT"]}""", 200);
        send("enterprise1", "/api/v1/demands", "{\"amount\":-1,\"termMonths\":0}", 400);
        send("enterprise1", "/api/v1/demands", "{\"amount\":", 400);
        send("enterprise1", "/api/v1/applications/" + loanNo + "/valuation", "{\"expectedVersion\":0}", 403);
        send("bank1", "/api/v1/applications/" + loanNo + "/valuation", "{\"expectedVersion\":999}", 409);
        send("bank1", "/api/v1/applications/" + loanNo + "/due-diligence", "{\"expectedVersion\":0}", 422);
        send("bank1", "/api/v1/applications/NO-SUCH-LOAN/valuation", "{\"expectedVersion\":0}", 404);

        var contract = ApiResponseContract.INSTANCE;
        System.out.printf("API write responses: %d validated against the document (%d operations; by status %s),"
                        + " %d mismatches%n", contract.validated.get(), contract.operations.size(), contract.byStatus,
                contract.mismatches.size());
        contract.mismatches.stream().distinct().limit(80).forEach(m -> System.out.println("  " + m));
        assertThat(contract.validated.get()).isGreaterThanOrEqualTo(8);
        assertThat(contract.mismatches).isEmpty();
    }
}
