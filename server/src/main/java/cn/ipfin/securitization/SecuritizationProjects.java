package cn.ipfin.securitization;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.securitization.cost.IssueCostShares;
import cn.ipfin.core.securitization.project.Phase;
import cn.ipfin.core.securitization.project.ProjectTask;
import cn.ipfin.core.securitization.project.SecuritizationProject;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.BusinessDates;
import cn.ipfin.shared.ConcurrentEditConflict;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Rule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stored securitization projects after Longnan's four phases (seed 002 二): the IP office opens a project for the
 * operator the public tender chose, with its target size and term and the service institutions by role; the plan's
 * tasks (core {@link SecuritizationProject#longnanPlan}) carry their deliverables and deadlines and name the firm that
 * holds each role; the operator marks them done with the deliverable's reference. Issuance and the money received
 * are recorded apart, because only both together complete a project (Licheng 第四条), which is what
 * {@link #isComplete} tells the programme module. Every edit takes the version it read (409 when stale) and is one
 * ledger entry.
 */
@Service
public class SecuritizationProjects {

    static final String SUBJECT = "SECURITIZATION_PROJECT";
    static final String GUARANTEE_TASK = "担保";
    static final String DECLARATION_TASK = "向证券交易所申报";

    /** The service institutions Longnan 二(二)1–2 names, each by the role it plays. */
    public enum InstitutionRole {
        ORIGINATOR("发行主体"), SECURITIES_MANAGER("券商资管"), RATING_AGENCY("信用评级机构"), LAW_FIRM("律师事务所"),
        VALUATION_FIRM("评估机构"), ACCOUNTING_FIRM("会计师事务所"), BANK_TRUST("银行/信托"), GUARANTOR("担保机构");

        private final String plan;

        InstitutionRole(String plan) {
            this.plan = plan;
        }

        /** The role as the plan's task names its responsible unit, if it is this role. */
        static Optional<InstitutionRole> ofPlan(String responsible) {
            for (InstitutionRole r : values()) {
                if (r.plan.equals(responsible) || (r == SECURITIES_MANAGER && responsible.equals("券商"))) return Optional.of(r);
            }
            return Optional.empty();
        }
    }

    public record NewProject(String name, long operatorOrgId, String tenderRef, BigDecimal targetSize, int termMonths,
                             YearMonth startsIn, Map<InstitutionRole, String> institutions) {
    }

    public record Task(int seq, Phase phase, String task, String deliverable, String responsible, LocalDate due,
                       LocalDate doneOn, String doneBy, String documentRef, boolean late) {
    }

    public record Project(long id, String name, long operatorOrgId, String operatorName, String tenderRef,
                          BigDecimal targetSize, int termMonths, Map<InstitutionRole, String> institutions,
                          List<Task> tasks, LocalDate poolFrozenOn, LocalDate issuedOn, BigDecimal issuedAmount,
                          LocalDate fundsReceivedOn, BigDecimal fundsReceivedAmount, BigDecimal issueCost, int version) {

        public boolean complete() {
            return issuedOn != null && fundsReceivedOn != null;
        }

        public List<Task> late() {
            return tasks.stream().filter(Task::late).toList();
        }

        public long done() {
            return tasks.stream().filter(t -> t.doneOn() != null).count();
        }

        /** The first phase with an open task; empty when every task is done. */
        public Optional<Phase> currentPhase() {
            return tasks.stream().filter(t -> t.doneOn() == null).map(Task::phase).min(Enum::compareTo);
        }
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BusinessDates dates;

    SecuritizationProjects(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, BusinessDates dates) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
    }

    /** The IP office opens a project for the operator the tender chose (Longnan 二(二)1). */
    @Transactional
    public long open(Actor actor, NewProject p) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("the IP office opens securitization projects");
        Rule.check()
                .refuseIf(p.name() == null || p.name().isBlank() || p.name().length() > 200, SecuritizationRules.PROJECT_TERMS_INVALID, "项目名称 / name")
                .refuseIf(p.targetSize() == null || p.targetSize().signum() <= 0 || p.targetSize().scale() > 2
                        || p.targetSize().compareTo(new BigDecimal("100000000000")) > 0, SecuritizationRules.PROJECT_TERMS_INVALID, "目标规模 / target size")
                .refuseIf(p.termMonths() < 1 || p.termMonths() > 360, SecuritizationRules.PROJECT_TERMS_INVALID, "期限 1–360 月 / term 1–360 months")
                .refuseIf(p.startsIn() == null || p.startsIn().isBefore(YearMonth.from(dates.first()))
                        || p.startsIn().isAfter(YearMonth.now(clock).plusYears(1)), SecuritizationRules.PROJECT_TERMS_INVALID, "开始月份 / start month")
                .refuseIf(p.institutions().values().stream().anyMatch(n -> n.length() > 200), SecuritizationRules.PROJECT_TERMS_INVALID, "服务机构 / institution")
                .orRefuse();
        record Operator(String name, String district) {
        }
        Optional<Operator> operator = jdbc.sql("""
                        select name, district from organisation_view where id = :id and type = 'SECURITIZATION_OPERATOR'""")
                .param("id", p.operatorOrgId()).query((rs, i) -> new Operator(rs.getString(1), rs.getString(2))).optional();
        if (operator.isEmpty() || p.tenderRef() == null || p.tenderRef().isBlank() || p.tenderRef().length() > 100) {
            throw SecuritizationRules.OPERATOR_BY_TENDER.violation();
        }
        String district = jdbc.sql("select district from organisation_view where id = :id").param("id", actor.orgId())
                .query(String.class).single();
        long id = jdbc.sql("""
                        insert into securitization_project (name, district, operator_org_id, tender_ref, target_size, term_months,
                            starts_in, created_by, created_at)
                        values (:name, :district, :operator, :tender, :size, :term, :starts, :by, :at) returning id""")
                .param("name", p.name().strip()).param("district", district).param("operator", p.operatorOrgId())
                .param("tender", p.tenderRef().strip()).param("size", p.targetSize()).param("term", p.termMonths())
                .param("starts", p.startsIn().atDay(1)).param("by", actor.username())
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        p.institutions().forEach((role, name) -> {
            if (name != null && !name.isBlank()) {
                jdbc.sql("insert into securitization_institution (project_id, role, name) values (:p, :role, :name)")
                        .param("p", id).param("role", role.name()).param("name", name.strip()).update();
            }
        });
        int seq = 0;
        for (ProjectTask t : SecuritizationProject.longnanPlan(operator.get().name(), p.startsIn())) {
            String firm = InstitutionRole.ofPlan(t.responsible()).map(r -> p.institutions().get(r))
                    .filter(n -> n != null && !n.isBlank()).map(n -> t.responsible() + "（" + n.strip() + "）").orElse(t.responsible());
            jdbc.sql("""
                            insert into securitization_task (project_id, seq, phase, task, deliverable, responsible, due_on)
                            values (:p, :seq, :phase, :task, :deliverable, :responsible, :due)""")
                    .param("p", id).param("seq", ++seq).param("phase", t.phase().name()).param("task", t.task())
                    .param("deliverable", t.deliverable()).param("responsible", firm).param("due", t.due()).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", p.name().strip());
        after.put("operator", p.operatorOrgId());
        after.put("tender", p.tenderRef().strip());
        after.put("targetSize", p.targetSize());
        after.put("termMonths", p.termMonths());
        events.publishEvent(new LedgerFact(actor, SUBJECT, Long.toString(id), "OPENED", List.of(p.operatorOrgId()), null, after));
        return id;
    }

    /** The operator (or the office) marks a task done with its deliverable's reference. */
    @Transactional
    public void completeTask(Actor actor, long projectId, int expectedVersion, int seq, LocalDate doneOn, String documentRef) {
        Project p = editable(actor, projectId);
        Task task = p.tasks().stream().filter(t -> t.seq() == seq).findFirst()
                .orElseThrow(() -> new RecordNotFound("task", projectId + "#" + seq));
        if (task.doneOn() != null) throw SecuritizationRules.TASK_ALREADY_DONE.violation(task.doneOn());
        dates.check("完成日期 / done on", doneOn);
        if (documentRef == null || documentRef.isBlank() || documentRef.length() > 500) {
            throw SecuritizationRules.PROJECT_TERMS_INVALID.violation("交付成果编号 / deliverable reference");
        }
        if (task.task().equals(DECLARATION_TASK) && p.tasks().stream()
                .anyMatch(t -> t.task().equals(GUARANTEE_TASK) && t.doneOn() == null)) {
            throw SecuritizationRules.GUARANTEE_BEFORE_DECLARATION.violation();
        }
        bump(projectId, expectedVersion);
        jdbc.sql("""
                        update securitization_task set done_on = :on, done_by = :by, document_ref = :ref
                        where project_id = :p and seq = :seq""")
                .param("on", doneOn).param("by", actor.username()).param("ref", documentRef.strip())
                .param("p", projectId).param("seq", seq).update();
        events.publishEvent(new LedgerFact(actor, SUBJECT, Long.toString(projectId), "TASK_DONE", List.of(p.operatorOrgId()),
                null, Map.of("task", task.task(), "deliverable", task.deliverable(), "doneOn", doneOn.toString(),
                "document", documentRef.strip())));
    }

    /**
     * The issue is out (Longnan 二(二)4): only with the pool of enterprises fixed. Its actual cost (every institution's
     * fee and the guarantee) is shared over the pool's enterprises in proportion to what each raises, to the fen
     * (Longnan 二(一) "企业分担", core {@link IssueCostShares}); programmes read each share as the base of their support.
     */
    @Transactional
    public void recordIssuance(Actor actor, long projectId, int expectedVersion, LocalDate on, BigDecimal amount,
                               BigDecimal issueCost) {
        Project p = editable(actor, projectId);
        if (p.issuedOn() != null) throw SecuritizationRules.ALREADY_RECORDED.violation("发行 / the issue");
        if (p.poolFrozenOn() == null) throw SecuritizationRules.ISSUANCE_NEEDS_FROZEN_POOL.violation();
        checkAmount(on, amount);
        if (issueCost == null || issueCost.signum() < 0 || issueCost.scale() > 2 || issueCost.compareTo(amount) > 0) {
            throw SecuritizationRules.PROJECT_TERMS_INVALID.violation("发行费用 / issue cost");
        }
        bump(projectId, expectedVersion);
        jdbc.sql("update securitization_project set issued_on = :on, issued_amount = :amount, issue_cost = :cost where id = :id")
                .param("on", on).param("amount", amount).param("cost", issueCost).param("id", projectId).update();
        record Entry(long enterpriseId, Money amount) {
        }
        List<Entry> pool = jdbc.sql("""
                        select enterprise_id, amount from securitization_pool_entry where project_id = :p and included
                        order by enterprise_id""")
                .param("p", projectId).query((rs, i) -> new Entry(rs.getLong(1), Money.of(rs.getBigDecimal(2)))).list();
        List<Money> shares = IssueCostShares.of(Money.of(issueCost), pool.stream().map(Entry::amount).toList());
        for (int i = 0; i < pool.size(); i++) {
            jdbc.sql("update securitization_pool_entry set issue_cost = :cost where project_id = :p and enterprise_id = :e")
                    .param("cost", shares.get(i).amount()).param("p", projectId).param("e", pool.get(i).enterpriseId()).update();
        }
        events.publishEvent(new LedgerFact(actor, SUBJECT, Long.toString(projectId), "ISSUED", List.of(p.operatorOrgId()),
                null, Map.of("issuedOn", on.toString(), "amount", amount, "issueCost", issueCost)));
    }

    /** The money raised is in (Licheng 第四条): after the issue, never before it. */
    @Transactional
    public void recordFundsReceived(Actor actor, long projectId, int expectedVersion, LocalDate on, BigDecimal amount) {
        Project p = editable(actor, projectId);
        if (p.fundsReceivedOn() != null) throw SecuritizationRules.ALREADY_RECORDED.violation("资金到位 / the money received");
        checkAmount(on, amount);
        if (p.issuedOn() == null || on.isBefore(p.issuedOn())) throw SecuritizationRules.FUNDS_AFTER_ISSUANCE.violation();
        bump(projectId, expectedVersion);
        jdbc.sql("update securitization_project set funds_received_on = :on, funds_received_amount = :amount where id = :id")
                .param("on", on).param("amount", amount).param("id", projectId).update();
        events.publishEvent(new LedgerFact(actor, SUBJECT, Long.toString(projectId), "FUNDS_RECEIVED", List.of(p.operatorOrgId()),
                null, Map.of("receivedOn", on.toString(), "amount", amount)));
    }

    /**
     * Licheng 第四条 for the programme module: the project was issued and its money received. False for a project that
     * does not exist.
     */
    @Transactional(readOnly = true)
    public boolean isComplete(long projectId) {
        return jdbc.sql("select complete from securitization_project_view where id = :id").param("id", projectId)
                .query(Boolean.class).optional().orElse(false);
    }

    public record Summary(long id, String name, String operatorName, BigDecimal targetSize, long tasks, long done,
                          long late, boolean complete) {
    }

    /** The projects the actor may see: the office and auditors all of the district's, an operator its own. */
    @Transactional(readOnly = true)
    public List<Summary> list(Actor actor) {
        requireReader(actor);
        return jdbc.sql("""
                        select p.id, p.name, o.name, p.target_size, count(t.seq), count(t.done_on),
                               count(*) filter (where (t.done_on is null and t.due_on < :today) or t.done_on > t.due_on),
                               (p.issued_on is not null and p.funds_received_on is not null)
                        from securitization_project p join organisation_view o on o.id = p.operator_org_id
                        left join securitization_task t on t.project_id = p.id
                        where (:all or p.operator_org_id = any(:orgs))
                        group by p.id, o.name order by p.id desc""")
                .param("today", dates.today()).param("all", actor.seesWholeDistrict())
                .param("orgs", actor.visibleOrgIdArray())
                .query((rs, i) -> new Summary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getBoolean(8))).list();
    }

    @Transactional(readOnly = true)
    public Project find(Actor actor, long id) {
        requireReader(actor);
        LocalDate today = dates.today();
        var tasks = jdbc.sql("""
                        select seq, phase, task, deliverable, responsible, due_on, done_on, done_by, document_ref
                        from securitization_task where project_id = :p order by seq""")
                .param("p", id).query((rs, i) -> {
                    LocalDate due = rs.getObject(6, LocalDate.class);
                    LocalDate done = rs.getObject(7, LocalDate.class);
                    // the same lateness the core plan uses (ProjectTask.isLate)
                    boolean late = new ProjectTask(Phase.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getString(5), due, Optional.ofNullable(done)).isLate(today);
                    return new Task(rs.getInt(1), Phase.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getString(5), due, done, rs.getString(8), rs.getString(9), late);
                }).list();
        Map<InstitutionRole, String> institutions = new EnumMap<>(InstitutionRole.class);
        jdbc.sql("select role, name from securitization_institution where project_id = :p").param("p", id)
                .query((rs, i) -> institutions.put(InstitutionRole.valueOf(rs.getString(1)), rs.getString(2))).list();
        return jdbc.sql("""
                        select p.id, p.name, p.operator_org_id, o.name, p.tender_ref, p.target_size, p.term_months,
                               p.pool_frozen_on, p.issued_on, p.issued_amount, p.funds_received_on, p.funds_received_amount, p.version,
                               p.issue_cost
                        from securitization_project p join organisation_view o on o.id = p.operator_org_id
                        where p.id = :id and (:all or p.operator_org_id = any(:orgs))""")
                .param("id", id).param("all", actor.seesWholeDistrict()).param("orgs", actor.visibleOrgIdArray())
                .query((rs, i) -> new Project(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getInt(7), institutions, tasks,
                        rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getBigDecimal(10),
                        rs.getObject(11, LocalDate.class), rs.getBigDecimal(12), rs.getBigDecimal(14), rs.getInt(13)))
                .optional().orElseThrow(() -> new RecordNotFound("securitization project", id));
    }

    /** The project, when the actor may change it: the IP office, or the project's own operator. */
    Project editable(Actor actor, long id) {
        Project p = find(actor, id);
        boolean operator = actor.has(Role.OPERATOR) && actor.orgId() == p.operatorOrgId();
        if (!actor.has(Role.IPO_OFFICER) && !operator) throw new AccessDeniedException("the office or the project's operator edits it");
        return p;
    }

    /** Takes the next version, or refuses the edit when someone changed the project since the caller read it. */
    void bump(long projectId, int expectedVersion) {
        int updated = jdbc.sql("update securitization_project set version = version + 1 where id = :id and version = :v")
                .param("id", projectId).param("v", expectedVersion).update();
        if (updated == 0) throw new ConcurrentEditConflict("securitization project", projectId, expectedVersion);
    }

    private void checkAmount(LocalDate on, BigDecimal amount) {
        dates.check("日期 / date", on);
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("100000000000")) > 0) {
            throw SecuritizationRules.PROJECT_TERMS_INVALID.violation("金额 / amount");
        }
    }

    private static void requireReader(Actor actor) {
        if (!actor.has(Role.IPO_OFFICER) && !actor.has(Role.AUDITOR) && !actor.has(Role.OPERATOR)) {
            throw new AccessDeniedException("securitization projects are the office's and the operators'");
        }
    }
}
