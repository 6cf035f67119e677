package cn.ipfin.programme;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.programme.BenefitCalculation;
import cn.ipfin.core.programme.Eligibility;
import cn.ipfin.core.programme.Explanation;
import cn.ipfin.core.programme.ProgrammeDefinition;
import cn.ipfin.core.programme.ProgrammeDefinition.Material;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.UploadFilename;
import cn.ipfin.core.party.OrgType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An application to a programme, from the explained pre-check to payment and clawback: the enterprise applies when
 * the pre-check passes, uploads the required materials (type and size checked), signs the authenticity commitment
 * and submits; the IP office assigns the panel from the expert library; each expert signs an opinion; with the
 * quorum the office decides, and an approval fixes the amount within the year's budget; payment is recorded, and a
 * clawback reverses it with its reason (fraud bars the enterprise from the programme, Licheng 第十一条). Every step
 * is a ledger entry.
 *
 * <p>An expert is <b>linked</b> to an application when the expert declared a link ({@code programme_expert_link}) to
 * the applicant enterprise, or to a bank that lent to it (any loan in {@code loan_view}); a linked expert is never
 * assigned.
 */
@Service
public class ProgrammeApplications {

    private final JdbcClient jdbc;
    private final ProgrammeDefinitions definitions;
    private final ProgrammeFacts facts;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgrammeApplications(JdbcClient jdbc, ProgrammeDefinitions definitions, ProgrammeFacts facts, UserAccounts users,
                          ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.definitions = definitions;
        this.facts = facts;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    public record Application(long id, String programmeKey, int version, long enterpriseId, int year, String state,
                              String committedBy, BigDecimal assessedRate, Money amount, String calculation,
                              String clawbackReason, boolean fraud) {
    }

    public record Review(String expert, Boolean recommend, BigDecimal assessedRate, String opinion, boolean signed) {
    }

    /** The budget of a programme's year: committed = approved and not clawed back (paid included), fees included. */
    public record BudgetPosition(Money budget, Money committed, Money paid, Money fees, Money remaining) {
    }

    /** The explained pre-check: the enterprise for itself, the IP office for any enterprise. */
    @Transactional(readOnly = true)
    public Explanation precheck(Actor actor, String key, long enterpriseId, int year) {
        if (!actor.seesWholeDistrict() && actor.orgId() != enterpriseId) throw new RecordNotFound("enterprise", enterpriseId);
        return Eligibility.evaluate(definitions.current(key), facts.of(enterpriseId, today(), year), today(), year);
    }

    @Transactional
    public long apply(Actor actor, String key, int year) {
        if (!actor.has(Role.ENTERPRISE_FINANCE)) throw new AccessDeniedException("an enterprise applies");
        ProgrammeDefinition programme = definitions.current(key);
        if (!programme.applicants().contains(OrgType.ENTERPRISE.name())) {
            throw ProgrammeRules.APPLICANT_TYPE.violation(programme.applicants());
        }
        long enterprise = actor.orgId();
        boolean barred = jdbc.sql("""
                        select exists (select 1 from programme_application where programme_key = :k and enterprise_id = :e
                                       and state = 'CLAWED_BACK' and clawback_fraud)""")
                .param("k", key).param("e", enterprise).query(Boolean.class).single();
        if (barred) throw ProgrammeRules.BARRED.violation();
        Explanation explanation = Eligibility.evaluate(programme, facts.of(enterprise, today(), year), today(), year);
        if (!explanation.inWindow()) {
            throw ProgrammeRules.OUTSIDE_WINDOW.violation(programme.window().from(), programme.window().to());
        }
        refuseIfIneligible(explanation);
        boolean live = jdbc.sql("""
                        select exists (select 1 from programme_application where programme_key = :k and enterprise_id = :e
                                       and year = :y and state not in ('REJECTED', 'CLAWED_BACK'))""")
                .param("k", key).param("e", enterprise).param("y", year).query(Boolean.class).single();
        if (live) throw ProgrammeRules.ALREADY_APPLIED.violation();
        long id;
        try {
            id = jdbc.sql("""
                            insert into programme_application (programme_key, version, enterprise_id, year, created_at)
                            values (:k, :v, :e, :y, :at) returning id""")
                    .param("k", key).param("v", programme.version()).param("e", enterprise).param("y", year)
                    .param("at", stamp()).query(Long.class).single();
        } catch (DuplicateKeyException e) { // a concurrent application passed the check above
            throw ProgrammeRules.ALREADY_APPLIED.violation();
        }
        ledger(actor, id, enterprise, "APPLIED", Map.of("programme", key, "version", programme.version(), "year", year));
        return id;
    }

    /** Uploads (or replaces) one required material while the application is a draft. */
    @Transactional
    public void attach(Actor actor, long id, String materialId, String sentFilename, byte[] content) {
        Application a = own(actor, id);
        requireState(a, "DRAFT");
        ProgrammeDefinition programme = definitions.definition(a.programmeKey(), a.version());
        Material material = programme.materials().stream().filter(m -> m.id().equals(materialId)).findFirst()
                .orElseThrow(() -> ProgrammeRules.MATERIAL_UNKNOWN.violation(materialId));
        String filename = UploadFilename.clean(sentFilename, materialId);
        int dot = filename.lastIndexOf('.');
        String extension = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        boolean pdfLooksLikePdf = !extension.equals("pdf") || startsWith(content, "%PDF");
        if (!material.types().contains(extension) || !pdfLooksLikePdf) {
            throw ProgrammeRules.MATERIAL_TYPE.violation(material.label().zh(), material.types());
        }
        if (content.length == 0 || content.length > material.maxBytes()) {
            throw ProgrammeRules.MATERIAL_SIZE.violation(material.label().zh(), material.maxBytes());
        }
        jdbc.sql("""
                        insert into programme_material (application_id, material_id, filename, size_bytes, sha256, content,
                            uploaded_by, uploaded_at)
                        values (:a, :m, :f, :size, :sha, :content, :by, :at)
                        on conflict (application_id, material_id) do update set filename = excluded.filename,
                            size_bytes = excluded.size_bytes, sha256 = excluded.sha256, content = excluded.content,
                            uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at""")
                .param("a", id).param("m", materialId).param("f", filename).param("size", content.length)
                .param("sha", sha256(content)).param("content", content).param("by", actor.username()).param("at", stamp())
                .update();
        ledger(actor, id, a.enterpriseId(), "MATERIAL", Map.of("material", materialId, "sha256", sha256(content)));
    }

    /** The authenticity commitment, signed by the enterprise's user as an explicit step (Licheng 第八条(五)). */
    @Transactional
    public void signCommitment(Actor actor, long id) {
        Application a = own(actor, id);
        requireState(a, "DRAFT");
        jdbc.sql("update programme_application set committed_by = :by, committed_at = :at where id = :id")
                .param("by", actor.username()).param("at", stamp()).param("id", id).update();
        ledger(actor, id, a.enterpriseId(), "COMMITMENT_SIGNED", Map.of("by", actor.username()));
    }

    @Transactional
    public void submit(Actor actor, long id) {
        Application a = own(actor, id);
        requireState(a, "DRAFT");
        ProgrammeDefinition programme = definitions.definition(a.programmeKey(), a.version());
        List<String> uploaded = jdbc.sql("select material_id from programme_material where application_id = :id")
                .param("id", id).query(String.class).list();
        List<String> missing = programme.materials().stream().filter(m -> !uploaded.contains(m.id()))
                .map(m -> m.label().zh()).toList();
        if (!missing.isEmpty()) throw ProgrammeRules.MATERIALS_MISSING.violation(missing);
        if (a.committedBy() == null) throw ProgrammeRules.COMMITMENT_UNSIGNED.violation();
        Explanation explanation = Eligibility.evaluate(programme, facts.of(a.enterpriseId(), today(), a.year()), today(), a.year());
        refuseIfIneligible(explanation);
        String words = explanation.conditions().stream().flatMap(c -> c.elements().stream())
                .map(e -> e.zh() + "\n" + e.en()).collect(Collectors.joining("\n"));
        jdbc.sql("update programme_application set state = 'SUBMITTED', submitted_at = :at, explanation = :x where id = :id")
                .param("at", stamp()).param("x", words).param("id", id).update();
        ledger(actor, id, a.enterpriseId(), "SUBMITTED", Map.of("state", "SUBMITTED"));
    }

    /** Assigns the panel: as many experts as the programme's panel, none linked to the enterprise or its lenders. */
    @Transactional
    public void assign(Actor actor, long id, List<String> experts) {
        ProgrammeDefinitions.requireOffice(actor);
        Application a = find(actor, id);
        requireState(a, "SUBMITTED");
        ProgrammeDefinition programme = definitions.definition(a.programmeKey(), a.version());
        List<String> panel = experts.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (panel.size() != programme.review().panel()) throw ProgrammeRules.PANEL_SIZE.violation(programme.review().panel());
        List<Actor> chosen = new ArrayList<>();
        for (String username : panel) {
            Actor expert = expert(username);
            boolean linked = jdbc.sql("""
                            select exists (select 1 from programme_expert_link k where k.expert_user_id = :u
                                and (k.org_id = :e or k.org_id in (select l.bank_org_id from loan_view l where l.enterprise_id = :e)))""")
                    .param("u", expert.userId()).param("e", a.enterpriseId()).query(Boolean.class).single();
            if (linked) throw ProgrammeRules.REVIEWER_LINKED.violation(username);
            chosen.add(expert);
        }
        // every expert checked before any is assigned: a refusal leaves nothing partial
        for (Actor expert : chosen) {
            jdbc.sql("""
                            insert into programme_review (application_id, expert_user_id, expert_name, assigned_by, assigned_at)
                            values (:a, :u, :name, :by, :at)""")
                    .param("a", id).param("u", expert.userId()).param("name", expert.username()).param("by", actor.username())
                    .param("at", stamp()).update();
        }
        jdbc.sql("update programme_application set state = 'IN_REVIEW' where id = :id").param("id", id).update();
        ledger(actor, id, a.enterpriseId(), "PANEL_ASSIGNED", Map.of("experts", panel));
    }

    /** An expert's declared link to an organisation (enterprise or bank); from then on never assigned to its cases. */
    @Transactional
    public void declareLink(Actor actor, String expertUsername, long orgId, String reason) {
        ProgrammeDefinitions.requireOffice(actor);
        Actor expert = expert(expertUsername);
        jdbc.sql("""
                        insert into programme_expert_link (expert_user_id, org_id, reason, declared_at) values (:u, :o, :r, :at)
                        on conflict do nothing""")
                .param("u", expert.userId()).param("o", orgId).param("r", reason == null ? "" : reason).param("at", stamp())
                .update();
    }

    /** The expert's signed opinion; the rate is the share the expert assesses (at most the programme's). */
    @Transactional
    public void sign(Actor actor, long id, boolean recommend, BigDecimal assessedRate, String opinion) {
        Application a = loadApplication(id);
        boolean assigned = jdbc.sql("select exists (select 1 from programme_review where application_id = :a and expert_user_id = :u)")
                .param("a", id).param("u", actor.userId()).query(Boolean.class).single();
        if (!actor.has(Role.EXPERT) || !assigned) throw ProgrammeRules.NOT_ASSIGNED.violation();
        requireState(a, "IN_REVIEW");
        if (opinion == null || opinion.isBlank()) throw ProgrammeRules.OPINION_REQUIRED.violation();
        checkRate(definitions.definition(a.programmeKey(), a.version()), assessedRate);
        jdbc.sql("""
                        update programme_review set recommend = :r, assessed_rate = :rate, opinion = :o, signed_at = :at
                        where application_id = :a and expert_user_id = :u""")
                .param("r", recommend).param("rate", assessedRate).param("o", opinion.strip()).param("at", stamp())
                .param("a", id).param("u", actor.userId()).update();
        ledger(actor, id, a.enterpriseId(), "OPINION_SIGNED", Map.of("recommend", recommend,
                "assessedRate", assessedRate == null ? "" : assessedRate.toPlainString()));
    }

    /**
     * The office's decision once the quorum of opinions is signed. An approval fixes the amount: the assessed rate ×
     * the base, within the per-application ceiling and the enterprise's cap for the year, and refused when the year's
     * budget (fees included) cannot carry it.
     */
    @Transactional
    public Application decide(Actor actor, long id, boolean approve, BigDecimal assessedRate, String reason) {
        ProgrammeDefinitions.requireOffice(actor);
        Application a = find(actor, id);
        requireState(a, "IN_REVIEW");
        ProgrammeDefinition programme = definitions.definition(a.programmeKey(), a.version());
        int signed = jdbc.sql("select count(*) from programme_review where application_id = :a and signed_at is not null")
                .param("a", id).query(Integer.class).single();
        if (signed < programme.review().quorum()) {
            throw ProgrammeRules.QUORUM_NOT_REACHED.violation(signed, programme.review().quorum());
        }
        if (!approve) {
            jdbc.sql("""
                            update programme_application set state = 'REJECTED', decided_by = :by, decided_at = :at,
                                decision_reason = :r where id = :id""")
                    .param("by", actor.username()).param("at", stamp()).param("r", reason).param("id", id).update();
            ledger(actor, id, a.enterpriseId(), "REJECTED", Map.of("reason", reason == null ? "" : reason));
            return loadApplication(id);
        }
        checkRate(programme, assessedRate);
        Money grantedBefore = Money.of(jdbc.sql("""
                        select coalesce(sum(amount), 0) from programme_application where programme_key = :k
                        and enterprise_id = :e and year = :y and state in ('APPROVED', 'PAID') and id <> :id""")
                .param("k", a.programmeKey()).param("e", a.enterpriseId()).param("y", a.year()).param("id", id)
                .query(BigDecimal.class).single());
        BenefitCalculation calculation = BenefitCalculation.of(programme,
                facts.of(a.enterpriseId(), today(), a.year()), today(), a.year(), assessedRate, grantedBefore);
        BudgetPosition budget = budget(a.programmeKey(), a.year());
        if (calculation.amount().isGreaterThan(budget.remaining())) {
            throw ProgrammeRules.BUDGET_EXCEEDED.violation(a.year(), budget.remaining(), calculation.amount());
        }
        jdbc.sql("""
                        update programme_application set state = 'APPROVED', assessed_rate = :rate, amount = :amount,
                            calculation = :calc, decided_by = :by, decided_at = :at, decision_reason = :r where id = :id""")
                .param("rate", calculation.rate()).param("amount", calculation.amount().amount())
                .param("calc", String.join("\n", calculation.steps())).param("by", actor.username()).param("at", stamp())
                .param("r", reason).param("id", id).update();
        ledger(actor, id, a.enterpriseId(), "APPROVED", Map.of("rate", calculation.rate().toPlainString(),
                "amount", calculation.amount().toString(), "base", calculation.base().toString()));
        return loadApplication(id);
    }

    @Transactional
    public void pay(Actor actor, long id, String reference) {
        ProgrammeDefinitions.requireOffice(actor);
        Application a = find(actor, id);
        requireState(a, "APPROVED");
        if (reference == null || reference.isBlank()) throw ProgrammeRules.PAYMENT_REFERENCE.violation();
        jdbc.sql("update programme_application set state = 'PAID', paid_reference = :ref, paid_at = :at where id = :id")
                .param("ref", reference.strip()).param("at", stamp()).param("id", id).update();
        ledger(actor, id, a.enterpriseId(), "PAID", Map.of("amount", a.amount().toString(), "reference", reference.strip()));
    }

    /** Reverses an approval or payment with its reason; {@code fraud} bars the enterprise (Licheng 第十一条). */
    @Transactional
    public void clawback(Actor actor, long id, String reason, boolean fraud) {
        ProgrammeDefinitions.requireOffice(actor);
        Application a = find(actor, id);
        if (!a.state().equals("APPROVED") && !a.state().equals("PAID")) {
            throw ProgrammeRules.APPLICATION_STATE.violation(a.state());
        }
        if (reason == null || reason.isBlank()) throw ProgrammeRules.CLAWBACK_REASON.violation();
        jdbc.sql("""
                        update programme_application set state = 'CLAWED_BACK', clawback_reason = :r, clawback_fraud = :f,
                            clawed_back_at = :at where id = :id""")
                .param("r", reason.strip()).param("f", fraud).param("at", stamp()).param("id", id).update();
        ledger(actor, id, a.enterpriseId(), "CLAWED_BACK", Map.of("amount", a.amount().toString(), "reason", reason.strip(),
                "fraud", fraud));
    }

    /** A fee the programme's budget pays (experts, third parties, evaluations; Licheng 第十条). */
    @Transactional
    public void recordFee(Actor actor, String key, int year, String kind, String payee, Money amount) {
        ProgrammeDefinitions.requireOffice(actor);
        definitions.current(key);
        BudgetPosition budget = budget(key, year);
        if (amount.isGreaterThan(budget.remaining())) throw ProgrammeRules.BUDGET_EXCEEDED.violation(year, budget.remaining(), amount);
        jdbc.sql("""
                        insert into programme_fee (programme_key, year, kind, payee, amount, recorded_by, recorded_at)
                        values (:k, :y, :kind, :p, :a, :by, :at)""")
                .param("k", key).param("y", year).param("kind", kind).param("p", payee).param("a", amount.amount())
                .param("by", actor.username()).param("at", stamp()).update();
        events.publishEvent(new LedgerFact(actor, "PROGRAMME", key, "FEE", List.of(actor.orgId()), null,
                Map.of("year", year, "kind", kind, "payee", payee, "amount", amount.toString())));
    }

    @Transactional(readOnly = true)
    public BudgetPosition budget(String key, int year) {
        Money budget = definitions.current(key).budget().perYear();
        Money committed = money("""
                select coalesce(sum(amount), 0) from programme_application
                where programme_key = :k and year = :y and state in ('APPROVED', 'PAID')""", key, year);
        Money paid = money("""
                select coalesce(sum(amount), 0) from programme_application
                where programme_key = :k and year = :y and state = 'PAID'""", key, year);
        Money fees = money("select coalesce(sum(amount), 0) from programme_fee where programme_key = :k and year = :y", key, year);
        return new BudgetPosition(budget, committed, paid, fees, budget.minus(committed).minus(fees));
    }

    /**
     * A programme's year in figures: applications, approvals (approved or paid, not clawed back) and rejections, the
     * amount committed (approved, paid included), paid and clawed back, the budget's position (fees included), the
     * enterprises served, and the financing leveraged (the principal of the served enterprises' loans disbursed in the
     * year, from {@code loan_view}).
     */
    public record Report(String key, int year, long applications, long approvals, long rejections, Money approved,
                         Money paid, Money clawedBack, long enterprisesServed, Money financingLeveraged,
                         BudgetPosition budget) {
    }

    @Transactional(readOnly = true)
    public Report report(Actor actor, String key, int year) {
        if (!actor.seesWholeDistrict()) throw new AccessDeniedException("the IP office reports on programmes");
        // budget(key, year) reads the definition in force, and refuses an unknown programme
        return jdbc.sql("""
                        select count(*),
                               count(*) filter (where state in ('APPROVED', 'PAID')),
                               count(*) filter (where state = 'REJECTED'),
                               coalesce(sum(amount) filter (where state in ('APPROVED', 'PAID')), 0),
                               coalesce(sum(amount) filter (where state = 'PAID'), 0),
                               coalesce(sum(amount) filter (where state = 'CLAWED_BACK'), 0),
                               count(distinct enterprise_id) filter (where state in ('APPROVED', 'PAID')),
                               coalesce((select sum(l.principal) from loan_view l
                                         where l.disbursed_on between make_date(:y, 1, 1) and make_date(:y, 12, 31)
                                         and l.enterprise_id in (select a.enterprise_id from programme_application a
                                             where a.programme_key = :k and a.year = :y and a.state in ('APPROVED', 'PAID'))), 0)
                        from programme_application where programme_key = :k and year = :y""")
                .param("k", key).param("y", year)
                .query((rs, i) -> new Report(key, year, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        Money.of(rs.getBigDecimal(4)), Money.of(rs.getBigDecimal(5)), Money.of(rs.getBigDecimal(6)),
                        rs.getLong(7), Money.of(rs.getBigDecimal(8)), budget(key, year)))
                .single();
    }

    /** An application as the actor may see it: the enterprise its own, an assigned expert, the IP office all. */
    @Transactional(readOnly = true)
    public Application find(Actor actor, long id) {
        Application a = loadApplication(id);
        boolean assigned = actor.has(Role.EXPERT) && jdbc.sql(
                        "select exists (select 1 from programme_review where application_id = :a and expert_user_id = :u)")
                .param("a", id).param("u", actor.userId()).query(Boolean.class).single();
        if (!actor.seesWholeDistrict() && a.enterpriseId() != actor.orgId() && !assigned) {
            throw new RecordNotFound("application", id);
        }
        return a;
    }

    @Transactional(readOnly = true)
    public List<Review> reviews(Actor actor, long id) {
        find(actor, id);
        return jdbc.sql("""
                        select expert_name, recommend, assessed_rate, opinion, signed_at is not null
                        from programme_review where application_id = :a order by expert_name""")
                .param("a", id)
                .query((rs, i) -> new Review(rs.getString(1), (Boolean) rs.getObject(2), rs.getBigDecimal(3), rs.getString(4),
                        rs.getBoolean(5)))
                .list();
    }

    /** One line of a list of applications, with the enterprise's name (from {@code enterprise_view}). */
    public record Listed(long id, String programmeKey, int version, String nameZh, String nameEn, String enterprise, int year,
                         String state, Money amount) {
    }

    /** The applications the actor may see: the IP office all, an enterprise its own, an expert those assigned to it. */
    @Transactional(readOnly = true)
    public List<Listed> visible(Actor actor) {
        return jdbc.sql("""
                        select a.id, a.programme_key, a.version, d.name_zh, d.name_en, coalesce(e.name, ''), a.year, a.state, a.amount
                        from programme_application a
                        join programme_definition d on d.programme_key = a.programme_key and d.version = a.version
                        left join enterprise_view e on e.organisation_id = a.enterprise_id
                        where :all or a.enterprise_id = :org
                           or exists (select 1 from programme_review r where r.application_id = a.id and r.expert_user_id = :u)
                        order by a.id desc limit 200""")
                .param("all", actor.seesWholeDistrict()).param("org", actor.orgId()).param("u", actor.userId())
                .query((rs, i) -> new Listed(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), rs.getString(8), rs.getBigDecimal(9) == null ? null : Money.of(rs.getBigDecimal(9))))
                .list();
    }

