package cn.ipfin.servicing;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.servicing.LoanClassification;
import cn.ipfin.core.servicing.ServicingPosition;
import cn.ipfin.lending.Loan;
import cn.ipfin.lending.Loans;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What the loan's servicing page and API show: the position, every schedule version with its lines (paid amounts and
 * days past due per instalment), repayments, classification history (not to the borrower: it is the bank's
 * assessment), recent postings and alerts; and the bank's portfolio by classification.
 */
@Service
public class ServicingView {

    public record Summary(long loanId, String loanNo, String enterpriseName, String bankName, BigDecimal annualRate, Integer spreadBp,
                          LocalDate nextRepricingOn, LocalDate maturityOn, int scheduleVersion, boolean active,
                          Money principalOutstanding, Money accruedInterest, Money overduePrincipal,
                          Money overdueInterest, Money penaltyDue, int dpd, LoanClassification classification,
                          LoanClassification bankChoice, String bankReason, Integer nextNo, LocalDate nextDueOn,
                          Money nextDue, LocalDate closedThrough) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "ScheduleLine")
    public record Line(int number, LocalDate dueOn, BigDecimal openingBalance, BigDecimal principal, BigDecimal interest,
                       BigDecimal principalPaid, BigDecimal interestPaid, LocalDate settledOn, int dpd, String status) {
        public BigDecimal payment() {
            return principal.add(interest);
        }
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "ScheduleVersion", description = "A schedule version: why it was made, its terms and its lines")
    public record Version(int versionNo, String reason, LocalDate effectiveOn, BigDecimal principal, BigDecimal annualRate,
                          String method, int periods, String note, String createdBy, List<Line> lines) {
    }

    public record Posting(LocalDate businessDate, String kind, String debit, String credit, BigDecimal amount) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "ServicingAlert")
    public record Alert(LocalDate businessDate, String kind, String detail) {
    }

    public record PortfolioRow(LoanClassification classification, long loans, BigDecimal outstanding) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "ServicingPortfolio")
    public record Portfolio(List<PortfolioRow> rows, long loans, BigDecimal outstanding, BigDecimal npl) {
        /** NPL ratio = (次级 + 可疑 + 损失) ÷ all, in percent to 2 decimals. */
        public BigDecimal nplRatioPercent() {
            return outstanding.signum() == 0 ? BigDecimal.ZERO
                    : npl.multiply(BigDecimal.valueOf(100)).divide(outstanding, 2, java.math.RoundingMode.HALF_UP);
        }
    }

    public record NextPayment(String loanNo, String bankName, LocalDate dueOn, BigDecimal amount, BigDecimal overdue) {
    }


    private final JdbcClient jdbc;
    private final Positions positions;
    private final Loans loans;

    ServicingView(JdbcClient jdbc, Positions positions, Loans loans) {
        this.loans = loans;
        this.jdbc = jdbc;
        this.positions = positions;
    }

    @Transactional(readOnly = true)
    public Optional<Summary> summary(Actor actor, String loanNo) {
        Loan loan = loans.find(actor, loanNo).orElseThrow(() -> new RecordNotFound("loan", loanNo));
        return positions.find(loan.id()).map(s -> {
            ServicingPosition p = s.position();
            Money nextDue = p.nextDueOn() == null ? Money.zero()
                    : p.nextPrincipal().plus(p.nextInterest()).minus(p.nextPrincipalPaid()).minus(p.nextInterestPaid());
            return new Summary(loan.id(), loan.loanNo(), loan.enterpriseName(), loan.bankName(), s.terms().rate().annualFraction(),
                    s.spreadBp(), s.nextRepricingOn(), s.terms().maturityOn(), s.scheduleVersion(), s.active(),
                    p.principalOutstanding(), p.accruedInterest(), p.overduePrincipal(), p.overdueInterest(),
                    p.penaltyDue(), p.dpd(), p.classification(), p.bankChoice(), s.bankReason(),
                    p.nextNo() == 0 ? null : p.nextNo(), p.nextDueOn(), nextDue, p.closedThrough());
        });
    }

    /** Every schedule version, newest first; per line the paid amounts and the days past due as of the last close. */
    @Transactional(readOnly = true)
    public List<Version> versions(long loanId, LocalDate closedThrough) {
        List<Version> versions = jdbc.sql("""
                        select version_no, reason, effective_on, principal, annual_rate, method, periods, note, created_by
                        from loan_schedule_version where loan_id = :id order by version_no desc""")
                .param("id", loanId)
                .query((rs, i) -> new Version(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6), rs.getInt(7), rs.getString(8),
                        rs.getString(9), List.of()))
                .list();
        return versions.stream().map(v -> new Version(v.versionNo(), v.reason(), v.effectiveOn(), v.principal(),
                v.annualRate(), v.method(), v.periods(), v.note(), v.createdBy(), lines(loanId, v.versionNo(), closedThrough)))
                .toList();
    }

    private List<Line> lines(long loanId, int version, LocalDate closedThrough) {
        return jdbc.sql("""
                        select number, due_on, opening_balance, principal, interest, principal_paid, interest_paid, settled_on
                        from loan_instalment where loan_id = :id and version_no = :v order by number""")
                .param("id", loanId).param("v", version)
                .query((rs, i) -> {
                    LocalDate due = rs.getObject(2, LocalDate.class);
                    LocalDate settled = rs.getObject(8, LocalDate.class);
                    BigDecimal owed = rs.getBigDecimal(4).add(rs.getBigDecimal(5))
                            .subtract(rs.getBigDecimal(6)).subtract(rs.getBigDecimal(7));
                    LocalDate until = settled != null ? settled : closedThrough;
                    int dpd = (int) Math.max(0, ChronoUnit.DAYS.between(due, until));
                    String status = settled != null ? (dpd > 0 ? "PAID_LATE" : "PAID")
                            : owed.signum() > 0 && due.isBefore(closedThrough) ? "OVERDUE"
                            : due.isAfter(closedThrough.plusDays(1)) ? "SCHEDULED" : "DUE";
                    return new Line(rs.getInt(1), due, rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                            rs.getBigDecimal(6), rs.getBigDecimal(7), settled, settled == null && owed.signum() == 0 ? 0 : dpd,
                            status);
                }).list();
    }

    @Transactional(readOnly = true)
    public List<Posting> postings(long loanId, int limit) {
        return jdbc.sql("""
                        select business_date, kind, debit_account, credit_account, amount from servicing_posting
                        where loan_id = :id order by business_date desc, kind limit :n""")
                .param("id", loanId).param("n", limit)
                .query((rs, i) -> new Posting(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Alert> alerts(long loanId) {
        return jdbc.sql("select business_date, kind, detail from servicing_alert where loan_id = :id order by business_date desc, id desc limit 50")
                .param("id", loanId)
                .query((rs, i) -> new Alert(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3))).list();
    }

    /** Outstanding principal by classification over the loans the actor may see (a bank: its own; the IP office: all). */
    @Transactional(readOnly = true)
    public Portfolio portfolio(Actor actor) {
        List<PortfolioRow> rows = jdbc.sql("""
                        select s.classification, count(*),
                               coalesce(sum(s.principal_outstanding), 0)
                        from loan_servicing s where s.state = 'ACTIVE' and (:all or s.bank_org_id = any(:orgs))
                        group by s.classification""")
                .params(Visibility.of(actor))
                .query((rs, i) -> new PortfolioRow(LoanClassification.valueOf(rs.getString(1)), rs.getLong(2), rs.getBigDecimal(3)))
                .list();
        List<PortfolioRow> all = new java.util.ArrayList<>();
        for (LoanClassification c : LoanClassification.values()) {
            all.add(rows.stream().filter(r -> r.classification() == c).findFirst()
                    .orElse(new PortfolioRow(c, 0, BigDecimal.ZERO.setScale(2))));
        }
        long loans = all.stream().mapToLong(PortfolioRow::loans).sum();
        BigDecimal outstanding = all.stream().map(PortfolioRow::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal npl = all.stream().filter(r -> r.classification().isNonPerforming()).map(PortfolioRow::outstanding)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Portfolio(all, loans, outstanding, npl);
    }

    /** The enterprise's loans with what falls due next and anything overdue. */
    @Transactional(readOnly = true)
    public List<NextPayment> nextPayments(Actor actor) {
        return jdbc.sql("""
                        select l.loan_no, b.name, s.next_due_on,
                               s.next_principal + s.next_interest - s.next_principal_paid - s.next_interest_paid,
                               s.overdue_principal + s.overdue_interest + s.penalty_due
                        from loan_servicing s join loan_view l on l.id = s.loan_id join organisation_view b on b.id = l.bank_org_id
                        where s.state = 'ACTIVE' and s.enterprise_id = any(:orgs) order by s.next_due_on nulls first""")
                .param("orgs", actor.visibleOrgIdArray())
                .query((rs, i) -> new NextPayment(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list();
    }

    /** The servicing ledger rows of the loans the actor may see, for the Excel export. */
    @Transactional(readOnly = true)
    public List<java.util.Map<String, String>> ledgerRows(Actor actor) {
        return jdbc.sql("""
                        select l.loan_no, e.name, l.principal, s.annual_rate, s.principal_outstanding,
                               s.accrued_interest, s.overdue_principal, s.overdue_interest, s.penalty_due, s.dpd,
                               s.classification, s.next_due_on, s.maturity_on, s.closed_through, s.state
                        from loan_servicing s join loan_view l on l.id = s.loan_id join enterprise_view e on e.organisation_id = l.enterprise_id
                        where (:all or s.bank_org_id = any(:orgs)) order by l.loan_no""")
                .params(Visibility.of(actor))
                .query((rs, i) -> {
                    var row = new java.util.LinkedHashMap<String, String>();
                    row.put("loan_no", rs.getString(1));
                    row.put("enterprise", rs.getString(2));
                    row.put("principal_amount", rs.getBigDecimal(3).toPlainString());
                    row.put("annual_rate", rs.getBigDecimal(4).movePointRight(2).stripTrailingZeros().toPlainString());
                    row.put("outstanding_amount", rs.getBigDecimal(5).toPlainString());
                    row.put("accrued_amount", rs.getBigDecimal(6).toPlainString());
                    row.put("overdue_principal_amount", rs.getBigDecimal(7).toPlainString());
                    row.put("overdue_interest_amount", rs.getBigDecimal(8).toPlainString());
                    row.put("penalty_amount", rs.getBigDecimal(9).toPlainString());
                    row.put("dpd_count", Integer.toString(rs.getInt(10)));
                    row.put("classification", LoanClassification.valueOf(rs.getString(11)).zh());
                    row.put("next_due_on", String.valueOf(rs.getObject(12, LocalDate.class)));
                    row.put("maturity_on", String.valueOf(rs.getObject(13, LocalDate.class)));
                    row.put("closed_through", String.valueOf(rs.getObject(14, LocalDate.class)));
                    row.put("state", rs.getString(15));
                    return (java.util.Map<String, String>) row;
                }).list();
    }
}
