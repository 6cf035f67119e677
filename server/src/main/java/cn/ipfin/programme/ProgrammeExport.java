package cn.ipfin.programme;

import cn.ipfin.core.money.Money;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ReportHeading;
import cn.ipfin.tabular.Column;
import cn.ipfin.tabular.TabularWriter;
import cn.ipfin.tabular.Template;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The programmes' ledgers as Excel workbooks (the {@code tabular} writer, headed by export time and as-of date):
 * every application with its decisions (the experts' signed opinions, the office's decision, payment, clawback), and
 * the report per programme and year (applications, approvals, amounts committed, paid and remaining against the
 * budget, enterprises served, financing leveraged). Amounts are numbers in yuan, so a sum in Excel is the platform's.
 */
@Component
class ProgrammeExport {

    static final Template APPLICATIONS = new Template("programme-applications", "政策项目申报台账", "Programme applications", List.of(
            new Column("application_no", "申报编号", "Application no.", true, "12", "平台申报编号", "the platform's number"),
            new Column("programme", "政策项目", "Programme", true, "鄂州市知识产权质押贷款贴息", "项目名称", "programme name"),
            new Column("programme_key", "政策标识", "Programme key", true, "ezhou-2024-interest-subsidy", "定义文件的标识", "the definition's key"),
            new Column("version", "适用版本", "Governing version", true, "1", "申报时的定义版本，此后不变", "the definition version the application was made under"),
            new Column("enterprise", "申报企业", "Enterprise", true, "某科技有限公司", "企业名称", "enterprise name"),
            new Column("credit_code", "统一社会信用代码", "Credit code", true, "91420700MA4000001X", "企业统一社会信用代码", "unified social credit code"),
            new Column("year", "年度", "Year", true, "2025", "申报的年度", "the year applied for"),
            new Column("state", "状态", "State", true, "已拨付", "草稿/已提交/评审中/已批准/未批准/已拨付/已追回", "state"),
            new Column("committed_by", "真实性承诺签署人", "Commitment signed by", false, "ent1", "签署材料真实性承诺的用户", "who signed the authenticity commitment"),
            new Column("submitted_at", "提交时间", "Submitted at", false, "2026-03-01 10:00:00", "北京时间", "Beijing time"),
            new Column("opinions", "专家评审意见", "Expert opinions", false, "expert1：建议支持，50%，同意", "每位专家：意见、评估比例、意见内容", "each expert: recommendation, rate, opinion"),
            new Column("signed_opinions_count", "已签署意见数", "Signed opinions", true, "2", "已签署的评审意见份数", "signed opinions"),
            new Column("assessed_rate", "核定比例", "Assessed rate", false, "0.500000", "核定的支持比例（小数）", "the assessed share, as a fraction"),
            new Column("approved_amount", "核定金额（元）", "Amount approved (yuan)", false, "100000.00", "批准时核定的金额", "the amount fixed at approval"),
            new Column("decided_by", "决定人", "Decided by", false, "ipo", "作出决定的知识产权局用户", "the office user who decided"),
            new Column("decided_at", "决定时间", "Decided at", false, "2026-04-01 10:00:00", "北京时间", "Beijing time"),
            new Column("decision_reason", "决定理由", "Reason", false, "同意", "批准或不予批准的理由", "reason of the decision"),
            new Column("paid_amount", "已拨付金额（元）", "Paid (yuan)", false, "100000.00", "已拨付的金额", "amount paid"),
            new Column("paid_reference", "拨付凭证号", "Payment reference", false, "GK-2026-0001", "拨付凭证号", "payment reference"),
            new Column("paid_at", "拨付时间", "Paid at", false, "2026-04-10 10:00:00", "北京时间", "Beijing time"),
            new Column("clawback_reason", "追回理由", "Clawback reason", false, "付息凭证系伪造", "追回的理由", "why it was clawed back"),
            new Column("clawback_fraud", "骗取支持", "Obtained by fraud", false, "是", "是：企业不得再申报（Licheng 第十一条）", "yes: the enterprise is barred"),
            new Column("clawed_back_at", "追回时间", "Clawed back at", false, "2026-05-01 10:00:00", "北京时间", "Beijing time")));

