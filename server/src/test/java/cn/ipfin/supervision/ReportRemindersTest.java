package cn.ipfin.supervision;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.party.OrgType;
import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** On 2026-12-01, 2026Q3 (due 10 October) is overdue for a bank that submitted nothing; 2026Q4 is not yet due. */
@IntegrationTest
@Transactional
class ReportRemindersTest {

    static final Quarter Q3 = new Quarter(2026, 3);

    @Autowired JdbcClient jdbc;
    @Autowired ReportReminders reminders;

    Actor office;
    long reported;
    long missing;

    @BeforeEach
    void district() {
        var district = SupervisionFixture.newDistrict(jdbc);
        office = district.actor(district.organisation(OrgType.IP_OFFICE, "测试区知识产权局"), OrgType.IP_OFFICE, Role.IPO_OFFICER);
        reported = district.organisation(OrgType.BANK, "甲银行");
        missing = district.organisation(OrgType.BANK, "乙银行");
        jdbc.sql("""
                        insert into bank_quarter_report (bank_org_id, year, quarter, version, submitted_at, submitted_on,
                            submitted_by, late, new_loans, new_amount, balance, customers, npl_balance, overall_npl_rate)
                        values (:b, 2026, 3, 1, now(), date '2026-10-09', 'test', false, 0, 0, 0, 0, 0, 0.01)""")
                .param("b", reported).update();
    }

    @Test
    void the_office_reminds_the_banks_missing_the_report_once_a_day_and_the_bank_sees_it() {
        assertThat(reminders.missing(office, Q3)).extracting(QuarterlyStatistics.BankLine::bankId).containsExactly(missing);

        assertThat(reminders.remind(office, Q3)).isEqualTo(1);
        assertThat(reminders.remind(office, Q3)).isZero();

        assertThat(reminders.received(missing)).singleElement().satisfies(r -> {
            assertThat(r.quarter()).isEqualTo(Q3);
            assertThat(r.sentOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
        assertThat(reminders.received(reported)).isEmpty();
        assertThat(reminders.sent(office, Q3)).extracting(ReportReminders.Sent::bankName).containsExactly("乙银行");
    }

    @Test
    void a_quarter_not_yet_due_is_not_reminded_and_only_the_office_reminds() {
        assertThatThrownBy(() -> reminders.remind(office, new Quarter(2026, 4)))
                .satisfies(refusedBy("supervision.reminder-not-due"));
        Actor bank = new Actor(0, "bank", missing, OrgType.BANK, java.util.Set.of(Role.BANK_OFFICER), java.util.Set.of(missing));
        assertThatThrownBy(() -> reminders.remind(bank, Q3)).isInstanceOf(AccessDeniedException.class);
    }
}
