package cn.ipfin.supervision;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RuleViolation;
import cn.ipfin.tabular.Column;
import cn.ipfin.tabular.ImportCounts;
import cn.ipfin.tabular.ImportErrors;
import cn.ipfin.tabular.RowCells;
import cn.ipfin.tabular.RowImporter;
import cn.ipfin.tabular.Template;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bank's quarterly statistics by the published Excel template, one row per quarter, through the all-or-nothing
 * import runner: every row is checked first, and a file with any wrong row writes nothing. Made for one bank's upload
 * (not a registry import, so not a bean the import page lists).
 */
final class BankReportImport implements RowImporter<BankReportImport.Row> {

    static final String KIND = "BANK_QUARTER_REPORT";
    static final Template TEMPLATE = new Template("bank-quarter-report", "知识产权质押融资专项统计季报",
            "IP pledge financing quarterly statistics", List.of(
            new Column("quarter", "季度", "Quarter", true, "2026Q3", "如 2026Q3；季度结束后10日内报送",
                    "e.g. 2026Q3; due within 10 days after the quarter ends"),
            new Column("new_loans_count", "新增贷款笔数", "New loans", true, "12", "本季度新发放的知识产权质押贷款",
                    "IP pledge loans disbursed in the quarter"),
            new Column("new_loans_amount", "新增贷款金额（元）", "New loans amount (yuan)", true, "18000000.00", "", ""),
            new Column("balance_amount", "贷款余额（元）", "Loan balance (yuan)", true, "52000000.00", "季末余额",
                    "at the quarter's end"),
            new Column("customers_count", "贷款客户数（户）", "Customers", true, "30", "季末有余额的企业户数",
                    "enterprises with a balance at the quarter's end"),
            new Column("pledge_rate", "平均质押率（%）", "Average pledge rate (%)", false, "35.14",
                    "新增贷款金额 ÷ 质押物评估价值", "new loans' principal ÷ their collateral's appraised value"),
            new Column("npl_amount", "不良贷款余额（元）", "NPL balance (yuan)", true, "1040000.00", "次级、可疑、损失类",
                    "classified substandard, doubtful or loss"),
            new Column("overall_npl_rate", "本行各项贷款不良率（%）", "Bank's overall NPL rate (%)", true, "1.52",
                    "本机构全部贷款的不良率，用于不良容忍度", "the bank's NPL rate on all its loans, for the NPL tolerance"),
            new Column("correction_reason", "更正原因", "Reason for correction", false, "",
                    "已报送的季度再次报送时必填，生成新版本", "required when a quarter is submitted again: a new version")));

    private final Actor bank;
    private final JdbcClient jdbc;
    private final Clock clock;

