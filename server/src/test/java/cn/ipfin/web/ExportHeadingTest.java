package cn.ipfin.web;

import cn.ipfin.IntegrationTest;
import cn.ipfin.party.UserAccounts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every exported ledger and report says in its heading rows when it was exported, in Beijing time, and as of which
 * date, as Excel date and time cells (issue 15: not "2026-12-01T19:23:32.266044Z"); read back with POI.
 */
@IntegrationTest
@Transactional
class ExportHeadingTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    private Sheet download(String user, String url) throws Exception {
        byte[] file = mvc.perform(get(url).with(user(users.loadUserByUsername(user))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(file)).getSheetAt(0);
    }

    /** Row 2: the export time, Beijing time, to the second; row 3: the as-of date; row 5: the table's header. */
    private void hasHeading(Sheet sheet, LocalDateTime before, LocalDate asOf, String firstColumn) {
        Cell exported = sheet.getRow(1).getCell(1);
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("导出时间（北京时间）");
        assertThat(exported.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(exported)).isTrue();
        assertThat(exported.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
        assertThat(exported.getLocalDateTimeCellValue()).isBetween(before, LocalDateTime.now(clock).plusSeconds(1));
        Cell asOfCell = sheet.getRow(2).getCell(1);
        assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("数据截至");
        assertThat(DateUtil.isCellDateFormatted(asOfCell)).isTrue();
        assertThat(asOfCell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(asOfCell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(asOf);
        assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo(firstColumn);
    }

    @Test
    void the_ledger_export_is_headed_and_its_times_are_date_time_cells() throws Exception {
        LocalDateTime before = LocalDateTime.now(clock).withNano(0);
        Sheet sheet = download("ipo", "/ledger/export.xlsx");
        hasHeading(sheet, before, LocalDate.now(clock), "记录ID");
        Cell time = sheet.getRow(5).getCell(1);
        assertThat(DateUtil.isCellDateFormatted(time)).isTrue();
        assertThat(time.getLocalDateTimeCellValue()).isBefore(LocalDateTime.now(clock).plusSeconds(1));

        // filtered up to an earlier day, the ledger is as of that day
        LocalDate lastWeek = LocalDate.now(clock).minusDays(7);
        hasHeading(download("ipo", "/ledger/export.xlsx?to=" + lastWeek), before, lastWeek, "记录ID");
    }

    @Test
    void the_pledge_register_and_the_bank_loan_ledger_are_as_of_today() throws Exception {
        LocalDateTime before = LocalDateTime.now(clock).withNano(0);
        hasHeading(download("ipo", "/pledges.xlsx"), before, LocalDate.now(clock), "登记号");
        hasHeading(download("bank1", "/applications/ledger.xlsx"), before, LocalDate.now(clock), "贷款编号");
    }

    @Test
    void the_servicing_ledger_is_as_of_the_latest_close() throws Exception {
        LocalDateTime before = LocalDateTime.now(clock).withNano(0);
        LocalDate closed = jdbc.sql("""
                        select max(s.closed_through) from loan_servicing s join organisation b on b.id = s.bank_org_id
                        where b.code = 'bank-1'""").query(LocalDate.class).single();
        hasHeading(download("bank1", "/servicing/ledger.xlsx"), before, closed, "贷款编号");
    }
}
