package cn.ipfin.party;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.SearchPlans;
import cn.ipfin.shared.Visibility;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Enterprises (用资企业). An enterprise sees itself, the IP office sees all, and an institution sees an
 * enterprise only while the enterprise's authorisation for it stands (seed 004 (十三): 客户授权).
 * Qualifications and credit listings are dated facts; lists show those in force today.
 */
@Service
public class Enterprises {

    static final String VISIBLE = """
             (:all or e.organisation_id = any(:orgs)
              or exists (select 1 from data_authorisation a where a.enterprise_id = e.organisation_id
                         and a.org_id = any(:orgs) and a.revoked_at is null))""";
    private static final Pattern CODE_LIKE = Pattern.compile("[0-9A-Za-z]+");
    private static final Set<String> QUALIFICATIONS = Set.of("SPECIALISED_SME", "LITTLE_GIANT", "HIGH_TECH", "PRE_IPO");
    private static final String COLUMNS = """
            e.organisation_id, e.credit_code, e.name, e.legal_representative, e.registered_on, e.registered_capital,
            e.park, e.industry_code, e.industry_name, e.size,
            """ + held("SPECIALISED_SME") + ", " + held("LITTLE_GIANT") + ", " + held("HIGH_TECH") + ", "
            + listed() + " as on_credit_list, e.version";
    private static final String PAGE_COLUMNS = "e.organisation_id, e.credit_code, e.name, e.legal_representative,"
            + " e.registered_on, e.registered_capital, e.park, e.industry_code, e.industry_name, e.size, e.version";
    private static final RowMapper<EnterpriseSummary> ROW = (rs, i) -> new EnterpriseSummary(rs.getLong(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getBigDecimal(6),
            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getBoolean(11),
            rs.getBoolean(12), rs.getBoolean(13), rs.getBoolean(14), rs.getInt(15));
    /** Counting stops here: a page says "more than 1,000" rather than scanning a million rows to count them. */
    static final int COUNT_CAP = 1_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    Enterprises(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The enterprise's qualification rows of the kind held on the business date (granted, not expired). */
    private static String heldRows(String kind) {
        return "from enterprise_qualification q where q.enterprise_id = e.organisation_id"
                + " and q.kind = '" + kind + "' and q.granted_on <= :today"
                + " and (q.expires_on is null or q.expires_on > :today)";
    }

    private static String held(String kind) {
        return "exists (select 1 " + heldRows(kind) + ")";
    }

    /**
     * {@link #held} as a scalar subquery, which PostgreSQL does not turn into a join: beside a narrowing filter each of
     * the few candidates is probed in the qualification index (0.01 ms each), where the EXISTS form was planned as a
     * hash of every qualification row of the kind (130,000 专精特新 rows, 50–250 ms per search at 1M; V23_2).
     */
    private static String heldProbe(String kind) {
        return "(select true " + heldRows(kind) + " limit 1)";
    }

    /**
     * A necessary condition of {@link #held}: the enterprise has some row of the kind (kept on its own row by the
     * database, GIN-indexed). With it a search intersects the name or industry matches with the kind's holders in one
     * bitmap scan, and checks the dates on the rows left, instead of joining every qualification row of the kind.
     */
    private static String kindRecorded(String kind) {
        return "e.qualification_kinds @> cast('{" + kind + "}' as varchar[])";
    }

    private static String listed() {
        return "exists (select 1 from enterprise_credit_fact f where f.enterprise_id = e.organisation_id"
                + " and f.kind in ('ABNORMAL_OPERATION','DISHONEST') and f.listed_on <= :today"
                + " and (f.removed_on is null or f.removed_on > :today))";
    }

    /** Enterprises matching the query, by name. The total is exact up to {@value #COUNT_CAP}. */
    @Transactional(readOnly = true)
    public EnterprisePage search(Actor actor, EnterpriseQuery query, int page, int size) {
        SearchPlans.planEachExecution(jdbc);
        String raw = query.text() == null || query.text().isBlank() ? null : query.text().strip();
        String text = raw == null ? null : "%" + escape(raw) + "%";
        String qualification = query.qualification() != null && QUALIFICATIONS.contains(query.qualification())
                ? query.qualification() : null;
        // The IP office's searches carry no visibility predicate at all, so the planner sees only the filters.
        StringBuilder where = new StringBuilder(" from enterprise e where")
                .append(actor.seesWholeDistrict() ? " true" : VISIBLE);
        if (raw != null) where.append(" and ").append(textCondition(raw));
        if (blankToNull(query.park()) != null) where.append(" and e.park = :park");
        if (blankToNull(query.industryCode()) != null) where.append(" and e.industry_code like :industry");
        // The kinds filter pays only beside another filter: alone, walking the name index and checking "held" row by
        // row finds a page of holders in ~40 buffers at 1M, while the kind's 130,000 holders by bitmap took 1,600.
        boolean narrowed = raw != null || blankToNull(query.park()) != null || blankToNull(query.industryCode()) != null;
        if (qualification != null && narrowed) {
            where.append(" and ").append(kindRecorded(qualification)).append(" and ").append(heldProbe(qualification));
        } else if (qualification != null) {
            where.append(" and ").append(held(qualification));
        }
        if (query.creditListed() != null) where.append(query.creditListed() ? " and " : " and not ").append(listed());
        var today = LocalDate.now(clock);
        long total = bind(jdbc.sql("select count(*) from (select 1" + where + " limit " + (COUNT_CAP + 1) + ") t"),
                actor, query, text, raw, today).query(Long.class).single();
        // The page is chosen first and its flags computed for its rows only: with the flag subqueries in the same
        // select, PostgreSQL hashes every qualification of the district for each search.
        List<EnterpriseSummary> rows = bind(jdbc.sql("select " + COLUMNS + " from (select " + PAGE_COLUMNS + where
                        + " order by e.name limit :size offset :offset) e order by e.name"), actor, query, text, raw, today)
                .param("size", size).param("offset", (long) page * size)
                .query(ROW).list();
        return new EnterprisePage(rows, page, size, Math.min(total, COUNT_CAP), total > COUNT_CAP);
    }

    /**
     * Each kind of text goes to the index that can serve it: letters and digits may be (part of) a credit code —
     * a short one is a code prefix (pattern index), a whole one the code itself (unique index), one in between a
 * fragment of code or name (trigrams); Chinese text
     * is a name fragment: two characters by bigram (pg_trgm needs three), more by trigram. One OR across both kinds
     * would force a scan of every row.
     */
    private static String textCondition(String raw) {
        boolean codeLike = CODE_LIKE.matcher(raw).matches();
        if (codeLike && raw.length() < 3) {
            return "e.credit_code::text like upper(:prefix)";
        }
        // a whole code (18 characters) is one row of the unique index; by trigrams of its digits it took 170 ms at 1M
        if (codeLike && raw.length() == 18) {
            return "e.credit_code = upper(:raw)";
        }
        // Every code of a district starts alike ("91419001MA…"): by all its trigrams a typed code prefix read the
        // trigram lists of a million codes each (285 ms at 1M). The index looks the codes up by the fragment's last
        // three characters only, which are the typed, distinctive ones, and the whole fragment is checked on those
        // through upper(), which no index has (so it stays a check) and whose statistics (V10_6_1) tell the planner
        // how many codes match: without them a rare fragment was guessed common and the name index walked to its end.
        if (codeLike) {
            return "((e.credit_code::text like upper(:codeTail) and upper(e.credit_code::text) like upper(:text))"
                    + " or e.name like :text)";
        }
        if (raw.length() == 2) {
            return "e.name_bigrams @> array[cast(:raw as text)]";
        }
        return "e.name like :text";
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Actor actor, EnterpriseQuery query,
                                                 String text, String raw, LocalDate today) {
        spec = spec.params(Visibility.of(actor))
                .param("today", today);
        if (text != null) spec = spec.param("text", text).param("raw", raw).param("prefix", escape(raw) + "%")
                .param("codeTail", "%" + escape(raw.substring(Math.max(0, raw.length() - 3))) + "%");
        if (blankToNull(query.park()) != null) spec = spec.param("park", query.park().strip());
        if (blankToNull(query.industryCode()) != null) spec = spec.param("industry", query.industryCode().strip() + "%");
        return spec;
    }

    @Transactional(readOnly = true)
    public Optional<EnterpriseSummary> find(Actor actor, long id) {
        return jdbc.sql("select " + COLUMNS + " from enterprise e where e.organisation_id = :id and" + VISIBLE)
                .param("id", id).params(Visibility.of(actor))
                .param("today", LocalDate.now(clock))
                .query(ROW).optional();
    }

    /** How many enterprises the actor sees, and how many of them hold each qualification today. */
    @Transactional(readOnly = true)
    public EnterpriseFigures figures(Actor actor) {
        return jdbc.sql("select count(*), count(*) filter (where " + held("SPECIALISED_SME") + "),"
                        + " count(*) filter (where " + held("LITTLE_GIANT") + "),"
                        + " count(*) filter (where " + held("HIGH_TECH") + ") from enterprise e where" + VISIBLE)
                .params(Visibility.of(actor))
                .param("today", LocalDate.now(clock))
                .query((rs, i) -> new EnterpriseFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    /** The parks of the district, for filters. */
    @Transactional(readOnly = true)
    public List<String> parks() {
        return jdbc.sql("select distinct park from enterprise where park is not null order by park")
                .query(String.class).list();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public record EnterpriseFigures(long enterprises, long specialisedSme, long littleGiant, long highTech) {
    }

    /** @param more the total was capped: there are more than {@code total} matches */
    public record EnterprisePage(List<EnterpriseSummary> rows, int page, int size, long total, boolean more) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }
}
