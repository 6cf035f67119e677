package cn.ipfin.whitelist;

import cn.ipfin.core.scoring.ScoreExplanation;
import cn.ipfin.core.scoring.TrainedScorecard;
import cn.ipfin.core.whitelist.AnonymisedRelease;
import cn.ipfin.core.whitelist.Anonymiser;
import cn.ipfin.core.whitelist.CandidateProfile;
import cn.ipfin.core.whitelist.PseudonymousTokens;
import cn.ipfin.core.whitelist.QuasiIdentifier;
import cn.ipfin.core.whitelist.ReleasedCandidate;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.party.EnterpriseProfiles;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.BusinessDates;
import cn.ipfin.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The whitelist, both directions (issue 19): the IP office generates a period's candidates by rule and score,
 * releases them to each bank as tokens and ranges, pushes to each bank the enterprises it selected and that
 * consented, and the bank tracks every pushed entry; a bank submits an applicant that authorised it for the office's
 * assessment; an enterprise sees its own score explained and may withdraw its consent.
 */
@Service
public class Whitelists {

    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}Q[1-4]");

    private final JdbcClient jdbc;
    private final EnterpriseFacts facts;
    private final EnterpriseProfiles profiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BusinessDates dates;
    private final Anonymiser anonymiser;
    private final CardVersions versions;

    Whitelists(JdbcClient jdbc, EnterpriseFacts facts, EnterpriseProfiles profiles, ApplicationEventPublisher events,
               Clock clock, BusinessDates dates, @Value("${ipfin.whitelist.token-secret:}") String tokenSecret,
               CardVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.facts = facts;
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
        this.anonymiser = Anonymiser.standard(new PseudonymousTokens(secret(tokenSecret)));
    }

    /** The configured platform secret; without one a random secret per start (tokens already sent are stored). */
    private static byte[] secret(String configured) {
        if (configured != null && configured.length() >= 32) return configured.getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }

    /**
     * @param auc the card's AUC on the loan book it was trained on (with {@code ks}); null for an expert card
     * @param psi the scored population's stability against the previous card version; null for the first
     * @param stability STABLE, WATCH or REBUILD by the PSI; null with it
     */
    public record Period(long id, String period, String cardVersion, String cardMethod, int minScore, int entries,
                         int firstTimeBorrowers, Instant generatedAt, BigDecimal auc, BigDecimal ks, BigDecimal psi,
                         String stability) {
    }

    public record Entry(long enterpriseId, String name, int score, boolean firstTimeBorrower, String bestOutcome) {
    }

    public record ReleaseRow(String token, String industry, String region, String years, String revenue, String patents,
                             String scoreBand, String assessment) {
    }

    public record Pushed(long enterpriseId, String name, String creditCode, int score, boolean firstTimeBorrower,
                         PushStatus status, String note) {
    }

    public record Referral(long id, long enterpriseId, String name, String loanNo, int score, List<Line> explanation,
                           Instant submittedAt) {
    }

    /** One line of a score explained: a feature, its value, its bin and the points it earned. */
    public record Line(String feature, String value, String bin, int points) {

        /**
         * The bin as a reader writes a range, in symbols that need no translation: {@code [6.0,inf)} is "≥ 6",
         * {@code [-inf,3.0)} is "< 3", {@code [1.0,3.0)} is "1 – 3"; a categorical bin is shown as it is.
         */
        public String range() {
            if (!bin.startsWith("[") || !bin.endsWith(")") || !bin.contains(",")) return bin;
            String[] ends = bin.substring(1, bin.length() - 1).split(",", 2);
            boolean open = ends[0].equals("-inf");
            boolean unbounded = ends[1].equals("inf");
            if (open && unbounded) return "—";
            if (open) return "< " + plain(ends[1]);
            if (unbounded) return "≥ " + plain(ends[0]);
            return plain(ends[0]) + " – " + plain(ends[1]);
        }

        private static String plain(String number) {
            return new java.math.BigDecimal(number).stripTrailingZeros().toPlainString();
        }
    }

    public record Standing(boolean consented, boolean withdrawn, List<PeriodStanding> periods) {
    }

    public record PeriodStanding(String period, int score, int minScore, boolean onWhitelist, List<Line> explanation) {
    }

    // ---- the IP office ------------------------------------------------------------------------------------------

    /**
     * A period's candidates: enterprises that hold IP in force, are on no credit list today, have not withdrawn
     * their consent, and score at least {@code minScore}.
     */
    @Transactional
    public Period generate(Actor actor, String period, int minScore) {
        requireOffice(actor);
        if (period == null || !PERIOD.matcher(period).matches()) throw WhitelistRules.PERIOD_FORMAT.violation(period);
        LocalDate today = dates.today();
        List<EnterpriseFacts.Facts> population = facts.all(today);
        TrainedScorecard card = IpCreditCard.build("IPCS-" + period, population);
        // on conflict, not a caught duplicate: a failed insert would abort the caller's transaction in PostgreSQL
        long periodId = jdbc.sql("""
                        insert into whitelist_period (period, card_version, card_method, min_score, generated_by, generated_at)
                        values (:p, :v, :m, :min, :by, :at) on conflict (period) do nothing returning id""")
                .param("p", period).param("v", card.card().version()).param("m", card.card().method().name())
                .param("min", minScore).param("by", actor.username()).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).optional().orElseThrow(() -> WhitelistRules.PERIOD_EXISTS.violation(period));
        List<Double> scored = new ArrayList<>();
        for (EnterpriseFacts.Facts f : population) {
            if (f.patents() + f.trademarks() == 0 || withdrawn(f.enterpriseId())
                    || profiles.creditListedOn(f.enterpriseId(), today)) {
                continue;
            }
            ScoreExplanation explanation = card.card().explain(f.features());
            scored.add((double) explanation.total());
            if (explanation.total() < minScore) continue;
            jdbc.sql("""
                            insert into whitelist_entry (period_id, enterprise_id, score, first_time_borrower, explanation)
                            values (:p, :e, :s, :first, :x)""")
                    .param("p", periodId).param("e", f.enterpriseId()).param("s", explanation.total())
                    .param("first", !f.borrowed()).param("x", encode(explanation)).update();
        }
        int loans = (int) population.stream().filter(EnterpriseFacts.Facts::hasLoan).count();
        int bads = (int) population.stream().filter(f -> f.hasLoan() && f.wentBad()).count();
        versions.keep(periodId, card, loans, bads, scored.stream().mapToDouble(Double::doubleValue).toArray(),
                clock.instant());
        return periods().stream().filter(p -> p.id() == periodId).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Period> periods() {
        return jdbc.sql("""
                        select p.id, p.period, p.card_version, p.card_method, p.min_score, p.generated_at,
                               (select count(*) from whitelist_entry e where e.period_id = p.id) as entries,
                               (select count(*) from whitelist_entry e where e.period_id = p.id and e.first_time_borrower) as first_time
                        from whitelist_period p order by p.period desc""")
                .query((rs, i) -> new Period(rs.getLong("id"), rs.getString("period"), rs.getString("card_version"),
                        rs.getString("card_method"), rs.getInt("min_score"), rs.getInt("entries"), rs.getInt("first_time"),
                        rs.getTimestamp("generated_at").toInstant(), null, null, null, null))
                .list().stream().map(withValidation(versions.versions())).toList();
    }

    /** The office's view of a period: every entry with its best outcome at any bank (首贷户 outreach followed). */
    @Transactional(readOnly = true)
    public List<Entry> entries(Actor actor, String period) {
        requireOffice(actor);
        return jdbc.sql("""
                        select e.enterprise_id, ev.name, e.score, e.first_time_borrower,
                               (select max(s.status) from whitelist_push s
                                 where s.period_id = e.period_id and s.enterprise_id = e.enterprise_id) as best
                        from whitelist_entry e join whitelist_period p on p.id = e.period_id
                        join enterprise_view ev on ev.organisation_id = e.enterprise_id
                        where p.period = :p order by e.score desc, e.enterprise_id""")
                .param("p", period)
                .query((rs, i) -> new Entry(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4), rs.getString(5)))
                .list();
    }

    /** Records a qualification or fact the registry lacks, by the enterprise's credit code (the office's lists carry it). */
    @Transactional
    public void recordInput(Actor actor, String creditCode, WhitelistInput kind, LocalDate grantedOn, String source) {
        requireOffice(actor);
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase(java.util.Locale.ROOT);
        long enterpriseId = jdbc.sql("select organisation_id from enterprise_view where credit_code = :c").param("c", code)
                .query(Long.class).optional().orElseThrow(() -> new cn.ipfin.shared.RecordNotFound("enterprise", code));
        jdbc.sql("""
                        insert into whitelist_input (enterprise_id, kind, granted_on, source, recorded_by, recorded_at)
                        values (:e, :k, :g, :s, :by, :at)
                        on conflict (enterprise_id, kind) do update set granted_on = :g, source = :s, recorded_by = :by,
                                                                        recorded_at = :at""")
                .param("e", enterpriseId).param("k", kind.name()).param("g", grantedOn == null ? dates.today() : grantedOn)
                .param("s", source == null || source.isBlank() ? "知识产权局" : source.strip()).param("by", actor.username())
                .param("at", Timestamp.from(clock.instant())).update();
    }

    /** The banks a period can be released to. */
    @Transactional(readOnly = true)
    public List<Map.Entry<Long, String>> banks() {
        return jdbc.sql("select id, name from organisation_view where type = 'BANK' and status = 'ACTIVE' order by id")
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
    }

    /** A bank's k-anonymous release of the period's consenting candidates (seed 004 (十三) 可用不可见). */
    @Transactional
    public AnonymisedRelease release(Actor actor, String period, long bankOrgId) {
        requireOffice(actor);
        long periodId = periodId(period);
        LocalDate today = dates.today();
        Map<Long, Integer> scores = jdbc.sql("""
                        select e.enterprise_id, e.score from whitelist_entry e
                        where e.period_id = :p and not exists (select 1 from whitelist_consent c
                             where c.enterprise_id = e.enterprise_id and c.withdrawn_at is not null)""")
                .param("p", periodId).query((rs, i) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<CandidateProfile> candidates = new ArrayList<>();
        for (EnterpriseFacts.Facts f : facts.all(today)) {
            Integer score = scores.get(f.enterpriseId());
            if (score == null) continue;
            long revenueFen = f.revenue() == null ? 0 : f.revenue().movePointRight(2).longValue();
            candidates.add(new CandidateProfile(Long.toString(f.enterpriseId()), f.name(), f.creditCode(), "", List.of(),
                    f.industryCode(), f.region(), f.yearsEstablished(), revenueFen, f.patents(), score));
        }
        Anonymiser.Release release = anonymiser.release(Long.toString(bankOrgId), period, candidates);
        AnonymisedRelease sent = release.forBank();
        long releaseId = jdbc.sql("""
                        insert into whitelist_release (period_id, bank_org_id, k, levels, suppressed, released_at)
                        values (:p, :b, :k, :l, :s, :at)
                        on conflict (period_id, bank_org_id) do nothing returning id""")
                .param("p", periodId).param("b", bankOrgId).param("k", sent.k()).param("l", sent.levels().toString())
                .param("s", sent.suppressed()).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).optional()
                .orElseThrow(() -> WhitelistRules.PERIOD_EXISTS.violation(period + " → " + bankOrgId));
        for (ReleasedCandidate row : sent.candidates()) {
            jdbc.sql("""
                            insert into whitelist_release_row (release_id, token, enterprise_id, industry, region, years,
                                                               revenue, patents, score_band)
                            values (:r, :t, :e, :i, :g, :y, :v, :n, :s)""")
                    .param("r", releaseId).param("t", row.token())
                    .param("e", Long.parseLong(release.enterpriseByToken().get(row.token())))
                    .param("i", row.feature(QuasiIdentifier.INDUSTRY)).param("g", row.feature(QuasiIdentifier.REGION))
                    .param("y", row.feature(QuasiIdentifier.YEARS_ESTABLISHED)).param("v", row.feature(QuasiIdentifier.REVENUE))
                    .param("n", row.feature(QuasiIdentifier.PATENTS)).param("s", row.feature(QuasiIdentifier.SCORE)).update();
        }
        return sent;
    }

    /**
     * Pushes to each bank the enterprises it marked of interest and that consent: only now does the bank learn who
     * they are. Returns how many entries were pushed.
     */
    @Transactional
    public int push(Actor actor, String period) {
        requireOffice(actor);
        long periodId = periodId(period);
        List<long[]> selected = jdbc.sql("""
                        select r.bank_org_id, w.enterprise_id from whitelist_release r
                        join whitelist_release_row w on w.release_id = r.id
                        join whitelist_consent c on c.enterprise_id = w.enterprise_id and c.withdrawn_at is null
                        where r.period_id = :p and w.assessment = 'INTERESTED'
                          and not exists (select 1 from whitelist_push s where s.period_id = :p
                                           and s.bank_org_id = r.bank_org_id and s.enterprise_id = w.enterprise_id)""")
                .param("p", periodId).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        Timestamp now = Timestamp.from(clock.instant());
        for (long[] pair : selected) {
            jdbc.sql("""
                            insert into whitelist_push (period_id, bank_org_id, enterprise_id, status, pushed_at, updated_at)
                            values (:p, :b, :e, 'PUSHED', :at, :at)""")
                    .param("p", periodId).param("b", pair[0]).param("e", pair[1]).param("at", now).update();
            events.publishEvent(new LedgerFact(actor, "WHITELIST_ENTRY", period + "/" + pair[0] + "/" + pair[1], "PUSHED",
                    List.of(pair[0], pair[1]), null, Map.of("status", PushStatus.PUSHED.name())));
        }
        return selected.size();
    }

    // ---- the bank -----------------------------------------------------------------------------------------------

    /** What the bank received for a period: tokens and ranges, with its own assessment. Never an enterprise id. */
    @Transactional(readOnly = true)
    public List<ReleaseRow> releaseFor(Actor actor, String period) {
        requireBank(actor);
        return jdbc.sql("""
                        select w.token, w.industry, w.region, w.years, w.revenue, w.patents, w.score_band, w.assessment
                        from whitelist_release r join whitelist_release_row w on w.release_id = r.id
                        join whitelist_period p on p.id = r.period_id
                        where p.period = :p and r.bank_org_id = :b order by w.score_band desc, w.token""")
                .param("p", period).param("b", actor.orgId())
                .query((rs, i) -> new ReleaseRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** The bank's pre-assessment of one token of its release. */
    @Transactional
    public void assess(Actor actor, String period, String token, boolean interested) {
        requireBank(actor);
        int updated = jdbc.sql("""
                        update whitelist_release_row w set assessment = :a
                        from whitelist_release r, whitelist_period p
                        where w.release_id = r.id and p.id = r.period_id and p.period = :p and r.bank_org_id = :b
                          and w.token = :t""")
                .param("a", interested ? "INTERESTED" : "NOT_INTERESTED").param("p", period)
                .param("b", actor.orgId()).param("t", token).update();
        if (updated == 0) throw WhitelistRules.TOKEN_UNKNOWN.violation(period, token);
    }

    @Transactional(readOnly = true)
    public List<Pushed> pushedTo(Actor actor, String period) {
        requireBank(actor);
        return jdbc.sql("""
                        select s.enterprise_id, ev.name, ev.credit_code, e.score, e.first_time_borrower, s.status, s.note
                        from whitelist_push s join whitelist_period p on p.id = s.period_id
                        join whitelist_entry e on e.period_id = s.period_id and e.enterprise_id = s.enterprise_id
                        join enterprise_view ev on ev.organisation_id = s.enterprise_id
                        where p.period = :p and s.bank_org_id = :b order by e.score desc, s.enterprise_id""")
                .param("p", period).param("b", actor.orgId())
                .query((rs, i) -> new Pushed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getBoolean(5), PushStatus.valueOf(rs.getString(6)), rs.getString(7)))
                .list();
    }

    /** The bank's follow-up of one pushed entry: the matching ledger line (seed 001 §三.8). */
    @Transactional
    public void track(Actor actor, String period, long enterpriseId, PushStatus status, String note) {
        requireBank(actor);
        Optional<String> before = jdbc.sql("""
                        select s.status from whitelist_push s join whitelist_period p on p.id = s.period_id
                        where p.period = :p and s.bank_org_id = :b and s.enterprise_id = :e for update of s""")
                .param("p", period).param("b", actor.orgId()).param("e", enterpriseId).query(String.class).optional();
        if (before.isEmpty()) throw WhitelistRules.ENTRY_NOT_PUSHED.violation(period);
        jdbc.sql("""
                        update whitelist_push s set status = :s, note = :n, updated_at = :at
                        from whitelist_period p
                        where p.id = s.period_id and p.period = :p and s.bank_org_id = :b and s.enterprise_id = :e""")
                .param("s", status.name()).param("n", note == null || note.isBlank() ? null : note.strip())
                .param("at", Timestamp.from(clock.instant())).param("p", period).param("b", actor.orgId())
                .param("e", enterpriseId).update();
        events.publishEvent(new LedgerFact(actor, "WHITELIST_ENTRY", period + "/" + actor.orgId() + "/" + enterpriseId,
                status.name(), List.of(actor.orgId(), enterpriseId), Map.of("status", before.get()),
                Map.of("status", status.name())));
    }

    /**
     * Reverse direction: the bank submits an applicant for the IP office's assessment; refused unless the enterprise
     * authorised this bank (seed 004 (十三)). The assessment is the card's score explained, kept with the referral.
     */
    @Transactional
    public Referral refer(Actor actor, long enterpriseId, String loanNo) {
        requireBank(actor);
        boolean authorised = jdbc.sql("""
                        select exists (select 1 from data_authorisation_view a where a.enterprise_id = :e
                                        and a.org_id = any(:orgs) and a.revoked_at is null)""")
                .param("e", enterpriseId).param("orgs", actor.visibleOrgIdArray()).query(Boolean.class).single();
        if (!authorised) throw WhitelistRules.REFERRAL_NOT_AUTHORISED.violation(enterpriseId);
        LocalDate today = dates.today();
        EnterpriseFacts.Facts applicant = facts.of(enterpriseId, today)
                .orElseThrow(() -> WhitelistRules.REFERRAL_NOT_AUTHORISED.violation(enterpriseId));
        TrainedScorecard card = IpCreditCard.build("IPCS-" + today, facts.all(today));
        ScoreExplanation explanation = card.card().explain(applicant.features());
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into whitelist_referral (bank_org_id, enterprise_id, loan_no, score, explanation, submitted_by, submitted_at)
                        values (:b, :e, :l, :s, :x, :by, :at) returning id""")
                .param("b", actor.orgId()).param("e", enterpriseId).param("l", loanNo == null || loanNo.isBlank() ? null : loanNo.strip())
                .param("s", explanation.total()).param("x", encode(explanation)).param("by", actor.username())
                .param("at", Timestamp.from(now)).query(Long.class).single();
        return new Referral(id, enterpriseId, applicant.name(), loanNo, explanation.total(), decode(encode(explanation)), now);
    }

    /** The page's form: the bank knows its applicant by credit code; an unknown code is refused like an unauthorised one. */
    @Transactional
    public Referral referByCreditCode(Actor actor, String creditCode, String loanNo) {
        requireBank(actor);
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase(java.util.Locale.ROOT);
        long enterpriseId = jdbc.sql("select organisation_id from enterprise_view where credit_code = :c").param("c", code)
                .query(Long.class).optional().orElseThrow(() -> WhitelistRules.REFERRAL_NOT_AUTHORISED.violation(code));
        return refer(actor, enterpriseId, loanNo);
    }

    @Transactional(readOnly = true)
    public List<Referral> referrals(Actor actor) {
        requireBank(actor);
        return jdbc.sql("""
                        select r.id, r.enterprise_id, ev.name, r.loan_no, r.score, r.explanation, r.submitted_at
                        from whitelist_referral r join enterprise_view ev on ev.organisation_id = r.enterprise_id
                        where r.bank_org_id = any(:orgs) order by r.submitted_at desc, r.id desc""")
                .param("orgs", actor.visibleOrgIdArray())
                .query((rs, i) -> new Referral(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        decode(rs.getString(6)), rs.getTimestamp(7).toInstant()))
                .list();
    }

    // ---- the enterprise -----------------------------------------------------------------------------------------

    @Transactional
    public void consent(Actor actor) {
        requireEnterprise(actor);
        jdbc.sql("""
                        insert into whitelist_consent (enterprise_id, consented_at) values (:e, :at)
                        on conflict (enterprise_id) do update set consented_at = :at, withdrawn_at = null""")
                .param("e", actor.orgId()).param("at", Timestamp.from(clock.instant())).update();
    }

    /** Withdrawn: no new release and no new push carries the enterprise (entries already pushed stay tracked). */
    @Transactional
    public void withdraw(Actor actor) {
        requireEnterprise(actor);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into whitelist_consent (enterprise_id, consented_at, withdrawn_at) values (:e, :at, :at)
                        on conflict (enterprise_id) do update set withdrawn_at = :at""")
                .param("e", actor.orgId()).param("at", now).update();
    }

    /** The enterprise's own standing: consent, and each period's score explained, whether it made the list or not. */
    @Transactional(readOnly = true)
    public Standing standing(Actor actor) {
        requireEnterprise(actor);
        Optional<Boolean> withdrawn = jdbc.sql("select withdrawn_at is not null from whitelist_consent where enterprise_id = :e")
                .param("e", actor.orgId()).query(Boolean.class).optional();
        List<PeriodStanding> periods = jdbc.sql("""
                        select p.period, e.score, p.min_score, e.explanation from whitelist_entry e
                        join whitelist_period p on p.id = e.period_id
                        where e.enterprise_id = :e order by p.period desc""")
                .param("e", actor.orgId())
                .query((rs, i) -> new PeriodStanding(rs.getString(1), rs.getInt(2), rs.getInt(3), true, decode(rs.getString(4))))
                .list();
        if (periods.isEmpty()) {
            // not on any list yet: show today's score with the expert card, so the enterprise sees what counts
            LocalDate today = dates.today();
            Optional<EnterpriseFacts.Facts> own = facts.of(actor.orgId(), today);
            if (own.isPresent()) {
                TrainedScorecard card = IpCreditCard.build("IPCS-" + today, List.of());
                ScoreExplanation explanation = card.card().explain(own.get().features());
                periods = List.of(new PeriodStanding(null, explanation.total(), 0, false, decode(encode(explanation))));
            }
        }
        return new Standing(withdrawn.isPresent() && !withdrawn.get(), withdrawn.orElse(false), periods);
    }

    /** Every card version kept, with its validation, the newest first. */
    @Transactional(readOnly = true)
    public List<CardVersions.Version> cardVersions() {
        return versions.versions();
    }

    /** A kept version's card: each feature's bins and their points. */
    @Transactional(readOnly = true)
    public List<CardVersions.Bin> cardBins(String version) {
        return versions.bins(version);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static java.util.function.UnaryOperator<Period> withValidation(List<CardVersions.Version> kept) {
        return p -> kept.stream().filter(v -> v.version().equals(p.cardVersion())).findFirst()
                .map(v -> new Period(p.id(), p.period(), p.cardVersion(), p.cardMethod(), p.minScore(), p.entries(),
                        p.firstTimeBorrowers(), p.generatedAt(), v.auc(), v.ks(), v.psi(), v.stability()))
                .orElse(p);
    }


    private boolean withdrawn(long enterpriseId) {
        return jdbc.sql("select exists (select 1 from whitelist_consent where enterprise_id = :e and withdrawn_at is not null)")
                .param("e", enterpriseId).query(Boolean.class).single();
    }

    private long periodId(String period) {
        return jdbc.sql("select id from whitelist_period where period = :p").param("p", period).query(Long.class).optional()
                .orElseThrow(() -> new cn.ipfin.shared.RecordNotFound("whitelist period", period));
    }

    /** Base points first, then one line per feature: feature, value, bin, points (tab-separated). */
    static String encode(ScoreExplanation explanation) {
        StringBuilder text = new StringBuilder("base\t\t\t" + explanation.basePoints());
        for (ScoreExplanation.Contribution c : explanation.contributions()) {
            text.append('\n').append(c.feature()).append('\t').append(c.value()).append('\t').append(c.bin())
                    .append('\t').append(c.points());
        }
        return text.toString();
    }

    static List<Line> decode(String text) {
        List<Line> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", -1);
            lines.add(new Line(parts[0], parts[1], parts[2], Integer.parseInt(parts[3])));
        }
        return lines;
    }

    private static void requireOffice(Actor actor) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("only the IP office runs the whitelist");
    }

    private static void requireBank(Actor actor) {
        if (!actor.has(Role.BANK_OFFICER) && !actor.has(Role.BANK_APPROVER)) {
            throw new AccessDeniedException("only a bank pre-assesses and follows up the whitelist");
        }
    }

    private static void requireEnterprise(Actor actor) {
        if (!actor.has(Role.ENTERPRISE_FINANCE)) throw new AccessDeniedException("only an enterprise manages its consent");
    }
}
