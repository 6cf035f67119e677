package cn.ipfin.lending;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The application's steps from demand to disbursement, each guard's refusal and its message, idempotent retries. */
@IntegrationTest
@Transactional
class OriginationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired Products products;
    @Autowired Demands demands;
    @Autowired LoanApplications applications;
    @Autowired DueDiligence diligence;
    @Autowired PledgeRegistration pledges;
    @Autowired LoanApproval approval;
    @Autowired LoanFiles files;
    @Autowired java.time.Clock clock;
    @Autowired RegisteredPledges register;

    OriginationFixture f;

    @BeforeEach
    void fixture() {
        f = new OriginationFixture(jdbc, users, products, applications, diligence, pledges, approval, clock);
    }

    @Test
    void a_loan_walks_from_demand_to_disbursement_with_every_step_in_the_ledger() {
        Product product = f.product(Requirement.OPTIONAL);
        long patent = f.patent();
        long trademark = f.trademark();
        Demand demand = demands.post(f.actor("enterprise1"), new Demands.DemandDraft(new BigDecimal("1000000"), 12,
                "研发投入", Set.of(IpKind.INVENTION_PATENT, IpKind.TRADEMARK), List.of(patent, trademark)));
        var matches = demands.match(f.actor("bank1"), demand.id());
        var ours = matches.stream().filter(m -> m.product().id() == product.id()).findFirst().orElseThrow();
        assertThat(ours.eligible()).isTrue();
        assertThat(ours.score()).isEqualTo(100);
        assertThat(ours.checks()).hasSize(5);
        demands.followUp(f.actor("bank1"), demand.id(), new Demands.FollowUpDraft(Demands.FollowUp.CONTACTED, product.id(), null, null));

        LoanFile file = f.applied(product, "1000000", patent, trademark);
        assertThat(file.state()).isEqualTo(LoanState.APPLIED);
        file = f.awaitingApproval(f.registered(f.diligent(f.valued(file, "2000000", "1000000"))));
        file = approval.approve(f.actor("bank1-approver"), file.loanNo(),
                new LoanApproval.Approve(file.version(), new BigDecimal("1000000"), 80, null));
        assertThat(file.lpr()).isEqualByComparingTo("0.03");           // 1-year LPR in force since 2025-05-20
        assertThat(file.loan().annualRate()).isEqualByComparingTo("0.038");
        assertThat(file.approvedBy()).isEqualTo("bank1-approver");
        assertThat(file.preparedBy()).isEqualTo("bank1");
        file = approval.signContract(f.actor("bank1"), file.loanNo(), file.version(), "HT-2026-001");
        file = approval.disburse(f.actor("bank1"), file.loanNo(), file.version());

        assertThat(file.state()).isEqualTo(LoanState.DISBURSED);
        assertThat(file.loan().maturityOn()).isEqualTo(file.loan().disbursedOn().plusMonths(12));
        assertThat(file.collateral()).allMatch(LoanFile.Collateral::registered);
        assertThat(f.ledgerActions(file.loanNo())).containsSubsequence("APPLIED", "VALUATION", "VALUATION_ATTACHED",
                "DUE_DILIGENCE", "DOCUMENT_UPLOADED", "CHECKLIST_DONE", "PLEDGE_REGISTRATION", "PLEDGE_REGISTERED",
                "CREDIT_APPROVAL", "CONTRACT", "CONTRACT_SIGNED", "DISBURSED");
        long matchEntries = jdbc.sql("select count(*) from ledger_entry where subject_type = 'MATCH' and subject_id like :d")
                .param("d", "D" + demand.id() + "%").query(Long.class).single();
        assertThat(matchEntries).isEqualTo(2);   // posted, contacted

        // visibility: the bank its own (with its note), the enterprise its own (no note), another bank nothing,
        // the IP office the registered pledges without notes
        assertThat(files.get(f.actor("bank1"), file.loanNo()).bankNote()).contains("内部备注");
        assertThat(files.get(f.actor("enterprise1"), file.loanNo()).bankNote()).isNull();
        String loanNo = file.loanNo();
        assertThatThrownBy(() -> files.get(f.actor("bank2"), loanNo)).isInstanceOf(cn.ipfin.shared.RecordNotFound.class);
        var pledgesSeen = register.inDistrict(f.actor("ipo"), 5000);
        assertThat(pledgesSeen.pledges()).filteredOn(p -> loanNo.equals(p.loanNo())).hasSize(2);
        assertThat(pledgesSeen.totals().count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_pledge_rate_guard_on_a_patent_and_trademark_bundle_is_the_weighted_sum() throws Exception {
        LoanFile file = f.awaitingApproval(f.registered(f.diligent(f.valued(
                f.applied(f.product(Requirement.OPTIONAL), "1300000.01", f.patent(), f.trademark()),
                "2000000.01", "1000000.05"))));
        // 0.50 × 2,000,000.01 → 1,000,000.00 and 0.30 × 1,000,000.05 → 300,000.01 (each rounded down): 1,300,000.01
        assertThat(approval.limit(file).total().amount()).isEqualByComparingTo("1300000.01");
        String body = "{\"expectedVersion\": %d, \"amount\": %s, \"spreadBp\": 80}";
        mvc.perform(post("/api/v1/applications/{no}/approval", file.loanNo()).with(httpBasic("bank1-approver", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(body.formatted(file.version(), "1300000.02")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("exceeds the pledge-rate limit Σ(max rate × appraised value) = CNY 1,300,000.01")));
        mvc.perform(post("/api/v1/applications/{no}/approval", file.loanNo()).with(httpBasic("bank1-approver", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-CN")
                        .content(body.formatted(file.version(), "1300000.02")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("授信金额 1,300,000.02 元超过质押率上限")))
                .andExpect(jsonPath("$.detail", containsString("= 1,300,000.01 元")))
                .andExpect(jsonPath("$.code").value("lending.pledge-rate-cap"));
        mvc.perform(post("/api/v1/applications/{no}/approval", file.loanNo()).with(httpBasic("bank1-approver", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(file.version(), "1300000.01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.loan.state").value("CONTRACT"))
                .andExpect(jsonPath("$.creditLimit").value(1300000.01));
    }

    @Test
    void the_approver_may_not_be_the_officer_who_prepared_it_and_pricing_and_term_stay_in_range() {
        LoanFile file = f.awaitingApproval(f.registered(f.diligent(f.valued(
                f.applied(f.product(Requirement.OPTIONAL), "500000", f.patent()), "2000000"))));
        jdbc.sql("update loan set prepared_by = 'bank1-approver' where id = :id").param("id", file.loan().id()).update();
        int version = file.version();
        String no = file.loanNo();
        assertThatThrownBy(() -> approval.approve(f.actor("bank1-approver"), no, new LoanApproval.Approve(version,
                new BigDecimal("500000"), 200, null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("four eyes").hasMessageContaining("spread 200 bp is outside")
                .satisfies(e -> assertThat(((RuleViolation) e).zh()).contains("四眼原则", "利率加点"))
                .satisfies(refusedBy("lending.four-eyes", "lending.spread-range"));
        // an officer without the approver role cannot approve at all
        assertThatThrownBy(() -> approval.approve(f.actor("bank1"), no, new LoanApproval.Approve(version,
                new BigDecimal("500000"), 80, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void registration_refuses_a_co_owned_right_without_consent_until_the_co_owner_consents() {
        long coOwner = jdbc.sql("select organisation_id from enterprise where organisation_id <> :e order by organisation_id limit 1")
                .param("e", f.enterprise1()).query(Long.class).single();
        long shared = f.asset(IpKind.INVENTION_PATENT, "IN_FORCE", LocalDate.now(clock).plusYears(10), coOwner);
        LoanFile file = f.diligent(f.valued(f.applied(f.product(Requirement.OPTIONAL), "500000", shared), "2000000"));
        String no = file.loanNo();
        int version = file.version();
        assertThatThrownBy(() -> pledges.register(f.actor("bank1"), no, version, shared))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("1 co-owner(s) have not consented")
                .satisfies(e -> assertThat(((RuleViolation) e).zh()).contains("共有人未同意出质"))
                .satisfies(refusedBy("lending.co-owners-consent"));
        var consent = diligence.upload(f.actor("bank1"), no, null, "同意书.pdf", "application/pdf", OriginationFixture.PDF);
        pledges.consent(f.actor("bank1"), no, shared, coOwner, consent.id());
        LoanFile after = pledges.register(f.actor("bank1"), no, files.get(f.actor("bank1"), no).version(), shared);
        assertThat(after.collateral().getFirst().registrationNo()).startsWith("Y");
        assertThat(after.collateral().getFirst().registeredOn()).isEqualTo(LocalDate.now(clock));
    }

    @Test
    void registration_refuses_a_right_not_in_force_expiring_before_maturity_already_pledged_frozen_or_not_owned() {
        long underInvalidation = f.asset(IpKind.INVENTION_PATENT, "UNDER_INVALIDATION", LocalDate.now(clock).plusYears(10));
        long expiring = f.asset(IpKind.INVENTION_PATENT, "IN_FORCE", LocalDate.now(clock).plusMonths(6));
        long pledged = f.patent();
        long frozen = f.patent();
        long transferred = f.patent();
        LoanFile file = f.diligent(f.valued(f.applied(f.product(Requirement.OPTIONAL), "500000",
                underInvalidation, expiring, pledged, frozen, transferred), "1000000", "1000000", "1000000", "1000000", "1000000"));
        jdbc.sql("""
                        insert into ip_pledge (asset_id, registration_no, pledgor_id, pledgee_org_id, registered_on)
                        values (:a, 'Y2025OTHER1', :e, :b, date '2025-01-01')""")
                .param("a", pledged).param("e", f.enterprise1()).param("b", f.orgId("bank-2")).update();
        pledges.freeze(f.actor("ipo"), frozen, "某区人民法院", "(2026)民保字第1号");
        long stranger = jdbc.sql("select organisation_id from enterprise where organisation_id <> :e limit 1")
                .param("e", f.enterprise1()).query(Long.class).single();
        jdbc.sql("update ip_asset_owner set enterprise_id = :s where asset_id = :a").param("s", stranger).param("a", transferred).update();
        String no = file.loanNo();
        int v = file.version();
        assertRefused(() -> pledges.register(f.actor("bank1"), no, v, underInvalidation), "lending.right-in-force", "only a right in force", "无效宣告审查中");
        assertRefused(() -> pledges.register(f.actor("bank1"), no, v, expiring), "lending.right-outlasts-loan", "not after the loan's maturity", "不晚于贷款到期日");
        assertRefused(() -> pledges.register(f.actor("bank1"), no, v, pledged), "lending.already-pledged", "already pledged (registration Y2025OTHER1)", "已质押");
        assertRefused(() -> pledges.register(f.actor("bank1"), no, v, frozen), "lending.right-frozen", "frozen", "冻结");
        assertRefused(() -> pledges.register(f.actor("bank1"), no, v, transferred), "lending.pledgor-owns-asset", "the pledgor does not own the asset", "出质人不是");
        // lifting the freeze lets the registration through
        pledges.lift(f.actor("ipo"), frozen);
        assertThat(pledges.register(f.actor("bank1"), no, v, frozen).collateral())
                .filteredOn(c -> c.assetId() == frozen).allMatch(LoanFile.Collateral::registered);
    }

    @Test
    void disbursement_is_impossible_until_every_pledge_is_registered() throws Exception {
        LoanFile file = f.awaitingApproval(f.registered(f.diligent(f.valued(
                f.applied(f.product(Requirement.OPTIONAL), "500000", f.patent(), f.trademark()), "2000000", "1000000"))));
        file = approval.approve(f.actor("bank1-approver"), file.loanNo(), new LoanApproval.Approve(file.version(),
                new BigDecimal("500000"), 100, null));
        file = approval.signContract(f.actor("bank1"), file.loanNo(), file.version(), "HT-1");
        long trademark = file.collateral().get(1).assetId();
        file = pledges.cancel(f.actor("bank1"), file.loanNo(), file.version(), trademark, "更换质押物");
        mvc.perform(post("/api/v1/applications/{no}/disbursement", file.loanNo()).with(httpBasic("bank1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"expectedVersion\": " + file.version() + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("registered before disbursement (Licheng art. 7(4))")));
        mvc.perform(post("/api/v1/applications/{no}/disbursement", file.loanNo()).with(httpBasic("bank1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"expectedVersion\": " + file.version() + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("质押登记须在放款之前")))
                .andExpect(jsonPath("$.code").value("lending.registered-before-disbursement"));
        assertThat(files.get(f.actor("bank1"), file.loanNo()).state()).isEqualTo(LoanState.CONTRACT);
    }

    @Test
    void steps_cannot_be_skipped_and_a_rejection_needs_a_reason_and_releases_the_pledges() {
        LoanFile file = f.applied(f.product(Requirement.REQUIRED), "500000", f.patent());
        String no = file.loanNo();
        int v = file.version();
        assertRefused(() -> applications.startDueDiligence(f.actor("bank1"), no, v), "lending.application-state", "not allowed while the application is APPLIED", "已申请");
        LoanFile registered = f.registered(f.diligent(f.valued(file, "2000000")));
        // the product requires a guarantor
        assertRefused(() -> pledges.submitForApproval(f.actor("bank1"), no, registered.version()), "lending.guarantor-required", "requires a guarantor", "产品要求担保");
        assertRefused(() -> applications.reject(f.actor("bank1"), no, registered.version(), " "), "lending.rejection-reason", "needs its reason", "拒绝须说明理由");
        LoanFile rejected = applications.reject(f.actor("bank1"), no, registered.version(), "经营现金流不足");
        assertThat(rejected.state()).isEqualTo(LoanState.REJECTED);
        assertThat(files.get(f.actor("bank1"), no).collateral()).noneMatch(LoanFile.Collateral::registered);
        assertThat(f.ledgerActions(no)).endsWith("REJECTED", "PLEDGE_CANCELLED");
    }

    @Test
    void a_document_whose_bytes_are_not_its_type_is_refused() {
        LoanFile file = f.applied(f.product(Requirement.OPTIONAL), "500000", f.patent());
        assertRefused(() -> diligence.upload(f.actor("enterprise1"), file.loanNo(), null, "x.pdf", "application/pdf",
                "MZ executable".getBytes()), "lending.file-type", "content matches their type", "内容须与类型一致");
        assertRefused(() -> diligence.upload(f.actor("enterprise1"), file.loanNo(), null, "big.pdf", "application/pdf",
                new byte[DueDiligence.MAX_BYTES + 1]), "lending.file-too-large", "10 MB", "10 MB");
        assertThat(diligence.upload(f.actor("enterprise1"), file.loanNo(), null, "营业执照.pdf", "application/pdf",
                OriginationFixture.PDF).sizeBytes()).isEqualTo(OriginationFixture.PDF.length);
        // a part sent as generic bytes (as generated API clients send files) takes its name's type, and is checked so
        assertRefused(() -> diligence.upload(f.actor("enterprise1"), file.loanNo(), null, "x.pdf",
                "application/octet-stream", "MZ executable".getBytes()), "lending.file-type", "content matches their type", "内容须与类型一致");
        assertRefused(() -> diligence.upload(f.actor("enterprise1"), file.loanNo(), null, "x.exe",
                "application/octet-stream", OriginationFixture.PDF), "lending.file-type", "content matches their type", "内容须与类型一致");
        assertThat(diligence.upload(f.actor("enterprise1"), file.loanNo(), null, "章程.PDF", "application/octet-stream",
                OriginationFixture.PDF).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void the_same_idempotency_key_twice_is_one_transition_and_one_ledger_entry() throws Exception {
        LoanFile file = f.applied(f.product(Requirement.OPTIONAL), "500000", f.patent());
        String body = "{\"expectedVersion\": " + file.version() + "}";
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/applications/{no}/valuation", file.loanNo()).with(httpBasic("bank1", PASSWORD))
                            .header("Idempotency-Key", "retry-" + file.loanNo())
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.loan.state").value("VALUATION"))
                    .andExpect(jsonPath("$.loan.version").value(file.version() + 1));
        }
        assertThat(f.ledgerActions(file.loanNo())).containsExactly("APPLIED", "VALUATION");
        // without the key, the same stale request is a conflict, not a second transition
        mvc.perform(post("/api/v1/applications/{no}/valuation", file.loanNo()).with(httpBasic("bank1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/applications/{no}", file.loanNo()).with(httpBasic("bank2", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_refused_with_422_and_changes_nothing() throws Exception {
        LoanFile file = f.applied(f.product(Requirement.OPTIONAL), "500000", f.patent());
        String key = "reused-" + file.loanNo();
        mvc.perform(post("/api/v1/applications/{no}/valuation", file.loanNo()).with(httpBasic("bank1", PASSWORD))
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expectedVersion\": " + file.version() + ", \"note\": \"估值请求\"}"))
                .andExpect(status().isOk());
        // same key, same command, another body: not the first result as if it matched
        mvc.perform(post("/api/v1/applications/{no}/valuation", file.loanNo()).with(httpBasic("bank1", PASSWORD))
                        .header("Idempotency-Key", key).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expectedVersion\": " + file.version() + ", \"note\": \"another note\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("different request")))
                .andExpect(jsonPath("$.code").value("api.idempotency-key-reused"));
        mvc.perform(post("/api/v1/applications/{no}/valuation", file.loanNo()).with(httpBasic("bank1", PASSWORD))
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expectedVersion\": " + file.version() + ", \"note\": \"另一个\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("幂等键")));
        assertThat(f.ledgerActions(file.loanNo())).containsExactly("APPLIED", "VALUATION");
    }

    @Test
    void products_are_versioned_and_a_loan_keeps_its_version() {
        Product v1 = f.product(Requirement.OPTIONAL);
        LoanFile file = f.applied(v1, "500000", f.patent());
        var draft = new Products.ProductDraft(v1.code(), v1.name(), "新版", java.util.Map.of(IpKind.INVENTION_PATENT,
                new BigDecimal("0.40")), v1.amountMin(), v1.amountMax(), 6, 24, 60, 120, v1.repaymentMethods(),
                Requirement.OPTIONAL, Requirement.OPTIONAL, v1.target(), Set.of());
        Product v2 = products.publish(f.actor("bank1"), draft);
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(products.get(v1.id()).current()).isFalse();
        assertThat(products.catalogue()).extracting(Product::id).contains(v2.id()).doesNotContain(v1.id());
        LoanFile same = files.get(f.actor("bank1"), file.loanNo());
        assertThat(same.productId()).isEqualTo(v1.id());
        assertThat(same.productVersion()).isEqualTo(1);
        assertRefused(() -> f.applied(products.get(v1.id()), "500000", f.patent()), "lending.product-retired", "was replaced", "已停用");
    }

    @Test
    void a_declined_match_needs_its_reason_and_is_in_the_matching_ledger() {
        Demand demand = demands.post(f.actor("enterprise1"), new Demands.DemandDraft(new BigDecimal("800000"), 12,
                "流动资金", Set.of(IpKind.INVENTION_PATENT), List.of()));
        assertRefused(() -> demands.followUp(f.actor("bank1"), demand.id(),
                new Demands.FollowUpDraft(Demands.FollowUp.DECLINED, null, null, null)), "lending.decline-reason", "needs its reason", "婉拒须说明理由");
        demands.followUp(f.actor("bank1"), demand.id(), new Demands.FollowUpDraft(Demands.FollowUp.DECLINED, null, "额度已满", null));
        assertThat(demands.followUps(f.actor("enterprise1"), demand.id())).extracting(r -> r.get("action")).containsExactly("DECLINED");
        assertThat(f.ledgerActions("x")).isEmpty();
        long entries = jdbc.sql("select count(*) from ledger_entry where subject_type = 'MATCH' and action = 'DECLINED'"
                + " and subject_id = :s").param("s", "D" + demand.id() + ":B" + f.orgId("bank-1")).query(Long.class).single();
        assertThat(entries).isEqualTo(1);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code, String en,
                                      String zh) {
        assertThatThrownBy(call).isInstanceOf(RuleViolation.class).hasMessageContaining(en)
                .satisfies(e -> assertThat(((RuleViolation) e).zh()).contains(zh))
                .satisfies(refusedBy(code));
    }
}
