package cn.ipfin.programme;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.money.Money;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ReportHeading;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every application and decision of a programme exports to Excel, and so does its report: read back, the workbook
 * holds the platform's numbers to the fen, as numbers a clerk can sum (issue 16).
 */
@IntegrationTest
@Transactional
class ProgrammeExportTest {

    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired ProgrammeDefinitions definitions;
    @Autowired ProgrammeApplications applications;
    @Autowired ProgrammeExport export;
    @Autowired ProgrammeReportPdf pdf;

    ProgrammeTestData data;
    Actor ipo;
    String key;

    @BeforeEach
    void setUp() {
        data = new ProgrammeTestData(jdbc, users);
        ipo = data.actor("ipo");
        key = "ezhou-export-" + ProgrammeTestData.serial();
        definitions.load(ipo, ProgrammeTestData.ezhouAs(key));
    }

    @Test
    void the_applications_and_the_report_round_trip_through_excel() throws IOException {
        long bank = data.actor("bank1").orgId();
        Actor paidEnterprise = data.newEnterprise();
        data.loan(paidEnterprise, bank, "150000.00", LocalDate.of(2025, 5, 8));
        long paid = data.applyAndReview(applications, ipo, paidEnterprise, key, 2025, "0.45");
        applications.decide(ipo, paid, true, new BigDecimal("0.45"), "同意");
        applications.pay(ipo, paid, "GK-2026-0101");

        Actor rejectedEnterprise = data.newEnterprise();
        data.loan(rejectedEnterprise, bank, "20000.00");
        long rejected = data.applyAndReview(applications, ipo, rejectedEnterprise, key, 2025, "0.50");
        applications.decide(ipo, rejected, false, null, "付息凭证不全");

        Actor clawedEnterprise = data.newEnterprise();
        data.loan(clawedEnterprise, bank, "33333.33");
        long clawed = data.applyAndReview(applications, ipo, clawedEnterprise, key, 2025, "0.50");
        applications.decide(ipo, clawed, true, new BigDecimal("0.50"), "同意");
        applications.clawback(ipo, clawed, "贷款已提前结清且未付息", false);
        applications.recordFee(ipo, key, 2025, "EXPERT", "专家评审费", Money.of("1234.56"));

        Map<String, Map<String, Cell>> rows = byFirstColumn(sheet(export.applications(ipo, key, 2025).getBody()));
        assertThat(rows).containsOnlyKeys(String.valueOf(paid), String.valueOf(rejected), String.valueOf(clawed));
        Map<String, Cell> p = rows.get(String.valueOf(paid));
        assertThat(number(p.get("核定金额（元）"))).isEqualByComparingTo("67500.00"); // 150,000 × 45 %
        assertThat(number(p.get("已拨付金额（元）"))).isEqualByComparingTo("67500.00");
        assertThat(p.get("状态").getStringCellValue()).isEqualTo("已拨付");
        assertThat(p.get("适用版本").getStringCellValue()).isEqualTo("1");
        assertThat(p.get("拨付凭证号").getStringCellValue()).isEqualTo("GK-2026-0101");
        assertThat(p.get("专家评审意见").getStringCellValue()).contains("建议支持，45%，经综合评估，同意贴息");
        assertThat(number(p.get("已签署意见数"))).isEqualByComparingTo("2");
        Map<String, Cell> r = rows.get(String.valueOf(rejected));
        assertThat(r.get("状态").getStringCellValue()).isEqualTo("未批准");
        assertThat(r.get("决定理由").getStringCellValue()).isEqualTo("付息凭证不全");
        assertThat(r.get("核定金额（元）")).isNull();
        Map<String, Cell> c = rows.get(String.valueOf(clawed));
        assertThat(number(c.get("核定金额（元）"))).isEqualByComparingTo("16666.66"); // 33,333.33 × 50 %, down to the fen
        assertThat(c.get("追回理由").getStringCellValue()).isEqualTo("贷款已提前结清且未付息");
        assertThat(c.get("骗取支持").getStringCellValue()).isEqualTo("否");

        var report = applications.report(ipo, key, 2025);
        Map<String, Cell> row = byFirstColumn(sheet(export.report(ipo, key, 2025).getBody())).values().iterator().next();
        assertThat(number(row.get("申报数"))).isEqualByComparingTo(BigDecimal.valueOf(report.applications())).isEqualByComparingTo("3");
        assertThat(number(row.get("批准数"))).isEqualByComparingTo("1");
        assertThat(number(row.get("未批准数"))).isEqualByComparingTo("1");
        assertThat(number(row.get("年度预算（元）"))).isEqualByComparingTo("2000000.00");
        assertThat(number(row.get("已承诺（元）"))).isEqualByComparingTo(report.budget().committed().amount()).isEqualByComparingTo("67500.00");
        assertThat(number(row.get("已拨付（元）"))).isEqualByComparingTo("67500.00");
        assertThat(number(row.get("费用（元）"))).isEqualByComparingTo("1234.56");
        assertThat(number(row.get("预算余额（元）"))).isEqualByComparingTo(report.budget().remaining().amount())
                .isEqualByComparingTo("1931265.44"); // 2,000,000 − 67,500 − 1,234.56
        assertThat(number(row.get("已追回（元）"))).isEqualByComparingTo("16666.66");
        assertThat(number(row.get("服务企业数"))).isEqualByComparingTo("1");
        assertThat(number(row.get("撬动融资（元）"))).isEqualByComparingTo(report.financingLeveraged().amount())
                .isEqualByComparingTo("5000000.00"); // the served enterprise's loan disbursed in 2025

        assertThat(new String(pdf.render(ipo, key, 2025), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    @Test
    void an_enterprise_exports_only_its_own_applications_and_no_report() throws IOException {
        Actor enterprise = data.newEnterprise();
        data.loan(enterprise, data.actor("bank1").orgId(), "10000.00");
        long own = applications.apply(enterprise, key, 2025);
        Actor other = data.newEnterprise();
        data.loan(other, data.actor("bank2").orgId(), "10000.00");
        applications.apply(other, key, 2025);

        assertThat(byFirstColumn(sheet(export.applications(enterprise, null, null).getBody()))).containsOnlyKeys(String.valueOf(own));
        assertThatThrownBy(() -> export.report(enterprise, key, 2025)).isInstanceOf(AccessDeniedException.class);
    }

    private static Sheet sheet(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0);
    }

    /** The table under the heading, each row by its first cell, each cell by its column's Chinese header. */
    private static Map<String, Map<String, Cell>> byFirstColumn(Sheet sheet) {
        Row header = sheet.getRow(ReportHeading.ROWS);
        List<String> names = new ArrayList<>();
        for (Cell cell : header) names.add(cell.getStringCellValue());
        Map<String, Map<String, Cell>> rows = new HashMap<>();
        for (int i = ReportHeading.ROWS + 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            Map<String, Cell> cells = new HashMap<>();
            for (Cell cell : row) cells.put(names.get(cell.getColumnIndex()), cell);
            rows.put(cells.get(names.getFirst()).getStringCellValue(), cells);
        }
        return rows;
    }

    /** A numeric cell's value at the decimals its format shows. */
    private static BigDecimal number(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return BigDecimal.valueOf(cell.getNumericCellValue());
    }
}
