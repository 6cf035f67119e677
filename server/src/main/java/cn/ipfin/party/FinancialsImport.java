package cn.ipfin.party;

import cn.ipfin.shared.BulkCopy;
import cn.ipfin.tabular.Column;
import cn.ipfin.tabular.ImportCounts;
import cn.ipfin.tabular.ImportErrors;
import cn.ipfin.tabular.RowCells;
import cn.ipfin.tabular.TableImport;
import cn.ipfin.tabular.Template;
import cn.ipfin.tabular.UpsertColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** Annual figures by enterprise, as the statistics bureau supplies them (seed 002 §二(二)2). Key: code + year. */
@Component
class FinancialsImport extends TableImport<FinancialsImport.Row> {

    static final Template TEMPLATE = new Template("financials", "企业年度经营数据导入模板", "Annual financials", List.of(
            new Column("credit_code", "统一社会信用代码", "Unified social credit code", true, "91419001MA44ABCD18", "", ""),
            new Column("year", "年度", "Year", true, "2025", "", ""),
            new Column("revenue_amount", "营业收入（元）", "Revenue (yuan)", true, "32000000.00", "", ""),
            new Column("profit_amount", "利润总额（元）", "Profit (yuan)", true, "2100000.00", "可为负数", "may be negative"),
            new Column("rd_spend_amount", "研发投入（元）", "R&D spend (yuan)", true, "1800000.00", "", ""),
            new Column("employees_count", "从业人数", "Employees", true, "86", "", "")));

    private static final UpsertColumns UPSERT = UpsertColumns.of("enterprise_financials", "revenue", "profit",
            "rd_spend", "employees")
            .keyedBy("enterprise_id", "year");

    FinancialsImport(JdbcClient jdbc, BulkCopy bulk, Clock clock) {
        super("FINANCIALS", TEMPLATE, jdbc, bulk, clock);
    }

    record Row(int rowNumber, String creditCode, int year, BigDecimal revenue, BigDecimal profit, BigDecimal rdSpend,
               int employees) {
    }

    @Override
    public Row parse(RowCells c) {
        String code = c.creditCode("credit_code", true);
        Integer year = c.integer("year", true, 1990, today().getYear());
        BigDecimal revenue = c.yuan("revenue_amount", true, false);
        BigDecimal profit = c.yuan("profit_amount", true, true);
        BigDecimal rd = c.yuan("rd_spend_amount", true, false);
        Integer employees = c.integer("employees_count", true, 0, 1_000_000);
        return c.valid() ? new Row(c.rowNumber(), code, year, revenue, profit, rd, employees) : null;
    }

    @Override
    public void checkAll(List<Row> rows, ImportErrors errors) {
        errors.repeats(rows, r -> List.of(r.creditCode(), r.year()), Row::rowNumber, TEMPLATE.column("year"),
                r -> Integer.toString(r.year()), "同一企业同一年度与第 %d 行重复", "same enterprise and year as row %d");
        KnownEnterprises.check(jdbc, rows, Row::creditCode, Row::rowNumber, TEMPLATE.column("credit_code"), errors);
    }

    @Override
    public ImportCounts apply(List<Row> rows) {
        bulk.tempTable("financials_in", "credit_code char(18), year int, revenue numeric(19,2),"
                + " profit numeric(19,2), rd_spend numeric(19,2), employees int");
        bulk.copy("financials_in", "credit_code, year, revenue, profit, rd_spend, employees", rows.stream()
                .map(r -> new Object[]{r.creditCode(), r.year(), r.revenue(), r.profit(), r.rdSpend(), r.employees()})
                .toList());
        ImportCounts counts = ImportCounts.ofUpsert(jdbc, """
                        insert into enterprise_financials (%s)
                        select e.organisation_id, i.year, i.revenue, i.profit, i.rd_spend, i.employees
                        from financials_in i join enterprise e on e.credit_code = i.credit_code
                        on conflict (%s) do update set %s
                        where %s
                        returning (xmax = 0) as inserted""".formatted(UPSERT.insertColumns(), UPSERT.conflictKey(),
                UPSERT.assignments(), UPSERT.changed()));
        return counts;
    }
}
