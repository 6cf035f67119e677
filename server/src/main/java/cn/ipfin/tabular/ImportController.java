package cn.ipfin.tabular;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry's bulk imports: download a template, upload a filled one, see the row-by-row report. Only the IP
 * office imports; {@link ImportApi} offers the same under /api/v1/imports.
 */
@Controller
@PreAuthorize("hasRole('IPO_OFFICER')")
class ImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Map<String, RowImporter<?>> importers = new LinkedHashMap<>();
    private final ImportRunner runner;
    private final JdbcClient jdbc;

    /** The order a district fills its registry in: enterprises before what refers to them. */
    private static final List<String> ORDER = List.of("enterprises", "financials", "credit-facts", "ip-assets",
            "legal-events");

    ImportController(List<RowImporter<?>> importers, ImportRunner runner, JdbcClient jdbc) {
        importers.stream()
                .sorted(Comparator.comparingInt(i -> {
                    int at = ORDER.indexOf(i.template().name());
                    return at < 0 ? ORDER.size() : at;
                }))
                .forEach(i -> this.importers.put(i.template().name(), i));
        this.runner = runner;
        this.jdbc = jdbc;
    }

    private RowImporter<?> importer(String name) {
        RowImporter<?> importer = importers.get(name);
        if (importer == null) {
            throw new RecordNotFound("import", name);
        }
        return importer;
    }

    @GetMapping("/imports")
    String page(@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page, Model model) {
        var kinds = new LinkedHashMap<String, Template>();
        importers.values().forEach(i -> kinds.put(i.kind(), i.template()));
        // only the choices the page offers: an unknown kind or status is no filter, not an empty list
        var filter = new BatchFilter(kinds.containsKey(kind) ? kind : null,
                "APPLIED".equals(status) || "REFUSED".equals(status) ? status : null, from, to);
        model.addAttribute("templates", importers.values().stream().map(RowImporter::template).toList());
        model.addAttribute("kinds", kinds);
        model.addAttribute("filter", filter);
        model.addAttribute("batches", batches(filter, Math.max(0, page)));
        return "tabular/imports";
    }

    String page(Model model) {
        return page(null, null, null, null, 0, model);
    }

    @PostMapping("/imports/{name}")
    String upload(Actor actor, @PathVariable String name, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        model.addAttribute("report", runner.run(actor, importer(name), filename(file), file.getBytes()));
        return page(model);
    }

    @GetMapping("/imports/{name}/template.xlsx")
    void template(@PathVariable String name, HttpServletResponse response) throws IOException {
        Template template = importer(name).template();
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + template.name() + "-template.xlsx\"");
        TabularWriter.writeTemplate(template, response.getOutputStream());
    }

    static String filename(MultipartFile file) {
        return cn.ipfin.shared.UploadFilename.clean(file.getOriginalFilename(), "upload");
    }

    private static final int HISTORY_PAGE = 20;

    record Batch(long id, String kind, String filename, String actor, Instant finishedAt, String status, int rows,
                 int inserted, int updated) {
    }

    /** The import history's filters, all optional: kind of file, outcome, the business dates it finished on. */
    record BatchFilter(String kind, String status, LocalDate from, LocalDate to) {
    }

    record BatchPage(List<Batch> rows, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private BatchPage batches(BatchFilter filter, int page) {
        var where = new StringBuilder(" where true");
        var params = new java.util.HashMap<String, Object>();
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        // finished_at is a timestamptz; the session's time zone is the business zone, so a cast gives the business date
        if (filter.from() != null) {
            where.append(" and cast(finished_at as date) >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and cast(finished_at as date) <= :to");
            params.put("to", filter.to());
        }
        long total = jdbc.sql("select count(*) from import_batch" + where).params(params).query(Long.class).single();
        List<Batch> rows = jdbc.sql("select id, kind, filename, actor_user, finished_at, status, rows_read, inserted, updated"
                        + " from import_batch" + where + " order by id desc limit :size offset :offset")
                .params(params).param("size", HISTORY_PAGE).param("offset", (long) page * HISTORY_PAGE)
                .query((rs, i) -> new Batch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)))
                .list();
        return new BatchPage(rows, page, HISTORY_PAGE, total);
    }
}