    static final Template REPORT = new Template("programme-report", "政策项目执行情况", "Programme report", List.of(
            new Column("programme", "政策项目", "Programme", true, "鄂州市知识产权质押贷款贴息", "项目名称", "programme name"),
            new Column("programme_key", "政策标识", "Programme key", true, "ezhou-2024-interest-subsidy", "定义文件的标识", "the definition's key"),
            new Column("year", "年度", "Year", true, "2025", "统计年度", "the year"),
            new Column("applications_count", "申报数", "Applications", true, "12", "该年度全部申报", "all applications of the year"),
            new Column("approvals_count", "批准数", "Approvals", true, "8", "已批准或已拨付（不含已追回）", "approved or paid, not clawed back"),
            new Column("rejections_count", "未批准数", "Rejections", true, "2", "不予批准", "rejected"),
            new Column("budget_amount", "年度预算（元）", "Budget (yuan)", true, "2000000.00", "定义文件的年度预算", "the definition's yearly budget"),
            new Column("committed_amount", "已承诺（元）", "Committed (yuan)", true, "600000.00", "已批准金额（含已拨付）", "approved, paid included"),
            new Column("paid_amount", "已拨付（元）", "Paid (yuan)", true, "400000.00", "已拨付金额", "paid"),
            new Column("fees_amount", "费用（元）", "Fees (yuan)", true, "3000.00", "专家、第三方、评估费用（Licheng 第十条）", "experts, third parties, evaluations"),
            new Column("remaining_amount", "预算余额（元）", "Remaining (yuan)", true, "1397000.00", "预算 − 已承诺 − 费用", "budget − committed − fees"),
            new Column("clawed_back_amount", "已追回（元）", "Clawed back (yuan)", true, "0.00", "追回的金额", "clawed back"),
            new Column("enterprises_count", "服务企业数", "Enterprises served", true, "8", "获批准的企业户数", "enterprises approved"),
            new Column("financing_leveraged_amount", "撬动融资（元）", "Financing leveraged (yuan)", true, "40000000.00", "获支持企业当年放款的贷款本金", "principal disbursed in the year to the enterprises served")));

    private final JdbcClient jdbc;
    private final ProgrammeDefinitions definitions;
    private final ProgrammeApplications applications;
    private final MessageSource messages;
    private final Clock clock;

    ProgrammeExport(JdbcClient jdbc, ProgrammeDefinitions definitions, ProgrammeApplications applications,
                    MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.definitions = definitions;
        this.applications = applications;
        this.messages = messages;
        this.clock = clock;
    }

    /** The applications the actor may see (the office all, an enterprise its own), of one programme or all, one year or all. */
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> applications(Actor actor, String key, Integer year) {
        return workbook(APPLICATIONS, applicationRows(actor, key, year), "programme-applications.xlsx");
    }

