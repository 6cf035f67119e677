package cn.ipfin.tabular;

import cn.ipfin.core.digest.Sha256;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an import all-or-nothing: read and check every row first; if anything is wrong, write nothing and report
 * every problem; otherwise write all rows in one transaction. Every attempt is kept in {@code import_batch}
 * (with the file's SHA-256 and content), and an applied one is an entry in the ledger.
 */
@Service
public class ImportRunner {

    private final TabularReader reader = new TabularReader(TabularLimits.standard());
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    ImportRunner(TransactionTemplate transaction, JdbcClient jdbc, ApplicationEventPublisher events, JsonMapper json,
                 Clock clock) {
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    public <T> ImportReport run(Actor actor, RowImporter<T> importer, String filename, byte[] content) {
        Instant started = clock.instant();
        String sha256 = Sha256.hex(content);
        var errors = new ImportErrors();
        List<T> rows = new ArrayList<>();
        int[] read = {0};
        try {
            reader.read(filename, new ByteArrayInputStream(content), importer.template(), row -> {
                read[0]++;
                var cells = new RowCells(row, importer.template(), errors);
                T parsed = importer.parse(cells);
                if (parsed != null && cells.valid()) {
                    rows.add(parsed);
                }
            });
        } catch (TabularFileRejected refused) {
            return refuse(actor, importer, filename, sha256, started, read[0], refused.zh(), refused.en(), errors);
        }
        if (!errors.any()) {
            importer.checkAll(rows, errors);
        }
        if (errors.any()) {
            return refuse(actor, importer, filename, sha256, started, read[0], null, null, errors);
        }
        try {
            return transaction.execute(status -> {
                ImportCounts counts = importer.apply(rows);
                long batchId = record(actor, importer.kind(), filename, sha256, content, started, "APPLIED",
                        read[0], counts, null);
                var after = new LinkedHashMap<String, Object>();
                after.put("kind", importer.kind());
                after.put("filename", filename);
                after.put("sha256", sha256);
                after.put("rows", read[0]);
                after.put("inserted", counts.inserted());
                after.put("updated", counts.updated());
                events.publishEvent(new LedgerFact(actor, "IMPORT", Long.toString(batchId), "APPLIED",
                        actor.orgId() == 0 ? List.of() : List.of(actor.orgId()), null, after));
                return new ImportReport(batchId, importer.kind(), filename, true, read[0], counts.inserted(),
                        counts.updated(), null, null, 0, List.of(), errors.notices());
            });
        } catch (DataAccessException | IllegalStateException e) {
            // A constraint the row checks did not foresee: the transaction rolled back, nothing was written.
            return refuse(actor, importer, filename, sha256, started, read[0],
                    "数据库拒绝了导入，未写入任何数据：" + rootMessage(e),
                    "the database refused the import, nothing was written: " + rootMessage(e), errors);
        }
    }

    private <T> ImportReport refuse(Actor actor, RowImporter<T> importer, String filename, String sha256,
                                    Instant started, int rowsRead, String zh, String en, ImportErrors errors) {
        Map<String, Object> detail = new LinkedHashMap<>();
        if (zh != null) {
            detail.put("refusalZh", zh);
            detail.put("refusalEn", en);
        }
        detail.put("errorCount", errors.count());
        detail.put("errors", errors.kept());
        long batchId = transaction.execute(status -> record(actor, importer.kind(), filename, sha256, null, started,
                "REFUSED", rowsRead, new ImportCounts(0, 0), json.writeValueAsString(detail)));
        return new ImportReport(batchId, importer.kind(), filename, false, rowsRead, 0, 0, zh, en, errors.count(),
                errors.kept(), errors.notices());
    }

    private long record(Actor actor, String kind, String filename, String sha256, byte[] content, Instant started,
                        String status, int rows, ImportCounts counts, String errors) {
        return jdbc.sql("""
                        insert into import_batch (kind, filename, sha256, actor_user, actor_org_id, started_at,
                            finished_at, status, rows_read, inserted, updated, errors, content)
                        values (:kind, :filename, :sha, :user, :org, :started, :finished, :status, :rows, :ins, :upd,
                            :errors, :content) returning id""")
                .param("kind", kind).param("filename", filename).param("sha", sha256)
                .param("user", actor.username()).param("org", actor.orgId() == 0 ? null : actor.orgId())
                .param("started", Timestamp.from(started)).param("finished", Timestamp.from(clock.instant()))
                .param("status", status).param("rows", rows).param("ins", counts.inserted())
                .param("upd", counts.updated()).param("errors", errors).param("content", content)
                .query(Long.class).single();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        String message = String.valueOf(t.getMessage());
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
