package cn.ipfin.servicing;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import cn.ipfin.tabular.Column;
import cn.ipfin.shared.ReportHeading;
import cn.ipfin.tabular.TabularWriter;
import cn.ipfin.tabular.Template;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/** The servicing ledger (贷款台账 after disbursement) as an Excel workbook: the bank's own loans, or the district's. */
@Component
class ServicingExport {

    static final Template TEMPLATE = new Template("servicing-ledger", "贷后台账", "Servicing ledger", List.of(
            new Column("loan_no", "贷款编号", "Loan no.", true, "PL2026000001", "贷款编号", "loan number"),
            new Column("enterprise", "借款企业", "Enterprise", true, "某科技有限公司", "借款企业名称", "borrower"),
            new Column("principal_amount", "合同本金（元）", "Principal (yuan)", true, "1000000.00", "放款本金，元", "principal disbursed"),
            new Column("annual_rate", "执行年利率（%）", "Rate (%)", true, "3.45", "当前执行利率", "rate in force"),
            new Column("outstanding_amount", "本金余额（元）", "Outstanding (yuan)", true, "800000.00", "未还本金", "principal outstanding"),
            new Column("accrued_amount", "当期应计利息（元）", "Accrued interest (yuan)", true, "1200.00", "当期已计提未到期利息", "interest accrued in the current period"),
            new Column("overdue_principal_amount", "逾期本金（元）", "Overdue principal (yuan)", true, "0.00", "逾期未还本金", "overdue principal"),
            new Column("overdue_interest_amount", "逾期利息（元）", "Overdue interest (yuan)", true, "0.00", "逾期未还利息", "overdue interest"),
            new Column("penalty_amount", "罚息及复利（元）", "Penalty and compound (yuan)", true, "0.00", "未还罚息与复利", "unpaid penalty and compound interest"),
            new Column("dpd_count", "逾期天数", "Days past due", true, "0", "按最早未还到期日计", "from the oldest unpaid due date"),
            new Column("classification", "五级分类", "Classification", true, "正常", "正常/关注/次级/可疑/损失", "five categories"),
            new Column("next_due_on", "下一还款日", "Next due", false, "2026-12-15", "下一期到期日", "next due date"),
            new Column("maturity_on", "到期日", "Maturity", true, "2027-06-15", "当前到期日（含展期）", "maturity incl. extensions"),
            new Column("closed_through", "日终处理至", "Closed through", true, "2026-11-22", "最近一次日终日期", "last daily close"),
            new Column("state", "状态", "State", true, "ACTIVE", "ACTIVE 在贷 / REPAID 结清", "active or repaid")));

    private final ServicingView view;
    private final java.time.Clock clock;

    ServicingExport(ServicingView view, java.time.Clock clock) {
        this.view = view;
        this.clock = clock;
    }

    /** The figures are as of the latest daily close among the rows (yesterday, before any loan was closed). */
    private java.time.LocalDate asOf(List<java.util.Map<String, String>> rows) {
        return rows.stream().map(r -> r.get("closed_through")).filter(java.util.Objects::nonNull)
                .map(java.time.LocalDate::parse).max(java.util.Comparator.naturalOrder())
                .orElse(java.time.LocalDate.now(clock).minusDays(1));
    }

    ResponseEntity<byte[]> workbook(Actor actor) throws IOException {
        if (!actor.has(Role.BANK_OFFICER) && !actor.has(Role.BANK_APPROVER) && !actor.seesWholeDistrict()) {
            throw new AccessDeniedException("the servicing ledger is the bank's or the IP office's");
        }
        var out = new ByteArrayOutputStream();
        var rows = view.ledgerRows(actor);
        TabularWriter.writeReport(TEMPLATE, ReportHeading.now(TEMPLATE.titleZh(), clock, asOf(rows)), rows, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("servicing-ledger.xlsx").build().toString())
                .body(out.toByteArray());
    }
}
