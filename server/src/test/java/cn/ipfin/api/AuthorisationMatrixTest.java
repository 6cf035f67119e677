package cn.ipfin.api;

import cn.ipfin.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every GET path of the OpenAPI document × every demo user × real ids of every organisation (both banks' loans,
 * every enterprise's assets, valuations, demands): a record of another organisation answers 404 as a missing one
 * does, and what a user can open one by one is what its own lists show. Then every loan command is sent by the other
 * bank and by the read-only roles (auditor, expert): none is accepted.
 */
@IntegrationTest
class AuthorisationMatrixTest {

    private static final List<String> USERS = List.of("ipo", "auditor", "bank1", "bank1-approver", "bank2",
            "enterprise1", "valuer1", "guarantor1", "insurer1", "operator1", "expert1");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    private final Map<String, UserDetails> principals = new HashMap<>();
    private final List<String> violations = new ArrayList<>();
    private int requests;

    record LoanRow(String loanNo, long bankOrgId, long bankParentId, long enterpriseId) {
    }

    @Test
    void no_user_reads_across_organisations_or_writes_without_the_right() throws Exception {
        JsonNode doc = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        List<LoanRow> loans = jdbc.sql("""
                        select l.loan_no, l.bank_org_id, coalesce(o.parent_id, l.bank_org_id), l.enterprise_id
                        from loan l join organisation o on o.id = l.bank_org_id order by l.id""")
                .query((rs, i) -> new LoanRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
        Map<String, List<String>> idsByParam = new LinkedHashMap<>();
        idsByParam.put("loanNo", loans.stream().map(LoanRow::loanNo).toList());
        // a few real ids of each kind, from several organisations (ids of one kind are unknown ids of another)
        idsByParam.put("id", ids("(select id from ip_asset order by id limit 5) union (select id from valuation_request order by id"
                + " limit 5) union (select organisation_id from enterprise order by 1 limit 5) union (select id from"
                + " financing_demand order by id limit 5) union (select id from organisation order by id limit 5)"));
        idsByParam.put("assetId", ids("select id from ip_asset order by id limit 3"));
        idsByParam.put("date", List.of("2026-01-05"));
        idsByParam.put("name", List.of("enterprises", "ip-assets"));
        assertThat(loans.stream().map(LoanRow::bankOrgId).distinct().count()).as("loans of several banks").isGreaterThan(1);

        for (String who : USERS) {
            UserDetails principal = principal(who);
            var actor = ((cn.ipfin.shared.ActorHolder) principal).actor();
            Set<String> listedLoans = listed(principal, "/api/v1/loans?size=500", "loanNo");
            for (var path : doc.path("paths").properties()) {
                if (!path.getValue().has("get") || !path.getKey().startsWith("/api/")) {
                    continue;
                }
                for (String url : expand(path.getKey(), idsByParam)) {
                    int status = mvc.perform(get(url).with(user(principal))).andReturn().getResponse().getStatus();
                    requests++;
                    if (status >= 500) {
                        violations.add(who + " GET " + url + " -> " + status);
                    }
                    String loanNo = loanNoOf(url);
                    if (loanNo == null || status != 200) {
                        continue;
                    }
                    LoanRow loan = loans.stream().filter(l -> l.loanNo().equals(loanNo)).findFirst().orElseThrow();
                    boolean ownBank = actor.visibleOrgIds().contains(loan.bankOrgId())
                            || actor.orgId() == loan.bankParentId();
                    boolean ownEnterprise = actor.orgId() == loan.enterpriseId();
                    if (actor.orgType() == cn.ipfin.core.party.OrgType.BANK && !ownBank
                            || actor.orgType() == cn.ipfin.core.party.OrgType.ENTERPRISE && !ownEnterprise) {
                        violations.add(who + " read another organisation's loan: GET " + url);
                    }
                    if (url.startsWith("/api/v1/loans/") && !listedLoans.contains(loanNo)) {
                        violations.add(who + " opened a loan its list does not show: GET " + url);
                    }
                }
            }
        }
        writesByTheWrongParty(doc, loans);
        System.out.printf("Authorisation matrix: %d users, %d requests, %d violations%n", USERS.size(), requests,
                violations.size());
        violations.forEach(v -> System.out.println("  " + v));
        assertThat(violations).isEmpty();
        assertThat(requests).isGreaterThan(1000);
    }

    /** bank2 on bank-1's loans, and the read-only auditor and expert on every loan: every command refused. */
    private void writesByTheWrongParty(JsonNode doc, List<LoanRow> loans) throws Exception {
        long bank1 = jdbc.sql("select id from organisation where code = 'bank-1'").query(Long.class).single();
        List<String> bank1Loans = loans.stream().filter(l -> l.bankOrgId() == bank1 || l.bankParentId() == bank1)
                .map(LoanRow::loanNo).toList();
        assertThat(bank1Loans).isNotEmpty();
        String asset = jdbc.sql("select id::text from ip_asset order by id limit 1").query(String.class).single();
        for (String who : List.of("bank2", "auditor", "expert1")) {
            UserDetails principal = principal(who);
            for (var path : doc.path("paths").properties()) {
                if (!path.getValue().has("post") || !path.getKey().contains("{loanNo}")) {
                    continue;
                }
                for (String loanNo : bank1Loans) {
                    String url = path.getKey().replace("{loanNo}", loanNo).replace("{assetId}", asset)
                            .replace("{item}", "LICENCE");
                    for (String body : List.of("{}", "{\"expectedVersion\":0,\"reason\":\"x\",\"note\":\"x\","
                            + "\"bankReference\":\"R-" + who + "\",\"amount\":1.00,\"extraMonths\":1}")) {
                        var response = mvc.perform(post(url).with(user(principal))
                                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
                        requests++;
                        if (response.getStatus() < 300 || response.getStatus() >= 500) {
                            violations.add(who + " POST " + url + " " + body + " -> " + response.getStatus());
                        }
                    }
                }
            }
        }
    }

    private UserDetails principal(String who) {
        return principals.computeIfAbsent(who, users::loadUserByUsername);
    }

    private Set<String> listed(UserDetails principal, String url, String field) throws Exception {
        var response = mvc.perform(get(url).with(user(principal))).andReturn().getResponse();
        requests++;
        Set<String> values = new HashSet<>();
        if (response.getStatus() == 200) {
            for (JsonNode row : JSON.readTree(response.getContentAsString()).path("rows")) {
                values.add(row.path(field).asString());
            }
        }
        return values;
    }

    private List<String> ids(String sql) {
        return jdbc.sql(sql).query(Long.class).list().stream().map(String::valueOf).toList();
    }

    private static List<String> expand(String template, Map<String, List<String>> idsByParam) {
        List<String> urls = List.of(template);
        for (var param : idsByParam.entrySet()) {
            String placeholder = "{" + param.getKey() + "}";
            if (!template.contains(placeholder)) {
                continue;
            }
            List<String> next = new ArrayList<>();
            for (String url : urls) {
                for (String value : param.getValue()) {
                    next.add(url.replace(placeholder, value));
                }
            }
            urls = next;
        }
        return urls.stream().filter(u -> !u.contains("{")).toList();
    }

    private static String loanNoOf(String url) {
        for (String prefix : List.of("/api/v1/loans/", "/api/v1/applications/")) {
            if (url.startsWith(prefix)) {
                String rest = url.substring(prefix.length());
                int slash = rest.indexOf('/');
                return slash < 0 ? rest : rest.substring(0, slash);
            }
        }
        return null;
    }
}
