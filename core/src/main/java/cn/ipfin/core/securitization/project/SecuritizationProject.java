package cn.ipfin.core.securitization.project;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A securitization project's plan and progress: its tasks by phase (Longnan 二(二)1–4 with their deliverables and
 * deadlines), which are late, and whether it is complete. Complete means issued AND the money raised received
 * (Licheng 第四条: "已实际完成…发行、募集融资已实际到位"); every task done is not enough.
 */
public record SecuritizationProject(String name, String operator, List<ProjectTask> tasks, Optional<LocalDate> issuedOn,
                                    Optional<LocalDate> fundsReceivedOn) {

    public SecuritizationProject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operator, "operator");
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(fundsReceivedOn, "fundsReceivedOn");
        if (fundsReceivedOn.isPresent() && issuedOn.isEmpty()) {
            throw new IllegalArgumentException("未发行不能到账 / funds cannot be received before issuance");
        }
    }

    /** Longnan's plan as the pilot ran it, from July 2024 (preparation by August, issuance by February 2025). */
    public static SecuritizationProject longnan(String operator) {
        return new SecuritizationProject("龙南市知识产权证券化试点", operator, longnanPlan(operator, YearMonth.of(2024, 7)),
                Optional.empty(), Optional.empty());
    }

    /**
     * Longnan 二(二)1–4's tasks for a project starting in {@code start}: each phase has two months and its tasks are due
     * at the end of its window (preparation by the end of the second month, issuance by the end of the eighth), with
     * the deliverables the pilot names. The responsible unit is named by its role; a stored project names the firm.
     */
    public static List<ProjectTask> longnanPlan(String operator, YearMonth start) {
        List<ProjectTask> t = new ArrayList<>();
        LocalDate prep = start.plusMonths(1).atEndOfMonth();
        LocalDate impl = start.plusMonths(3).atEndOfMonth();
        LocalDate decl = start.plusMonths(5).atEndOfMonth();
        LocalDate issue = start.plusMonths(7).atEndOfMonth();
        String office = "市市场监管局";
        t.add(task(Phase.PREPARATION, "可行性调研，梳理企业专利信息和融资需求", "可行性调研报告", office, prep));
        t.add(task(Phase.PREPARATION, "核准发行费用预算", "成本测算（附件2）", "市财政局", prep));
        t.add(task(Phase.PREPARATION, "公开招标选定项目运营管理单位", "中标通知书", office, prep));
        t.add(task(Phase.IMPLEMENTATION, "制定企业入库标准和基础资产风控指标", "入库标准与风控指标", operator, impl));
        t.add(task(Phase.IMPLEMENTATION, "形成知识产权资产备选池", "备选池企业名单", operator, impl));
        t.add(task(Phase.DECLARATION, "参与主体尽职调查", "尽调报告", "券商资管", decl));
        t.add(task(Phase.DECLARATION, "备选池企业知识产权预评估", "知识产权预评估报告（每家企业）", "评估机构", decl));
        t.add(task(Phase.DECLARATION, "法律意见", "法律意见书", "律师事务所", decl));
        t.add(task(Phase.DECLARATION, "信用评级", "评级报告", "信用评级机构", decl));
        t.add(task(Phase.DECLARATION, "财务审计", "审计报告", "会计师事务所", decl));
        t.add(task(Phase.DECLARATION, "担保", "正式担保函及担保机构内部决议", "担保机构", decl));
        t.add(task(Phase.DECLARATION, "编制申报文件", "申报文件", "券商资管", decl));
        t.add(task(Phase.DECLARATION, "向证券交易所申报", "交易所无异议函", operator, decl));
        t.add(task(Phase.ISSUANCE, "承销发行", "发行结果公告", "券商", issue));
        t.add(task(Phase.ISSUANCE, "底层资产放款至企业", "放款凭证", "银行/信托", issue));
        return List.copyOf(t);
    }

    private static ProjectTask task(Phase phase, String task, String deliverable, String responsible, LocalDate due) {
        return new ProjectTask(phase, task, deliverable, responsible, due, Optional.empty());
    }

    public SecuritizationProject withTaskDone(String task, LocalDate on) {
        List<ProjectTask> updated = tasks.stream().map(t -> t.task().equals(task) ? t.done(on) : t).toList();
        if (updated.equals(tasks)) throw new IllegalArgumentException("没有该任务 / no such open task: " + task);
        return new SecuritizationProject(name, operator, updated, issuedOn, fundsReceivedOn);
    }

    public SecuritizationProject issued(LocalDate on) {
        return new SecuritizationProject(name, operator, tasks, Optional.of(on), fundsReceivedOn);
    }

    public SecuritizationProject fundsReceived(LocalDate on) {
        return new SecuritizationProject(name, operator, tasks, issuedOn, Optional.of(on));
    }

    public List<ProjectTask> lateTasks(LocalDate today) {
        return tasks.stream().filter(t -> t.isLate(today)).toList();
    }

    /** The first phase with an open task (the project's current phase), or empty when every task is done. */
    public Optional<Phase> currentPhase() {
        return tasks.stream().filter(t -> t.doneOn().isEmpty()).map(ProjectTask::phase).min(Enum::compareTo);
    }

    /** Licheng 第四条: issued and the funds received. */
    public boolean isComplete() {
        return issuedOn.isPresent() && fundsReceivedOn.isPresent();
    }
}