    BankReportImport(Actor bank, JdbcClient jdbc, Clock clock) {
        this.bank = bank;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Row(int rowNumber, Quarter quarter, int newLoans, BigDecimal newAmount, BigDecimal balance, int customers,
               BigDecimal pledgeRate, BigDecimal nplBalance, BigDecimal overallNplRate, String reason) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Template template() {
        return TEMPLATE;
    }

    @Override
    public Row parse(RowCells c) {
        Quarter quarter = quarter(c);
        Integer newLoans = c.integer("new_loans_count", true, 0, 1_000_000);
        BigDecimal newAmount = c.yuan("new_loans_amount", true, false);
        BigDecimal balance = c.yuan("balance_amount", true, false);
        Integer customers = c.integer("customers_count", true, 0, 10_000_000);
        BigDecimal pledgeRate = percent(c, "pledge_rate", false);
        BigDecimal npl = c.yuan("npl_amount", true, false);
        BigDecimal overall = percent(c, "overall_npl_rate", true);
        String reason = c.text("correction_reason", false, 500);
        if (!c.valid()) return null;
        if (npl.compareTo(balance) > 0) {
            reject(c, "npl_amount", SupervisionRules.NPL_ABOVE_BALANCE.violation(Money.of(npl), Money.of(balance)));
        }
        if ((newLoans == 0) != (newAmount.signum() == 0)) {
            reject(c, "new_loans_amount", SupervisionRules.NEW_AMOUNT_WITHOUT_LOANS.violation());
        }
        return c.valid() ? new Row(c.rowNumber(), quarter, newLoans, newAmount, balance, customers, pledgeRate, npl,
                overall, reason) : null;
    }

    private Quarter quarter(RowCells c) {
        String text = c.text("quarter", true, 10);
        if (text == null) return null;
        Quarter quarter;
        try {
            quarter = Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            reject(c, "quarter", SupervisionRules.QUARTER_FORMAT.violation());
            return null;
        }
        if (!quarter.hasEndedBy(LocalDate.now(clock))) {
            reject(c, "quarter", SupervisionRules.QUARTER_NOT_ENDED.violation(quarter.toString()));
            return null;
        }
        return quarter;
    }

    /** A percentage as typed ("1.52") to a fraction at scale 6 (0.015200); at most 4 decimals, never rounded. */
    private static BigDecimal percent(RowCells c, String key, boolean required) {
        String text = c.text(key, required, 12);
        if (text == null) return null;
        try {
            BigDecimal percent = new BigDecimal(text.replace("%", "").strip());
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                    || percent.stripTrailingZeros().scale() > 4) {
                reject(c, key, SupervisionRules.PERCENT_RANGE.violation());
                return null;
            }
            return percent.movePointLeft(2).setScale(6, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException e) {
            reject(c, key, SupervisionRules.PERCENT_RANGE.violation());
            return null;
        }
    }

    private static void reject(RowCells c, String key, RuleViolation refusal) {
        c.reject(key, refusal.zh(), refusal.en());
    }

    @Override
    public void checkAll(List<Row> rows, ImportErrors errors) {
        Map<Quarter, Integer> seen = new HashMap<>();
        Set<Quarter> submitted = Set.copyOf(jdbc.sql("""
                        select distinct year, quarter from bank_quarter_report where bank_org_id = :bank""")
                .param("bank", bank.orgId())
                .query((rs, i) -> new Quarter(rs.getInt(1), rs.getInt(2))).list());
        Column quarterColumn = TEMPLATE.column("quarter");
        for (Row row : rows) {
            Integer first = seen.putIfAbsent(row.quarter(), row.rowNumber());
            if (first != null) {
                var refusal = SupervisionRules.QUARTER_REPEATED.violation(row.quarter().toString(), first);
                errors.add(row.rowNumber(), quarterColumn, row.quarter().toString(), refusal.zh(), refusal.en());
            } else if (submitted.contains(row.quarter()) && row.reason() == null) {
                var refusal = SupervisionRules.CORRECTION_REASON.violation(row.quarter().toString());
                errors.add(row.rowNumber(), TEMPLATE.column("correction_reason"), null, refusal.zh(), refusal.en());
            }
        }
    }

    @Override
    public ImportCounts apply(List<Row> rows) {
        LocalDate today = LocalDate.now(clock);
        int inserted = 0;
        int corrected = 0;
        for (Row row : rows) {
            int version = jdbc.sql("""
                            insert into bank_quarter_report (bank_org_id, year, quarter, version, submitted_at, submitted_on,
                                submitted_by, late, correction_reason, new_loans, new_amount, balance, customers,
                                average_pledge_rate, npl_balance, overall_npl_rate)
                            select :bank, :year, :quarter, coalesce(max(version), 0) + 1, :at, :on, :by, :late,
                                   case when count(*) = 0 then null else :reason end,
                                   :newLoans, :newAmount, :balance, :customers, :pledgeRate, :npl, :overall
                            from bank_quarter_report where bank_org_id = :bank and year = :year and quarter = :quarter
                            returning version""")
                    .param("bank", bank.orgId()).param("year", row.quarter().year())
                    .param("quarter", row.quarter().number()).param("at", Timestamp.from(clock.instant()))
                    .param("on", today).param("by", bank.username()).param("late", row.quarter().isLate(today))
                    .param("reason", row.reason()).param("newLoans", row.newLoans()).param("newAmount", row.newAmount())
                    .param("balance", row.balance()).param("customers", row.customers())
                    .param("pledgeRate", row.pledgeRate()).param("npl", row.nplBalance())
                    .param("overall", row.overallNplRate())
                    .query(Integer.class).single();
            if (version == 1) inserted++;
            else corrected++;
        }
        return new ImportCounts(inserted, corrected);
    }
}
