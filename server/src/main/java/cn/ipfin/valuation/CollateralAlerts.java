package cn.ipfin.valuation;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Post-loan collateral alerts, seen by the lending bank (and its head office) and the IP office. */
@Service
public class CollateralAlerts {

    private final JdbcClient jdbc;

    CollateralAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Alert(long id, long loanId, String loanNo, String bankName, String enterpriseName, LocalDate raisedOn,
                        BigDecimal principal, BigDecimal collateralValue, BigDecimal coverage, BigDecimal threshold,
                        String reason) {
    }

    @Transactional(readOnly = true)
    public List<Alert> list(Actor actor, int limit) {
        return jdbc.sql("""
                        select c.id, c.loan_id, l.loan_no, b.name, e.name, c.raised_on, c.principal, c.collateral_value,
                               c.coverage, c.threshold, c.reason
                        from collateral_alert c join loan_view l on l.id = c.loan_id
                        join organisation_view b on b.id = c.bank_org_id join enterprise_view e on e.organisation_id = c.enterprise_id
                        where (:all or c.bank_org_id = any(:orgs))
                        order by c.raised_on desc, c.id desc limit :limit""")
                .params(Visibility.of(actor)).param("limit", limit)
                .query((rs, i) -> new Alert(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getString(11)))
                .list();
    }
}
