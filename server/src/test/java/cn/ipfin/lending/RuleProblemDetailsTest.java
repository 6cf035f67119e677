package cn.ipfin.lending;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.party.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A refused request's problem details name the rule (issue 14): its catalogue code and citation as RFC 9457 extension
 * members, every rule when several refused, and the OpenAPI document describes them; the catalogue itself is readable
 * by every role, as JSON and as a page.
 */
@IntegrationTest
@Transactional
class RuleProblemDetailsTest {

    private static final String APPROVE = "{\"expectedVersion\": %d, \"amount\": %s, \"spreadBp\": %d}";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired Products products;
    @Autowired LoanApplications applications;
    @Autowired DueDiligence diligence;
    @Autowired PledgeRegistration pledges;
    @Autowired LoanApproval approval;
    @Autowired java.time.Clock clock;
    OriginationFixture f;

    @BeforeEach
    void fixture() {
        f = new OriginationFixture(jdbc, users, products, applications, diligence, pledges, approval, clock);
    }

    private LoanFile awaitingApproval() {
        return f.awaitingApproval(f.registered(f.diligent(f.valued(
                f.applied(f.product(Requirement.OPTIONAL), "500000", f.patent()), "1000000"))));
    }

    @Test
    void a_refusal_names_its_rule_s_code_and_citation() throws Exception {
        LoanFile file = awaitingApproval();
        mvc.perform(post("/api/v1/applications/{no}/approval", file.loanNo()).with(httpBasic("bank1-approver", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(APPROVE.formatted(file.version(), "500000.01", 80)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:ipfin:problem:rule"))
                .andExpect(jsonPath("$.code").value("lending.pledge-rate-cap"))
                .andExpect(jsonPath("$.citation").value("Shenzhen 004 (七)"))
                .andExpect(jsonPath("$.detail", containsString("exceeds the pledge-rate limit")))
                .andExpect(jsonPath("$.reasons").doesNotExist());
    }

    @Test
    void a_refusal_for_several_rules_lists_each_with_its_code_and_citation() throws Exception {
        LoanFile file = awaitingApproval();
        jdbc.sql("update loan set prepared_by = 'bank1-approver' where id = :id").param("id", file.loan().id()).update();
        mvc.perform(post("/api/v1/applications/{no}/approval", file.loanNo()).with(httpBasic("bank1-approver", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(APPROVE.formatted(file.version(), "500000", 200)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("lending.four-eyes"))
                .andExpect(jsonPath("$.citation").value("platform"))
                .andExpect(jsonPath("$.reasons[*].code", hasItems("lending.four-eyes", "lending.spread-range")))
                .andExpect(jsonPath("$.reasons[1].detail", containsString("利率加点 200 个基点")));
    }

    @Test
    void disbursement_before_registration_cites_licheng_article_7_4() throws Exception {
        LoanFile file = awaitingApproval();
        file = approval.approve(f.actor("bank1-approver"), file.loanNo(), new LoanApproval.Approve(file.version(),
                new java.math.BigDecimal("500000"), 100, null));
        file = approval.signContract(f.actor("bank1"), file.loanNo(), file.version(), "HT-RULES");
        file = pledges.cancel(f.actor("bank1"), file.loanNo(), file.version(), file.collateral().getFirst().assetId(), "更换质押物");
        mvc.perform(post("/api/v1/applications/{no}/disbursement", file.loanNo()).with(httpBasic("bank1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"expectedVersion\": " + file.version() + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("lending.registered-before-disbursement"))
                .andExpect(jsonPath("$.citation").value("Licheng 第七条(四)"));
    }

    @Test
    void an_idempotency_key_names_one_command() throws Exception {
        LoanFile file = f.applied(f.product(Requirement.OPTIONAL), "500000", f.patent());
        String key = "rules-" + file.loanNo();
        mvc.perform(post("/api/v1/applications/{no}/valuation", file.loanNo()).with(httpBasic("bank1", PASSWORD))
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expectedVersion\": " + file.version() + "}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/applications/{no}/rejection", file.loanNo()).with(httpBasic("bank1", PASSWORD))
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expectedVersion\": " + (file.version() + 1) + ", \"reason\": \"资料不全\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("api.idempotency-key-other-command"))
                .andExpect(jsonPath("$.citation").value("IETF draft-ietf-httpapi-idempotency-key-header"));
    }

    @Test
    void the_api_document_describes_the_rule_s_code_and_citation() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.schemas.Problem.properties.code.type").value("string"))
                .andExpect(jsonPath("$.components.schemas.Problem.properties.citation.type").value("string"))
                .andExpect(jsonPath("$.components.responses.Problem422.content['application/problem+json'].schema['$ref']")
                        .value("#/components/schemas/Problem"))
                .andExpect(jsonPath("$.paths['/api/v1/applications/{loanNo}/approval'].post.responses['422']['$ref']")
                        .value("#/components/responses/Problem422"));
    }

    @Test
    void every_role_reads_the_rule_catalogue() throws Exception {
        for (String role : new String[]{"auditor", "ipo", "enterprise1", "valuer1"}) {
            mvc.perform(get("/api/v1/rules").with(httpBasic(role, PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].capability", hasItems("lending", "servicing", "valuation", "asset", "reference", "api")))
                    .andExpect(jsonPath("$[?(@.capability == 'lending')].sources[?(@.source == '000 Licheng')].rules[*].code",
                            hasItem("lending.registered-before-disbursement")))
                    .andExpect(jsonPath("$[?(@.capability == 'servicing')].sources[*].rules[?(@.code == 'servicing.extension-long-term')].parameters[0]",
                            hasItem("extension")));
        }
        mvc.perform(get("/rules").with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lending.pledge-rate-cap")))
                .andExpect(content().string(containsString("Shenzhen 004 (七)")))
                .andExpect(content().string(containsString("深圳市知识产权质押融资指导意见（004）")));
    }
}
