package cn.ipfin.programme;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.core.identifier.UnifiedSocialCreditCode;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import cn.ipfin.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The programme tests' data: enterprises with IP pledge loans and their interest, experts, users by name. */
final class ProgrammeTestData {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final JdbcClient jdbc;
    private final UserAccounts users;

    ProgrammeTestData(JdbcClient jdbc, UserAccounts users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    static int serial() {
        return SERIAL.incrementAndGet();
    }

    Actor actor(String username) {
        return ((ActorHolder) users.loadUserByUsername(username)).actor();
    }

    Actor newExpert() {
        String name = "pt-expert-" + SERIAL.incrementAndGet();
        users.create(name, "Test@2026x", "专家 " + name, actor("expert1").orgId(), List.of(Role.EXPERT));
        return actor(name);
    }

    Actor newEnterprise() {
        int n = SERIAL.incrementAndGet();
        String code = UnifiedSocialCreditCode.withCheckCharacter("91420700MA4" + String.format("%06d", n)).value();
        long org = jdbc.sql("""
                        insert into organisation (code, credit_code, type, name, district)
                        values (:code, :code, 'ENTERPRISE', :name, '鄂州市') returning id""")
                .param("code", code).param("name", "鄂州贴息测试企业" + n).query(Long.class).single();
        jdbc.sql("""
                        insert into enterprise (organisation_id, credit_code, name, legal_representative, registered_on,
                            registered_capital, district, industry_code, industry_name, size)
                        values (:id, :code, :name, '张三', date '2019-01-01', 5000000, '鄂州市', 'C3990', '其他电子设备制造', 'SMALL')""")
                .param("id", org).param("code", code).param("name", "鄂州贴息测试企业" + n).update();
        users.create("pt-ent-" + n, "Test@2026x", "企业财务 " + n, org, List.of(Role.ENTERPRISE_FINANCE));
        return actor("pt-ent-" + n);
    }

    /** An IP pledge loan disbursed in 2024 whose 2025 repayments paid {@code interest2025}. */
    void loan(Actor enterprise, long bank, String interest2025) {
        loan(enterprise, bank, interest2025, java.time.LocalDate.of(2024, 3, 1));
    }

    /** A 5,000,000 yuan IP pledge loan disbursed on {@code disbursedOn} whose 2025 repayments paid {@code interest2025}. */
    void loan(Actor enterprise, long bank, String interest2025, java.time.LocalDate disbursedOn) {
        int n = SERIAL.incrementAndGet();
        long loan = jdbc.sql("""
                        insert into loan (loan_no, enterprise_id, bank_org_id, principal, annual_rate, term_months, applied_on,
                            disbursed_on, maturity_on, state)
                        values (:no, :e, :b, 5000000, 0.035, 36, :applied, :disbursed, date '2027-03-01', 'DISBURSED')
                        returning id""")
                .param("applied", disbursedOn.minusMonths(1)).param("disbursed", disbursedOn).param("no", "PT" + String.format("%08d", n)).param("e", enterprise.orgId()).param("b", bank)
                .query(Long.class).single();
        long asset = jdbc.sql("""
                        insert into ip_asset (kind, number, title, filed_on, granted_on, expires_on, status)
                        values ('INVENTION_PATENT', :n, '贴息测试专利', date '2018-01-01', date '2020-01-01', date '2037-12-31', 'IN_FORCE')
                        returning id""")
                .param("n", PatentApplicationNumber.of(2018, 1, 9_000_000 + n).value()).query(Long.class).single();
        jdbc.sql("insert into ip_asset_owner (asset_id, enterprise_id, share) values (:a, :e, 1)")
                .param("a", asset).param("e", enterprise.orgId()).update();
        jdbc.sql("""
                        insert into ip_pledge (asset_id, registration_no, pledgor_id, pledgee_org_id, loan_id, registered_on)
                        values (:a, :reg, :e, :b, :l, date '2024-02-26')""")
                .param("a", asset).param("reg", "PTREG" + n).param("e", enterprise.orgId()).param("b", bank).param("l", loan).update();
        jdbc.sql("""
                        insert into loan_repayment (loan_id, bank_org_id, bank_reference, kind, value_date, amount, current_interest,
                            recorded_by, recorded_at)
                        values (:l, :b, :ref, 'REGULAR', date '2025-06-20', :i, :i, 'test', now())""")
                .param("l", loan).param("b", bank).param("ref", "PTR" + n).param("i", new BigDecimal(interest2025)).update();
    }

    /** The Ezhou preset as a programme of its own key, so a test's versions start at 1 whatever else is stored. */
    static String ezhouAs(String key) {
        return cn.ipfin.core.programme.Presets.text("ezhou-2024-interest-subsidy.yaml")
                .replace("key: ezhou-2024-interest-subsidy", "key: " + key);
    }

    /**
     * Takes an Ezhou-style application from applying to the quorum: the materials, the signed commitment, a panel of
     * three new experts and two opinions at {@code rate}. The office's decision is the caller's.
     */
    long applyAndReview(ProgrammeApplications applications, Actor ipo, Actor enterprise, String key, int year, String rate) {
        byte[] pdf = "%PDF-1.7 test".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long id = applications.apply(enterprise, key, year);
        for (String material : List.of("application", "loan-contract", "interest-vouchers", "commitment")) {
            applications.attach(enterprise, id, material, material + ".pdf", pdf);
        }
        applications.signCommitment(enterprise, id);
        applications.submit(enterprise, id);
        List<Actor> panel = List.of(newExpert(), newExpert(), newExpert());
        applications.assign(ipo, id, panel.stream().map(Actor::username).toList());
        applications.sign(panel.get(0), id, true, new BigDecimal(rate), "经综合评估，同意贴息");
        applications.sign(panel.get(1), id, true, new BigDecimal(rate), "同意");
        return id;
    }
}
