package cn.ipfin.bench;

import cn.ipfin.datagen.GeneratedIpAsset;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.BulkCopy;
import cn.ipfin.tabular.ImportReport;
import cn.ipfin.tabular.ImportRunner;
import cn.ipfin.tabular.RowImporter;
import cn.ipfin.tabular.TabularWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports generated IP assets from a real .xlsx in the published ip-assets template through the real
 * {@link ImportRunner} (read, validate every row, apply all in one transaction), twice, and compares the first
 * run with a plain COPY of the same rows into a scratch table shaped like {@code ip_asset}.
 */
final class AssetImportBench {

    /** The Chinese labels of the template (the server's AssetLabels, which is internal to the asset module). */
    private static final Map<String, String> KINDS = Map.of("INVENTION_PATENT", "发明专利", "UTILITY_MODEL", "实用新型",
            "DESIGN_PATENT", "外观设计", "TRADEMARK", "商标", "COPYRIGHT", "著作权", "SOFTWARE_COPYRIGHT", "软件著作权",
            "GEOGRAPHICAL_INDICATION", "地理标志", "IC_LAYOUT_DESIGN", "集成电路布图设计", "LICENCE_REVENUE_RIGHT", "许可收益权");
    private static final Map<String, String> STATUSES = Map.of("PENDING", "审查中", "IN_FORCE", "有效",
            "LAPSED", "未缴年费终止", "EXPIRED", "期限届满", "INVALIDATED", "已宣告无效", "UNDER_INVALIDATION", "无效宣告审查中");

    record Result(int rows, int fileBytes, long writeNanos, ImportReport first, long firstNanos, ImportReport second,
                  long secondNanos, long copied, long copyNanos) {
    }

    private final ImportRunner runner;
    private final RowImporter<?> importer;
    private final BulkCopy bulk;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    AssetImportBench(ImportRunner runner, RowImporter<?> importer, BulkCopy bulk, JdbcTemplate jdbc,
                     TransactionTemplate transaction) {
        this.runner = runner;
        this.importer = importer;
        this.bulk = bulk;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    Result run(Actor actor, List<EnterpriseLoad.OwnedAsset> assets) {
        long started = System.nanoTime();
        byte[] xlsx = workbook(assets);
        long writeNanos = System.nanoTime() - started;

        started = System.nanoTime();
        ImportReport first = runner.run(actor, importer, "assets.xlsx", xlsx);
        long firstNanos = System.nanoTime() - started;

        started = System.nanoTime();
        ImportReport second = runner.run(actor, importer, "assets.xlsx", xlsx);
        long secondNanos = System.nanoTime() - started;

        jdbc.execute("drop table if exists ip_asset_copy");
        jdbc.execute("create table ip_asset_copy (like ip_asset including defaults)");
        started = System.nanoTime();
        Long copied = transaction.execute(status -> bulk.copy("ip_asset_copy",
                "kind, number, title, filed_on, granted_on, expires_on, status, nice_class, claims",
                assets.stream().map(a -> copyRow(a.asset())).toList()));
        long copyNanos = System.nanoTime() - started;
        jdbc.execute("drop table ip_asset_copy");
        return new Result(assets.size(), xlsx.length, writeNanos, first, firstNanos, second, secondNanos,
                copied == null ? 0 : copied, copyNanos);
    }

    private byte[] workbook(List<EnterpriseLoad.OwnedAsset> assets) {
        var out = new ByteArrayOutputStream(16 << 20);
        try {
            TabularWriter.writeXlsx(importer.template(), assets.stream().map(AssetImportBench::templateRow).toList(),
                    out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One row of the ip-assets template: labels in Chinese, dates ISO, the owner by credit code. */
    static Map<String, String> templateRow(EnterpriseLoad.OwnedAsset owned) {
        GeneratedIpAsset a = owned.asset();
        var row = new HashMap<String, String>();
        row.put("kind", KINDS.get(a.kind().name()));
        row.put("number", a.number());
        row.put("title", a.title());
        row.put("filed_on", text(a.filedOn()));
        row.put("granted_on", text(a.grantedOn()));
        row.put("status", STATUSES.get(a.status().name()));
        row.put("owners", owned.ownerCode());
        row.put("nice_class", a.niceClass() == null ? null : a.niceClass().toString());
        if (EnterpriseLoad.renewedTrademark(a)) {
            row.put("renewed_until", text(a.expiresOn()));
        }
        if (a.kind().isPatent()) {
            row.put("claims_count", Integer.toString(a.claims()));
        }
        return row;
    }

    /** The same row as the import writes it, minus what the plain COPY cannot compute (the expiry is as generated). */
    private static Object[] copyRow(GeneratedIpAsset a) {
        return new Object[]{a.kind().name(), a.number(), a.title(), a.filedOn(), a.grantedOn(), a.expiresOn(),
                a.status().name(), a.niceClass(), a.kind().isPatent() ? a.claims() : null};
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
