package cn.ipfin.servicing;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Visibility;
import cn.ipfin.valuation.ValuationSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Each active loan's principal outstanding against the current value of its collateral in force (valuation's
 * {@code collateral_value_view}: the latest valuation or revaluation of every right still pledged). The line is the
 * coverage threshold the nightly revaluation and the close alert on ({@code ipfin.valuation.coverage-threshold},
 * principal ÷ collateral value): a loan whose collateral is worth less than principal ÷ threshold is below the line.
 */
@Service
public class CollateralCoverage {

    /** One loan: what it still owes and what its collateral is worth now. */
    public record Point(String loanNo, String enterpriseName, BigDecimal principalOutstanding, BigDecimal collateralValue) {

        /** Principal ÷ collateral value to 4 places; null when the collateral is worth nothing. */
        public BigDecimal ratio() {
            return collateralValue.signum() == 0 ? null
                    : principalOutstanding.divide(collateralValue, 4, RoundingMode.HALF_UP);
        }
    }

    /** The loans, the threshold, and those below the line (worst first). */
    public record Coverage(List<Point> points, BigDecimal threshold, List<Point> belowLine) {
    }

    private final JdbcClient jdbc;
    private final ValuationSettings settings;

    CollateralCoverage(JdbcClient jdbc, ValuationSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public Coverage of(Actor actor) {
        List<Point> points = jdbc.sql("""
                        select l.loan_no, e.name, s.principal_outstanding, c.collateral_value
                        from loan_servicing s
                        join loan_view l on l.id = s.loan_id
                        join enterprise_view e on e.organisation_id = l.enterprise_id
                        join collateral_value_view c on c.loan_id = s.loan_id
                        where s.state = 'ACTIVE' and s.principal_outstanding > 0
                          and (:all or s.bank_org_id = any(:orgs))
                        order by l.loan_no""")
                .params(Visibility.of(actor))
                .query((rs, i) -> new Point(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .list();
        BigDecimal threshold = settings.coverageThreshold();
        return new Coverage(points, threshold, belowLine(points, threshold));
    }

    /** Below the line: principal above threshold × collateral value (the same test as the alerts), worst first. */
    static List<Point> belowLine(List<Point> points, BigDecimal threshold) {
        return points.stream()
                .filter(p -> p.principalOutstanding().compareTo(threshold.multiply(p.collateralValue())) > 0)
                .sorted(java.util.Comparator.comparing((Point p) -> p.ratio() == null ? BigDecimal.valueOf(Long.MAX_VALUE) : p.ratio())
                        .reversed())
                .toList();
    }
}
