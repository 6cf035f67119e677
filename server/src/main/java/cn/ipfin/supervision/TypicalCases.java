package cn.ipfin.supervision;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ConcurrentEditConflict;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Typical cases (典型案例, Shenzhen 004 (十七); Jiyuan 001 四.2–四.3): the IP office picks a financed loan of its district,
 * the write-up starts from the platform's facts ({@link CaseFacts}), the office edits and publishes it; the district's
 * regulators read the published ones. A published case is no longer edited.
 */
@Service
public class TypicalCases {

    private static final int TITLE_LENGTH = 200;
    private static final RowMapper<TypicalCase> ROW = (rs, i) -> new TypicalCase(rs.getLong("id"), rs.getLong("loan_id"),
            rs.getString("title"), rs.getString("body"), rs.getString("facts"), rs.getString("state"),
            rs.getString("drafted_by"), rs.getString("published_by"), rs.getObject("published_on", LocalDate.class),
            rs.getInt("version"));

    private final JdbcClient jdbc;
    private final CaseFacts facts;
    private final PlatformFigures platform;
    private final Clock clock;

    TypicalCases(JdbcClient jdbc, CaseFacts facts, PlatformFigures platform, Clock clock) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.platform = platform;
        this.clock = clock;
    }

    public record TypicalCase(long id, long loanId, String title, String body, String facts, String state,
                              String draftedBy, String publishedBy, LocalDate publishedOn, int version) {
        public boolean published() {
            return state.equals("PUBLISHED");
        }
    }

    /** Starts a case from the loan: a draft whose title and text are the platform's facts. */
    @Transactional
    public TypicalCase start(Actor office, String loanNo) {
        requireWriter(office);
        String no = loanNo == null ? "" : loanNo.strip();
        var loan = facts.of(platform.districtOf(office.orgId()), no)
                .orElseThrow(() -> PerformanceRules.CASE_LOAN_NOT_FINANCED.violation(no));
        boolean written = jdbc.sql("select exists (select 1 from typical_case where loan_id = :loan)")
                .param("loan", loan.loanId()).query(Boolean.class).single();
        if (written) throw PerformanceRules.CASE_ONE_PER_LOAN.violation(no);
        String text = CaseFacts.text(loan);
        try {
            return jdbc.sql("""
                            insert into typical_case (loan_id, district, title, body, facts, state, drafted_by, drafted_at)
                            values (:loan, :district, :title, :body, :facts, 'DRAFT', :by, :at) returning *""")
                    .param("loan", loan.loanId()).param("district", loan.district()).param("title", CaseFacts.title(loan))
                    .param("body", text).param("facts", text).param("by", office.username())
                    .param("at", java.sql.Timestamp.from(clock.instant())).query(ROW).single();
        } catch (DuplicateKeyException e) { // started at the same moment by a colleague
            throw PerformanceRules.CASE_ONE_PER_LOAN.violation(no);
        }
    }

    @Transactional
    public TypicalCase edit(Actor office, long id, int version, String title, String body) {
        requireWriter(office);
        TypicalCase current = get(office, id);
        if (current.published()) throw PerformanceRules.CASE_PUBLISHED.violation();
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (t.isEmpty() || t.length() > TITLE_LENGTH || b.isEmpty()) throw PerformanceRules.CASE_TEXT.violation();
        return jdbc.sql("""
                        update typical_case set title = :title, body = :body, version = version + 1
                        where id = :id and version = :version and state = 'DRAFT' returning *""")
                .param("title", t).param("body", b).param("id", id).param("version", version).query(ROW).optional()
                .orElseThrow(() -> new ConcurrentEditConflict("typical_case", id, version));
    }

    @Transactional
    public TypicalCase publish(Actor office, long id, int version) {
        requireWriter(office);
        if (get(office, id).published()) throw PerformanceRules.CASE_PUBLISHED.violation();
        return jdbc.sql("""
                        update typical_case set state = 'PUBLISHED', published_by = :by, published_on = :on,
                            version = version + 1
                        where id = :id and version = :version and state = 'DRAFT' returning *""")
                .param("by", office.username()).param("on", LocalDate.now(clock)).param("id", id)
                .param("version", version).query(ROW).optional()
                .orElseThrow(() -> new ConcurrentEditConflict("typical_case", id, version));
    }

    /** The district's cases: every one for the office, the published ones for the regulators. */
    public List<TypicalCase> list(Actor reader) {
        boolean office = requireReader(reader);
        return jdbc.sql("""
                        select * from typical_case where district = :district and (:all or state = 'PUBLISHED')
                        order by state, published_on desc nulls first, id desc""")
                .param("district", platform.districtOf(reader.orgId())).param("all", office).query(ROW).list();
    }

    public TypicalCase get(Actor reader, long id) {
        boolean office = requireReader(reader);
        return jdbc.sql("select * from typical_case where id = :id and district = :district")
                .param("id", id).param("district", platform.districtOf(reader.orgId())).query(ROW).optional()
                .filter(c -> office || c.published())
                .orElseThrow(() -> new RecordNotFound("typical_case", id));
    }

    private static boolean requireReader(Actor actor) {
        if (SupervisionReaders.office(actor)) return true;
        if (SupervisionReaders.regulator(actor)) return false;
        throw new AccessDeniedException("the cases are for the IP office and the regulators");
    }

    private static void requireWriter(Actor actor) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("the IP office writes the cases");
    }
}