    public record Uploaded(String materialId, String filename, long sizeBytes, String sha256) {
    }

    @Transactional(readOnly = true)
    public List<Uploaded> materials(Actor actor, long id) {
        find(actor, id);
        return jdbc.sql("""
                        select material_id, filename, size_bytes, sha256 from programme_material
                        where application_id = :a order by material_id""")
                .param("a", id)
                .query((rs, i) -> new Uploaded(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    private Application own(Actor actor, long id) {
        Application a = loadApplication(id);
        if (a.enterpriseId() != actor.orgId()) throw new RecordNotFound("application", id);
        return a;
    }

    private Application loadApplication(long id) {
        return jdbc.sql("""
                        select id, programme_key, version, enterprise_id, year, state, committed_by, assessed_rate, amount,
                               calculation, clawback_reason, clawback_fraud
                        from programme_application where id = :id""")
                .param("id", id)
                .query((rs, i) -> new Application(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getInt(5),
                        rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9) == null ? null : Money.of(rs.getBigDecimal(9)), rs.getString(10),
                        rs.getString(11), rs.getBoolean(12)))
                .optional().orElseThrow(() -> new RecordNotFound("application", id));
    }

    private Actor expert(String username) {
        try {
            Actor expert = ((ActorHolder) users.loadUserByUsername(username)).actor();
            if (!expert.has(Role.EXPERT)) throw ProgrammeRules.REVIEWER_NOT_EXPERT.violation(username);
            return expert;
        } catch (UsernameNotFoundException e) {
            throw ProgrammeRules.REVIEWER_NOT_EXPERT.violation(username);
        }
    }

    private static void refuseIfIneligible(Explanation explanation) {
        if (!explanation.eligible()) {
            List<String> failures = new ArrayList<>();
            for (Explanation.ElementResult f : explanation.failures()) failures.add(f.article() + " " + f.label().zh());
            if (!explanation.inWindow()) failures.add(explanation.windowArticle());
            throw ProgrammeRules.NOT_ELIGIBLE.violation(failures);
        }
    }

    private static void checkRate(ProgrammeDefinition programme, BigDecimal rate) {
        BigDecimal max = programme.parameter(programme.benefit().rate()).decimal();
        if (rate != null && (rate.signum() < 0 || rate.compareTo(max) > 0)) {
            throw ProgrammeRules.ASSESSED_RATE.violation(max.toPlainString());
        }
    }

    private static void requireState(Application a, String state) {
        if (!a.state().equals(state)) throw ProgrammeRules.APPLICATION_STATE.violation(a.state());
    }

    private Money money(String sql, String key, int year) {
        return Money.of(jdbc.sql(sql).param("k", key).param("y", year).query(BigDecimal.class).single());
    }

    private void ledger(Actor actor, long id, long enterpriseId, String action, Map<String, ?> after) {
        events.publishEvent(new LedgerFact(actor, "PROGRAMME_APPLICATION", String.valueOf(id), action,
                List.of(actor.orgId(), enterpriseId), null, new LinkedHashMap<>(after)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Timestamp stamp() {
        return Timestamp.from(clock.instant());
    }

    private static boolean startsWith(byte[] content, String magic) {
        if (content.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) if (content[i] != magic.charAt(i)) return false;
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