    /** The report of every programme (or of {@code key}) for the year; the IP office's. */
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> report(Actor actor, String key, int year) {
        if (!actor.seesWholeDistrict()) throw new AccessDeniedException("the IP office reports on programmes");
        List<String> keys = key == null ? definitions.programmes().stream().map(ProgrammeDefinitions.Version::key).toList()
                : List.of(key);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String k : keys) rows.add(reportRow(applications.report(actor, k, year), definitions.current(k).name().zh()));
        return workbook(REPORT, rows, key == null ? "programme-report-" + year + ".xlsx" : key + "-report-" + year + ".xlsx");
    }

    List<Map<String, String>> applicationRows(Actor actor, String key, Integer year) {
        DateTimeFormatter seconds = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
        return jdbc.sql("""
                        select a.id, d.name_zh, a.programme_key, a.version, coalesce(e.name, ''), coalesce(e.credit_code, ''),
                               a.year, a.state, a.committed_by, a.submitted_at,
                               (select string_agg(r.expert_name || '：' || case when r.recommend then '建议支持' else '不建议支持' end
                                        || coalesce('，' || rtrim(to_char(r.assessed_rate * 100, 'FM990.99'), '.') || '%', '')
                                        || '，' || r.opinion, '；' order by r.expert_name)
                                  from programme_review r where r.application_id = a.id and r.signed_at is not null),
                               (select count(*) from programme_review r where r.application_id = a.id and r.signed_at is not null),
                               a.assessed_rate, a.amount, a.decided_by, a.decided_at, a.decision_reason,
                               a.paid_reference, a.paid_at, a.clawback_reason, a.clawback_fraud, a.clawed_back_at
                        from programme_application a
                        join programme_definition d on d.programme_key = a.programme_key and d.version = a.version
                        left join enterprise_view e on e.organisation_id = a.enterprise_id
                        where (:all or a.enterprise_id = :org)
                          and (cast(:k as text) is null or a.programme_key = :k)
                          and (cast(:y as integer) is null or a.year = :y)
                        order by a.id""")
                .param("all", actor.seesWholeDistrict()).param("org", actor.orgId()).param("k", key).param("y", year)
                .query((rs, i) -> applicationRow(rs, seconds)).list();
    }

    private Map<String, String> applicationRow(ResultSet rs, DateTimeFormatter seconds) throws SQLException {
        Map<String, String> row = new LinkedHashMap<>();
        String state = rs.getString(8);
        BigDecimal amount = rs.getBigDecimal(14);
        boolean decided = amount != null && !state.equals("REJECTED");
        row.put("application_no", String.valueOf(rs.getLong(1)));
        row.put("programme", rs.getString(2));
        row.put("programme_key", rs.getString(3));
        row.put("version", String.valueOf(rs.getInt(4)));
        row.put("enterprise", rs.getString(5));
        row.put("credit_code", rs.getString(6));
        row.put("year", String.valueOf(rs.getInt(7)));
        row.put("state", messages.getMessage("programme.state." + state, null, state, Locale.SIMPLIFIED_CHINESE));
        row.put("committed_by", rs.getString(9));
        row.put("submitted_at", time(rs.getTimestamp(10), seconds));
        row.put("opinions", rs.getString(11));
        row.put("signed_opinions_count", String.valueOf(rs.getLong(12)));
        row.put("assessed_rate", rs.getBigDecimal(13) == null ? null : rs.getBigDecimal(13).toPlainString());
        row.put("approved_amount", decided ? Money.of(amount).amount().toPlainString() : null);
        row.put("decided_by", rs.getString(15));
        row.put("decided_at", time(rs.getTimestamp(16), seconds));
        row.put("decision_reason", rs.getString(17));
        boolean paid = rs.getTimestamp(19) != null;
        row.put("paid_amount", paid ? Money.of(amount).amount().toPlainString() : null);
        row.put("paid_reference", rs.getString(18));
        row.put("paid_at", time(rs.getTimestamp(19), seconds));
        row.put("clawback_reason", rs.getString(20));
        row.put("clawback_fraud", state.equals("CLAWED_BACK") ? (rs.getBoolean(21) ? "是" : "否") : null);
        row.put("clawed_back_at", time(rs.getTimestamp(22), seconds));
        return row;
    }

    static Map<String, String> reportRow(ProgrammeApplications.Report r, String name) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("programme", name);
        row.put("programme_key", r.key());
        row.put("year", String.valueOf(r.year()));
        row.put("applications_count", String.valueOf(r.applications()));
        row.put("approvals_count", String.valueOf(r.approvals()));
        row.put("rejections_count", String.valueOf(r.rejections()));
        row.put("budget_amount", r.budget().budget().amount().toPlainString());
        row.put("committed_amount", r.budget().committed().amount().toPlainString());
        row.put("paid_amount", r.budget().paid().amount().toPlainString());
        row.put("fees_amount", r.budget().fees().amount().toPlainString());
        row.put("remaining_amount", r.budget().remaining().amount().toPlainString());
        row.put("clawed_back_amount", r.clawedBack().amount().toPlainString());
        row.put("enterprises_count", String.valueOf(r.enterprisesServed()));
        row.put("financing_leveraged_amount", r.financingLeveraged().amount().toPlainString());
        return row;
    }

    private ResponseEntity<byte[]> workbook(Template template, List<Map<String, String>> rows, String filename) {
        var out = new ByteArrayOutputStream();
        try {
            TabularWriter.writeReport(template, ReportHeading.now(template.titleZh(), clock, LocalDate.now(clock)), rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(out.toByteArray());
    }

    private static String time(Timestamp at, DateTimeFormatter format) {
        return at == null ? null : format.format(at.toInstant());
    }
}
