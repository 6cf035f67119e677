package cn.ipfin.core.securitization.project;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Longnan 二(二)1–4 deadlines and Licheng 第四条's meaning of a completed project. */
class SecuritizationProjectTest {

    private final SecuritizationProject plan = SecuritizationProject.longnan("某运营管理单位");

    @Test
    void openTasksPastTheirPhasesDeadlineAreLate() {
        // 2024-09-01: the preparation window (July–August 2024) has closed
        assertThat(plan.lateTasks(LocalDate.of(2024, 8, 31))).isEmpty();
        assertThat(plan.lateTasks(LocalDate.of(2024, 9, 1))).extracting(ProjectTask::phase).containsOnly(Phase.PREPARATION).hasSize(3);
        var progressed = plan.withTaskDone("核准发行费用预算", LocalDate.of(2024, 8, 20))
                .withTaskDone("公开招标选定项目运营管理单位", LocalDate.of(2024, 9, 10));
        assertThat(progressed.lateTasks(LocalDate.of(2024, 9, 15))).extracting(ProjectTask::task)
                .containsExactly("可行性调研，梳理企业专利信息和融资需求", "公开招标选定项目运营管理单位");
        assertThat(progressed.currentPhase()).contains(Phase.PREPARATION);
        assertThat(plan.lateTasks(LocalDate.of(2025, 3, 1))).hasSize(plan.tasks().size());
    }

    @Test
    void completeOnlyWhenIssuedAndTheFundsHaveArrived() {
        var issued = plan.issued(LocalDate.of(2025, 2, 20));
        assertThat(issued.isComplete()).isFalse();
        assertThat(issued.fundsReceived(LocalDate.of(2025, 2, 26)).isComplete()).isTrue();
        assertThatThrownBy(() -> plan.fundsReceived(LocalDate.of(2025, 2, 26))).hasMessageContaining("before issuance");
    }

    @Test
    void theDeclarationPhaseAsksForTheGuaranteeLetterWithTheInternalResolution() {
        assertThat(plan.tasks()).filteredOn(t -> t.phase() == Phase.DECLARATION).extracting(ProjectTask::deliverable)
                .contains("正式担保函及担保机构内部决议", "交易所无异议函", "知识产权预评估报告（每家企业）");
    }

    @Test
    void aPlanStartingInAnotherMonthKeepsTheTwoMonthWindows() {
        var plan = SecuritizationProject.longnanPlan("运营单位", java.time.YearMonth.of(2026, 11));
        assertThat(plan).filteredOn(t -> t.phase() == Phase.PREPARATION).extracting(ProjectTask::due).containsOnly(LocalDate.of(2026, 12, 31));
        assertThat(plan).filteredOn(t -> t.phase() == Phase.ISSUANCE).extracting(ProjectTask::due).containsOnly(LocalDate.of(2027, 6, 30));
        assertThat(plan).extracting(ProjectTask::deliverable).contains("申报文件", "审计报告", "法律意见书", "评级报告", "尽调报告");
    }
}
