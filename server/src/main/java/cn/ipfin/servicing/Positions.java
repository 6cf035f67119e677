package cn.ipfin.servicing;

import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.schedule.InterestBasis;
import cn.ipfin.core.servicing.LoanClassification;
import cn.ipfin.core.servicing.PenaltyTerms;
import cn.ipfin.core.servicing.ServicingPosition;
import cn.ipfin.core.servicing.ServicingTerms;
import cn.ipfin.shared.ConcurrentEditConflict;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads and writes servicing positions, one loan at a time (repayments, revisions); the close writes in bulk. */
@Component
class Positions {

    static final String COLUMNS = """
            s.loan_id, s.bank_org_id, s.enterprise_id, s.state, s.schedule_version, s.annual_rate, s.spread_bp,
            s.next_repricing_on, s.day_count, s.interest_basis, s.penalty_uplift, s.compound_interest, s.maturity_on,
            s.scheduled_balance, s.period_start, s.next_no, s.next_due_on, s.next_principal, s.next_interest,
            s.next_principal_paid, s.next_interest_paid, s.accrued_interest, s.overdue_principal, s.overdue_interest,
            s.penalty_due, s.overdue_since, s.dpd, s.classification, s.bank_classification, s.bank_reason,
            s.closed_through, s.version""";

    static final RowMapper<ServicedLoan> ROW = Positions::map;

    private final JdbcClient jdbc;

    Positions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static ServicedLoan map(ResultSet rs, int n) throws SQLException {
        var terms = new ServicingTerms(new Rate(rs.getBigDecimal("annual_rate")), DayCount.valueOf(rs.getString("day_count")),
                new PenaltyTerms(rs.getBigDecimal("penalty_uplift"), rs.getBoolean("compound_interest")),
                rs.getObject("maturity_on", LocalDate.class), InterestBasis.valueOf(rs.getString("interest_basis")));
        String bank = rs.getString("bank_classification");
        var position = new ServicingPosition(money(rs, "scheduled_balance"), rs.getObject("period_start", LocalDate.class),
                rs.getInt("next_no"), rs.getObject("next_due_on", LocalDate.class), money(rs, "next_principal"),
                money(rs, "next_interest"), money(rs, "next_principal_paid"), money(rs, "next_interest_paid"),
                money(rs, "accrued_interest"), money(rs, "overdue_principal"), money(rs, "overdue_interest"),
                money(rs, "penalty_due"), rs.getObject("overdue_since", LocalDate.class), rs.getInt("dpd"),
                LoanClassification.valueOf(rs.getString("classification")),
                bank == null ? null : LoanClassification.valueOf(bank), rs.getObject("closed_through", LocalDate.class));
        Integer spread = (Integer) rs.getObject("spread_bp");
        return new ServicedLoan(rs.getLong("loan_id"), rs.getLong("bank_org_id"), rs.getLong("enterprise_id"),
                "ACTIVE".equals(rs.getString("state")), rs.getInt("schedule_version"), spread,
                rs.getObject("next_repricing_on", LocalDate.class), terms, position, rs.getString("bank_reason"),
                rs.getInt("version"));
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        return Money.of(rs.getBigDecimal(column));
    }

    Optional<ServicedLoan> find(long loanId) {
        return jdbc.sql("select " + COLUMNS + " from loan_servicing s where s.loan_id = :id")
                .param("id", loanId).query(ROW).optional();
    }

    /** The row locked for this transaction: a repayment and the close never interleave on one loan. */
    Optional<ServicedLoan> lock(long loanId) {
        return jdbc.sql("select " + COLUMNS + " from loan_servicing s where s.loan_id = :id for update")
                .param("id", loanId).query(ROW).optional();
    }

    void insert(ServicedLoan loan) {
        Map<String, Object> values = values(loan);
        values.put("loan_id", loan.loanId());
        values.put("bank_org_id", loan.bankOrgId());
        values.put("enterprise_id", loan.enterpriseId());
        values.put("day_count", loan.terms().dayCount().name());
        values.put("interest_basis", loan.terms().interestBasis().name());
        values.put("penalty_uplift", loan.terms().penalty().uplift());
        values.put("compound_interest", loan.terms().penalty().compound());
        String columns = String.join(", ", values.keySet());
        String params = String.join(", ", values.keySet().stream().map(k -> ":" + k).toList());
        var spec = jdbc.sql("insert into loan_servicing (" + columns + ") values (" + params + ")");
        for (var e : values.entrySet()) spec = spec.param(e.getKey(), e.getValue());
        spec.update();
    }

    /** Writes the loan back if nobody changed it since it was read; the version goes up by one. */
    void update(ServicedLoan loan) {
        Map<String, Object> values = values(loan);
        StringBuilder sql = new StringBuilder("update loan_servicing set version = version + 1");
        values.keySet().forEach(k -> sql.append(", ").append(k).append(" = :").append(k));
        sql.append(" where loan_id = :id and version = :version");
        var spec = jdbc.sql(sql.toString()).param("id", loan.loanId()).param("version", loan.version());
        for (var e : values.entrySet()) spec = spec.param(e.getKey(), e.getValue());
        if (spec.update() != 1) throw new ConcurrentEditConflict("loan servicing", Long.toString(loan.loanId()), loan.version());
    }

    private static Map<String, Object> values(ServicedLoan loan) {
        ServicingPosition p = loan.position();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("state", loan.active() ? "ACTIVE" : "REPAID");
        v.put("schedule_version", loan.scheduleVersion());
        v.put("annual_rate", loan.terms().rate().annualFraction());
        v.put("spread_bp", loan.spreadBp());
        v.put("next_repricing_on", loan.nextRepricingOn());
        v.put("maturity_on", loan.terms().maturityOn());
        v.put("scheduled_balance", p.scheduledBalance().amount());
        v.put("period_start", p.periodStart());
        v.put("next_no", p.nextNo() == 0 ? null : p.nextNo());
        v.put("next_due_on", p.nextDueOn());
        v.put("next_principal", p.nextPrincipal().amount());
        v.put("next_interest", p.nextInterest().amount());
        v.put("next_principal_paid", p.nextPrincipalPaid().amount());
        v.put("next_interest_paid", p.nextInterestPaid().amount());
        v.put("accrued_interest", p.accruedInterest().amount());
        v.put("overdue_principal", p.overduePrincipal().amount());
        v.put("overdue_interest", p.overdueInterest().amount());
        v.put("penalty_due", p.penaltyDue().amount());
        v.put("overdue_since", p.overdueSince());
        v.put("dpd", p.dpd());
        v.put("classification", p.classification().name());
        v.put("bank_classification", p.bankChoice() == null ? null : p.bankChoice().name());
        v.put("bank_reason", loan.bankReason());
        v.put("closed_through", p.closedThrough());
        return v;
    }
}
