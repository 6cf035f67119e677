package cn.ipfin.supervision;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.party.OrgType;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The enterprises' answers, one per loan, summarised per bank by hand:
 * <pre>
 *   甲银行: (5,4,5,5) (4,4,4,3) (4,3,5,4) → speed 13/3 = 4.33, cost 11/3 = 3.67, service 14/3 = 4.67, overall 12/3 = 4.00
 *   乙银行: (2,2,3,2)                     → 2.00, 2.00, 3.00, 2.00
 * </pre>
 */
@IntegrationTest
@Transactional
class FinancingSurveysTest {

    @Autowired JdbcClient jdbc;
    @Autowired FinancingSurveys surveys;

    SupervisionFixture district;
    Actor office;
    Actor e1;
    Actor e2;
    long l1, l2, l3, l4;

    @BeforeEach
    void district() {
        district = SupervisionFixture.newDistrict(jdbc);
        office = district.actor(district.organisation(OrgType.IP_OFFICE, "测试区知识产权局"), OrgType.IP_OFFICE, Role.IPO_OFFICER);
        long a = district.organisation(OrgType.BANK, "甲银行");
        long b = district.organisation(OrgType.BANK, "乙银行");
        long ent1 = district.enterprise("高新区", "SMALL");
        long ent2 = district.enterprise("高新区", "MICRO");
        e1 = district.actor(ent1, OrgType.ENTERPRISE, Role.ENTERPRISE_FINANCE);
        e2 = district.actor(ent2, OrgType.ENTERPRISE, Role.ENTERPRISE_FINANCE);
        l1 = district.loan(a, ent1, "2026-02-01", "1000000.00", "DISBURSED", "900000.00", "0", "NORMAL");
        l2 = district.loan(a, ent2, "2026-03-01", "500000.00", "DISBURSED", "500000.00", "0", "NORMAL");
        l3 = district.loan(b, ent1, "2026-04-01", "300000.00", "DISBURSED", "300000.00", "0", "NORMAL");
        l4 = district.loan(a, ent2, "2026-05-01", "200000.00", "DISBURSED", "200000.00", "0", "NORMAL");
    }

    @Test
    void the_answers_are_averaged_per_bank_to_two_decimals() {
        surveys.answer(e1, l1, new FinancingSurveys.Scores(5, 4, 5, 5), "");
        surveys.answer(e2, l2, new FinancingSurveys.Scores(4, 4, 4, 3), null);
        surveys.answer(e2, l4, new FinancingSurveys.Scores(4, 3, 5, 4), "放款快");
        surveys.answer(e1, l3, new FinancingSurveys.Scores(2, 2, 3, 2), "审批材料太多");

        var summary = surveys.summary(office);

        assertThat(summary).extracting(FinancingSurveys.Summary::bankName).containsExactly("乙银行", "甲银行");
        var jia = summary.get(1);
        assertThat(jia.answers()).isEqualTo(3);
        assertThat(jia.speed()).isEqualByComparingTo("4.33");
        assertThat(jia.cost()).isEqualByComparingTo("3.67");
        assertThat(jia.service()).isEqualByComparingTo("4.67");
        assertThat(jia.overall()).isEqualByComparingTo("4.00");
        assertThat(summary.get(0).overall()).isEqualByComparingTo("2.00");
        assertThat(surveys.comments(office, 10)).containsExactlyInAnyOrder("放款快", "审批材料太多");
        assertThat(surveys.loans(e1)).extracting(FinancingSurveys.LoanToRate::overall).containsExactly(2, 5);
    }

    @Test
    void a_loan_is_answered_once_by_its_own_enterprise_with_scores_of_1_to_5() {
        surveys.answer(e1, l1, new FinancingSurveys.Scores(5, 5, 5, 5), "");

        assertThatThrownBy(() -> surveys.answer(e1, l1, new FinancingSurveys.Scores(4, 4, 4, 4), ""))
                .satisfies(refusedBy("supervision.survey-once"));
        assertThatThrownBy(() -> surveys.answer(e2, l3, new FinancingSurveys.Scores(4, 4, 4, 4), ""))
                .satisfies(refusedBy("supervision.survey-own-loan"));
        assertThatThrownBy(() -> surveys.answer(e1, l3, new FinancingSurveys.Scores(6, 4, 4, 4), ""))
                .satisfies(refusedBy("supervision.survey-score"));
        assertThatThrownBy(() -> surveys.answer(e1, l3, new FinancingSurveys.Scores(4, 0, 4, 4), ""))
                .satisfies(refusedBy("supervision.survey-score"));
        assertThatThrownBy(() -> surveys.answer(e1, l3, new FinancingSurveys.Scores(4, 4, 4, 4), "很".repeat(501)))
                .satisfies(refusedBy("supervision.survey-score"));
        assertThatThrownBy(() -> surveys.answer(office, l3, new FinancingSurveys.Scores(4, 4, 4, 4), ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> surveys.summary(e1)).isInstanceOf(AccessDeniedException.class);
        assertThat(surveys.summary(office)).singleElement().satisfies(s -> assertThat(s.answers()).isEqualTo(1));
    }
}
