package cn.ipfin.supervision;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.party.OrgType;
import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.shared.Actor;
import cn.ipfin.tabular.ImportReport;
import cn.ipfin.tabular.ImportRunner;
import cn.ipfin.tabular.Template;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The banks' quarterly reports: submitted by the published Excel template (all rows or none), locked once stored
 * (a trigger refuses updates and deletes), corrected by a new version with its reason.
 */
@Service
public class BankReports {

    static final RowMapper<BankReport> ROW = (rs, i) -> new BankReport(rs.getLong("id"), rs.getLong("bank_org_id"),
            new Quarter(rs.getInt("year"), rs.getInt("quarter")), rs.getInt("version"),
            rs.getTimestamp("submitted_at").toInstant(), rs.getObject("submitted_on", LocalDate.class),
            rs.getString("submitted_by"), rs.getBoolean("late"), rs.getString("correction_reason"),
            rs.getInt("new_loans"), Money.of(rs.getBigDecimal("new_amount")), Money.of(rs.getBigDecimal("balance")),
            rs.getInt("customers"), rs.getBigDecimal("average_pledge_rate"), Money.of(rs.getBigDecimal("npl_balance")),
            rs.getBigDecimal("overall_npl_rate"));

    private final ImportRunner runner;
    private final JdbcClient jdbc;
    private final Clock clock;

    BankReports(ImportRunner runner, JdbcClient jdbc, Clock clock) {
        this.runner = runner;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The published Excel template of the quarterly report. */
    public static Template template() {
        return BankReportImport.TEMPLATE;
    }

    /** A bank's upload of the filled template: applied whole, or refused with every row's reasons. */
    public ImportReport submit(Actor bank, String filename, byte[] content) {
        if (bank.orgType() != OrgType.BANK) throw SupervisionRules.BANKS_ONLY.violation();
        return runner.run(bank, new BankReportImport(bank, jdbc, clock), filename, content);
    }

    /** Every version a bank submitted for a quarter, the newest first. */
    public List<BankReport> versions(long bankId, Quarter quarter) {
        return jdbc.sql("""
                        select * from bank_quarter_report where bank_org_id = :bank and year = :year and quarter = :quarter
                        order by version desc""")
                .param("bank", bankId).param("year", quarter.year()).param("quarter", quarter.number())
                .query(ROW).list();
    }

    /** Each bank's latest version for the quarter, with the date of its first submission (which decides lateness). */
    List<Latest> latest(Quarter quarter) {
        return jdbc.sql("""
                        select distinct on (bank_org_id) r.*,
                               min(submitted_on) over (partition by bank_org_id) as first_submitted_on
                        from bank_quarter_report r where year = :year and quarter = :quarter
                        order by bank_org_id, version desc""")
                .param("year", quarter.year()).param("quarter", quarter.number())
                .query((rs, i) -> new Latest(ROW.mapRow(rs, i), rs.getObject("first_submitted_on", LocalDate.class)))
                .list();
    }

    record Latest(BankReport report, LocalDate firstSubmittedOn) {
    }
}
