package cn.ipfin.supervision;

import cn.ipfin.core.party.OrgType;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A district of its own for one (transactional) test: its IP office, banks, enterprises, pledged rights, loans and
 * their servicing positions, written straight into the owners' tables as the demo loader does, so the statistics
 * read them back through the published views.
 */
record SupervisionFixture(JdbcClient jdbc, String district) {

    static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000);

    static SupervisionFixture newDistrict(JdbcClient jdbc) {
        return new SupervisionFixture(jdbc, "监管测试区" + SERIAL.incrementAndGet());
    }

    long organisation(OrgType type, String name) {
        return jdbc.sql("""
                        insert into organisation (code, type, name, name_en, district)
                        values (:code, :type, :name, :name, :district) returning id""")
                .param("code", "sv-" + SERIAL.incrementAndGet()).param("type", type.name()).param("name", name)
                .param("district", district).query(Long.class).single();
    }

    Actor actor(long orgId, OrgType type, Role role) {
        return new Actor(0, "sv-user-" + orgId, orgId, type, Set.of(role), Set.of(orgId));
    }

    long enterprise(String park, String size) {
        long id = organisation(OrgType.ENTERPRISE, "监管测试企业");
        String code = String.format("91X%015d", SERIAL.incrementAndGet());
        jdbc.sql("""
                        insert into enterprise (organisation_id, credit_code, name, legal_representative, registered_on,
                            registered_capital, district, park, industry_code, industry_name, size)
                        values (:id, :code, '监管测试企业', '张三', date '2015-01-01', 1000000, :district, :park, 'C39',
                            '计算机、通信和其他电子设备制造业', :size)""")
                .param("id", id).param("code", code).param("district", district).param("park", park)
                .param("size", size).update();
        return id;
    }

    long asset(String kind) {
        return jdbc.sql("""
                        insert into ip_asset (kind, number, title, filed_on, status, nice_class)
                        values (:kind, :no, '测试权利', date '2018-01-01', 'IN_FORCE', :nice) returning id""")
                .param("kind", kind).param("no", "SV" + SERIAL.incrementAndGet())
                .param("nice", kind.equals("TRADEMARK") ? 9 : null).query(Long.class).single();
    }

    /** A disbursed loan with its servicing position (outstanding = scheduled + overdue principal). */
    long loan(long bank, long enterprise, String disbursedOn, String principal, String state, String scheduled,
              String overdue, String classification) {
        LocalDate disbursed = LocalDate.parse(disbursedOn);
        long id = jdbc.sql("""
                        insert into loan (loan_no, enterprise_id, bank_org_id, principal, annual_rate, term_months,
                            applied_on, disbursed_on, maturity_on, state, repayment_method)
                        values (:no, :e, :b, :p, 0.035, 36, :applied, :d, :mat, :state, 'EQUAL_INSTALMENTS')
                        returning id""")
                .param("no", "SV" + SERIAL.incrementAndGet()).param("e", enterprise).param("b", bank)
                .param("p", new BigDecimal(principal)).param("applied", disbursed.minusDays(20)).param("d", disbursed)
                .param("mat", disbursed.plusMonths(36)).param("state", state).query(Long.class).single();
        if (scheduled != null) {
            jdbc.sql("""
                            insert into loan_servicing (loan_id, bank_org_id, enterprise_id, state, schedule_version,
                                annual_rate, day_count, interest_basis, penalty_uplift, compound_interest, maturity_on, scheduled_balance,
                                period_start, overdue_principal, classification, closed_through)
                            values (:id, :b, :e, :state, 1, 0.035, 'ACT_360', 'PERIODIC_RATE', 0.50, true, :mat, :scheduled, :d,
                                :overdue, :cls, date '2026-11-30')""")
                    .param("id", id).param("b", bank).param("e", enterprise)
                    .param("state", state.equals("REPAID") ? "REPAID" : "ACTIVE").param("mat", disbursed.plusMonths(36))
                    .param("scheduled", new BigDecimal(scheduled)).param("d", disbursed)
                    .param("overdue", new BigDecimal(overdue)).param("cls", classification).update();
        }
        return id;
    }

    /** Pledges {@code asset} for the loan, with the asset's appraised value (null: never valued). */
    void pledge(long loan, long asset, long enterprise, long bank, String value, boolean cancelled) {
        jdbc.sql("""
                        insert into ip_pledge (asset_id, registration_no, pledgor_id, pledgee_org_id, loan_id, registered_on,
                            cancelled_on, secured_amount)
                        select :a, :no, :e, :b, :l, l.disbursed_on, :cancelled, l.principal from loan l where l.id = :l""")
                .param("a", asset).param("no", "SVREG" + SERIAL.incrementAndGet()).param("e", enterprise)
                .param("b", bank).param("l", loan).param("cancelled", cancelled ? LocalDate.of(2026, 11, 1) : null)
                .update();
        if (value != null) {
            jdbc.sql("""
                            insert into asset_value (asset_id, value, valued_on, source, legal_status, revenue_base, inputs)
                            values (:a, :v, date '2026-06-01', 'REVALUATION', 'IN_FORCE', 0, '{}'::jsonb)""")
                    .param("a", asset).param("v", new BigDecimal(value)).update();
        }
    }
}
