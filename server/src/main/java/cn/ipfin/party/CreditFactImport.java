package cn.ipfin.party;

import cn.ipfin.shared.BulkCopy;
import cn.ipfin.tabular.Choices;
import cn.ipfin.tabular.Column;
import cn.ipfin.tabular.ImportCounts;
import cn.ipfin.tabular.ImportErrors;
import cn.ipfin.tabular.RowCells;
import cn.ipfin.tabular.TableImport;
import cn.ipfin.tabular.Template;
import cn.ipfin.tabular.UpsertColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Credit-list entries (经营异常名录, 严重违法失信名单, other bad records) with the dates they were listed and removed.
 * Key: code + list + listing date; a later file can add the removal date.
 */
@Component
class CreditFactImport extends TableImport<CreditFactImport.Row> {

    static final Map<String, String> KINDS = Choices.of("ABNORMAL_OPERATION", "经营异常名录", "DISHONEST", "严重违法失信名单",
            "OTHER_BAD_RECORD", "其他不良记录");
    static final Template TEMPLATE = new Template("credit-facts", "企业信用记录导入模板", "Credit-list entries", List.of(
            new Column("credit_code", "统一社会信用代码", "Unified social credit code", true, "91419001MA44ABCD18", "", ""),
            new Column("kind", "名单类别", "List", true, "经营异常名录", "经营异常名录、严重违法失信名单或其他不良记录",
                    "ABNORMAL_OPERATION, DISHONEST or OTHER_BAD_RECORD"),
            new Column("listed_on", "列入日期", "Listed on", true, "2024-06-01", "", ""),
            new Column("removed_on", "移出日期", "Removed on", false, "", "仍在名单中则留空", "blank while listed"),
            new Column("source", "信息来源", "Source", true, "国家企业信用信息公示系统", "", ""),
            new Column("reason", "列入原因", "Reason", false, "未按规定报送年度报告", "", "")));

    private static final UpsertColumns UPSERT = UpsertColumns.of("enterprise_credit_fact", "removed_on", "source",
            "reason").keyedBy("enterprise_id", "kind", "listed_on").leaving("id");

    CreditFactImport(JdbcClient jdbc, BulkCopy bulk, Clock clock) {
        super("CREDIT_FACTS", TEMPLATE, jdbc, bulk, clock);
    }

    record Row(int rowNumber, String creditCode, String kind, LocalDate listedOn, LocalDate removedOn, String source,
               String reason) {
    }

    @Override
    public Row parse(RowCells c) {
        String code = c.creditCode("credit_code", true);
        String kind = c.choice("kind", true, KINDS);
        LocalDate listed = c.date("listed_on", true);
        LocalDate removed = c.date("removed_on", false);
        String source = c.text("source", true, 200);
        String reason = c.text("reason", false, 500);
        LocalDate today = today();
        if (listed != null && listed.isAfter(today)) {
            c.reject("listed_on", "列入日期不能晚于今天", "cannot be in the future");
        }
        if (listed != null && removed != null && removed.isBefore(listed)) {
            c.reject("removed_on", "移出日期早于列入日期", "is before the listing date");
        }
        return c.valid() ? new Row(c.rowNumber(), code, kind, listed, removed, source, reason) : null;
    }

    @Override
    public void checkAll(List<Row> rows, ImportErrors errors) {
        errors.repeats(rows, r -> List.of(r.creditCode(), r.kind(), r.listedOn()), Row::rowNumber,
                TEMPLATE.column("listed_on"), r -> r.listedOn().toString(), "与第 %d 行是同一条记录",
                "is the same entry as row %d");
        KnownEnterprises.check(jdbc, rows, Row::creditCode, Row::rowNumber, TEMPLATE.column("credit_code"), errors);
    }

    @Override
    public ImportCounts apply(List<Row> rows) {
        bulk.tempTable("credit_in",
                "credit_code char(18), kind text, listed_on date, removed_on date, source text, reason text");
        bulk.copy("credit_in", "credit_code, kind, listed_on, removed_on, source, reason", rows.stream()
                .map(r -> new Object[]{r.creditCode(), r.kind(), r.listedOn(), r.removedOn(), r.source(), r.reason()})
                .toList());
        ImportCounts counts = ImportCounts.ofUpsert(jdbc, """
                        insert into enterprise_credit_fact (%s)
                        select e.organisation_id, i.kind, i.listed_on, i.removed_on, i.source, i.reason
                        from credit_in i join enterprise e on e.credit_code = i.credit_code
                        on conflict (%s) do update set %s
                        where %s
                        returning (xmax = 0) as inserted""".formatted(UPSERT.insertColumns(), UPSERT.conflictKey(),
                UPSERT.assignments(), UPSERT.changed()));
        return counts;
    }
}
