package cn.ipfin.asset;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.identifier.InvalidIdentifierException;
import cn.ipfin.core.identifier.PatentApplicationNumber;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Legal-status events (授权, 未缴年费终止, 无效宣告, ...) as the patent office publishes them. Each event sets the
 * status it leaves the right in; the right's current status is that of its latest event. Key: asset + date + event.
 */
@Component
class LegalEventImport extends TableImport<LegalEventImport.Row> {

    static final Template TEMPLATE = new Template("legal-events", "法律状态事件导入模板", "Legal-status events", List.of(
            new Column("kind", "类型", "Kind", true, "发明专利", "", ""),
            new Column("number", "申请号/注册号", "Number", true, "202310234567.4", "", ""),
            new Column("occurred_on", "事件日期", "Date", true, "2025-08-15", "", ""),
            new Column("event", "事件", "Event", true, "未缴年费终止",
                    "申请、授权/核准注册、未缴年费终止、恢复权利、提出无效宣告请求、维持有效、宣告无效、期限届满、续展", "event code or Chinese name"),
            new Column("note", "说明", "Note", false, "", "", ""),
            new Column("source", "信息来源", "Source", true, "中国专利公报", "", "")));

    /** The key is asset, date and event (the status follows from the event); the rest is overwritten. */
    private static final UpsertColumns UPSERT = UpsertColumns.of("ip_legal_event", "status", "note", "source")
            .keyedBy("asset_id", "occurred_on", "event").leaving("id");

    LegalEventImport(JdbcClient jdbc, BulkCopy bulk, Clock clock) {
        super("LEGAL_EVENTS", TEMPLATE, jdbc, bulk, clock);
    }

    record Row(int rowNumber, IpKind kind, String number, LocalDate occurredOn, String event, String note,
               String source) {
    }

    @Override
    public Row parse(RowCells c) {
        String kindCode = c.choice("kind", true, AssetLabels.KINDS);
        String number = c.text("number", true, 40);
        LocalDate occurred = c.date("occurred_on", true);
        String event = c.choice("event", true, AssetLabels.EVENTS);
        String note = c.text("note", false, 500);
        String source = c.text("source", true, 200);
        IpKind kind = kindCode == null ? null : IpKind.valueOf(kindCode);
        if (kind != null && number != null) {
            if (kind.isPatent()) {
                try {
                    String raw = number;
                    number = PatentApplicationNumber.parse(raw).value();
                    c.noticeUpperCased("number", raw, number);
                } catch (InvalidIdentifierException e) {
                    c.rejectIdentifier("number", e);
                }
            } else {
                c.noticeUpperCased("number", number, number.toUpperCase(java.util.Locale.ROOT));
                number = number.toUpperCase(java.util.Locale.ROOT);
            }
        }
        if (occurred != null && occurred.isAfter(today())) {
            c.reject("occurred_on", "事件日期不能晚于今天", "cannot be in the future");
        }
        return c.valid() ? new Row(c.rowNumber(), kind, number, occurred, event, note, source) : null;
    }

    @Override
    public void checkAll(List<Row> rows, ImportErrors errors) {
        errors.repeats(rows, r -> List.of(r.kind(), r.number(), r.occurredOn(), r.event()), Row::rowNumber,
                TEMPLATE.column("event"), Row::event, "与第 %d 行是同一事件", "is the same event as row %d");
        Set<String> known = new HashSet<>(jdbc.sql("select kind || '/' || number from ip_asset"
                        + " where number = any(:numbers)")
                .param("numbers", rows.stream().map(Row::number).distinct().toArray(String[]::new))
                .query(String.class).list());
        for (Row row : rows) {
            if (!known.contains(row.kind() + "/" + row.number())) {
                errors.add(row.rowNumber(), TEMPLATE.column("number"), row.number(),
                        "平台中没有这项知识产权，请先导入知识产权", "no such IP right is registered; import it first");
            }
        }
    }

    @Override
    public ImportCounts apply(List<Row> rows) {
        bulk.tempTable("event_in",
                "kind text, number text, occurred_on date, status text, event text, note text, source text");
        bulk.copy("event_in", "kind, number, occurred_on, status, event, note, source", rows.stream()
                .map(r -> new Object[]{r.kind().name(), r.number(), r.occurredOn(),
                        AssetLabels.STATUS_AFTER.get(r.event()).name(), r.event(), r.note(), r.source()})
                .toList());
        ImportCounts counts = ImportCounts.ofUpsert(jdbc, """
                        insert into ip_legal_event (%s)
                        select a.id, i.occurred_on, i.event, i.status, i.note, i.source
                        from event_in i join ip_asset a on a.kind = i.kind and a.number = i.number
                        on conflict (%s) do update set %s
                        where %s
                        returning (xmax = 0) as inserted""".formatted(UPSERT.insertColumns(), UPSERT.conflictKey(),
                UPSERT.assignments(), UPSERT.changed()));
        jdbc.sql("""
                update ip_asset a set status = latest.status, version = a.version + 1
                from (select distinct on (e.asset_id) e.asset_id, e.status
                      from ip_legal_event e
                      where e.asset_id in (select a2.id from ip_asset a2 join event_in i
                                           on a2.kind = i.kind and a2.number = i.number)
                      order by e.asset_id, e.occurred_on desc, e.id desc) latest
                where a.id = latest.asset_id and a.status <> latest.status""").update();
        return counts;
    }
}
