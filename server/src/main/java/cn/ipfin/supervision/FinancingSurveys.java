package cn.ipfin.supervision;

import cn.ipfin.core.party.OrgType;
import cn.ipfin.lending.Products;
import cn.ipfin.shared.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The enterprises' satisfaction after financing (融资获得感, Jiyuan 001 四.2; Ezhou 003 七): an enterprise answers once
 * per disbursed loan, 1–5 on speed, cost, service and on the whole, with a comment; the IP office reads the answers
 * summarised per bank and product (averages to 2 decimals, half up).
 */
@Service
public class FinancingSurveys {

    private static final int COMMENT_LENGTH = 500;

    private final JdbcClient jdbc;
    private final Products products;
    private final PlatformFigures platform;
    private final Clock clock;

    FinancingSurveys(JdbcClient jdbc, Products products, PlatformFigures platform, Clock clock) {
        this.jdbc = jdbc;
        this.products = products;
        this.platform = platform;
        this.clock = clock;
    }

    public record Scores(int speed, int cost, int service, int overall) {
        boolean valid() {
            return IntStream.of(speed, cost, service, overall).allMatch(s -> s >= 1 && s <= 5);
        }
    }

    /** An enterprise's disbursed loan, with its answer when given. */
    public record LoanToRate(long loanId, String loanNo, String bankName, String bankNameEn, LocalDate disbursedOn,
                             Integer overall) {
    }

    /** One bank's (and product's) answers: their number and each question's average. */
    public record Summary(long bankId, String bankName, String bankNameEn, String product, long answers,
                          BigDecimal speed, BigDecimal cost, BigDecimal service, BigDecimal overall) {
    }

    public List<LoanToRate> loans(Actor enterprise) {
        requireEnterprise(enterprise);
        return jdbc.sql("""
                        select l.id, l.loan_no, b.name, coalesce(b.name_en, b.name) as name_en, l.disbursed_on, s.overall
                        from loan_view l join organisation_view b on b.id = l.bank_org_id
                        left join financing_survey s on s.loan_id = l.id
                        where l.enterprise_id = :e and l.disbursed_on is not null
                        order by l.disbursed_on desc, l.id desc""")
                .param("e", enterprise.orgId())
                .query((rs, i) -> new LoanToRate(rs.getLong("id"), rs.getString("loan_no"), rs.getString("name"),
                        rs.getString("name_en"), rs.getObject("disbursed_on", LocalDate.class),
                        (Integer) rs.getObject("overall")))
                .list();
    }

    @Transactional
    public void answer(Actor enterprise, long loanId, Scores scores, String comment) {
        requireEnterprise(enterprise);
        String text = comment == null ? "" : comment.strip();
        if (!scores.valid() || text.length() > COMMENT_LENGTH) throw PerformanceRules.SURVEY_SCORE.violation();
        record Loan(long bankId, Long productId) {
        }
        Loan loan = jdbc.sql("""
                        select bank_org_id, product_id from loan_view
                        where id = :id and enterprise_id = :e and disbursed_on is not null""")
                .param("id", loanId).param("e", enterprise.orgId())
                .query((rs, i) -> new Loan(rs.getLong("bank_org_id"), (Long) rs.getObject("product_id"))).optional()
                .orElseThrow(PerformanceRules.SURVEY_OWN_LOAN::violation);
        boolean answered = jdbc.sql("select exists (select 1 from financing_survey where loan_id = :id)")
                .param("id", loanId).query(Boolean.class).single();
        if (answered) throw PerformanceRules.SURVEY_ONCE.violation();
        try {
            jdbc.sql("""
                            insert into financing_survey (loan_id, enterprise_id, bank_org_id, product_id, speed, cost, service,
                                overall, comment, answered_by, answered_at)
                            values (:loan, :e, :bank, :product, :speed, :cost, :service, :overall, :comment, :by, :at)""")
                    .param("loan", loanId).param("e", enterprise.orgId()).param("bank", loan.bankId())
                    .param("product", loan.productId()).param("speed", scores.speed()).param("cost", scores.cost())
                    .param("service", scores.service()).param("overall", scores.overall())
                    .param("comment", text.isEmpty() ? null : text).param("by", enterprise.username())
                    .param("at", java.sql.Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) { // answered at the same moment in another tab
            throw PerformanceRules.SURVEY_ONCE.violation();
        }
    }

    /** The district's answers per bank and product (a loan without a product counts under its bank alone). */
    public List<Summary> summary(Actor office) {
        if (!SupervisionReaders.office(office)) throw new AccessDeniedException("the survey summary is the IP office's");
        return jdbc.sql("""
                        select s.bank_org_id, b.name, coalesce(b.name_en, b.name) as name_en, s.product_id, count(*) as answers,
                               round(avg(s.speed), 2) as speed, round(avg(s.cost), 2) as cost,
                               round(avg(s.service), 2) as service, round(avg(s.overall), 2) as overall
                        from financing_survey s join organisation_view b on b.id = s.bank_org_id
                        where b.district = :district
                        group by s.bank_org_id, b.name, b.name_en, s.product_id
                        order by b.name, s.product_id nulls last""")
                .param("district", platform.districtOf(office.orgId()))
                .query((rs, i) -> {
                    Long product = (Long) rs.getObject("product_id");
                    return new Summary(rs.getLong("bank_org_id"), rs.getString("name"), rs.getString("name_en"),
                            product == null ? null : products.find(product).map(p -> p.name()).orElse(null),
                            rs.getLong("answers"), rs.getBigDecimal("speed"), rs.getBigDecimal("cost"),
                            rs.getBigDecimal("service"), rs.getBigDecimal("overall"));
                })
                .list();
    }

    /** The comments of the district's answers, the newest first, for the office to read. */
    public List<String> comments(Actor office, int limit) {
        if (!SupervisionReaders.office(office)) throw new AccessDeniedException("the survey comments are the IP office's");
        return jdbc.sql("""
                        select s.comment from financing_survey s join organisation_view b on b.id = s.bank_org_id
                        where b.district = :district and s.comment is not null order by s.answered_at desc, s.id desc
                        limit :limit""")
                .param("district", platform.districtOf(office.orgId())).param("limit", limit).query(String.class).list();
    }

    private static void requireEnterprise(Actor actor) {
        if (actor.orgType() != OrgType.ENTERPRISE) throw new AccessDeniedException("an enterprise rates its own loans");
    }
}
