package cn.ipfin.asset;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.tabular.TabularWriter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

@Controller
class AssetController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int EXPORT_LIMIT = 100_000;

    private final IpAssets assets;
    private final IpAssetExport exporter;
    private final Clock clock;

    AssetController(IpAssets assets, IpAssetExport exporter, Clock clock) {
        this.assets = assets;
        this.exporter = exporter;
        this.clock = clock;
    }

    @GetMapping("/assets")
    String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) IpKind kind,
                @RequestParam(required = false) LegalStatus status,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresFrom,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresTo,
                @RequestParam(defaultValue = "0") int page, Model model) {
        var query = new AssetQuery(q, kind, status, expiresFrom, expiresTo, null);
        model.addAttribute("query", query);
        model.addAttribute("kinds", IpKind.values());
        model.addAttribute("statuses", LegalStatus.values());
        model.addAttribute("result", assets.search(actor, query, Math.max(0, page), 50));
        return "asset/assets";
    }

    @GetMapping("/assets/export.xlsx")
    void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) IpKind kind,
                @RequestParam(required = false) LegalStatus status,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresFrom,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresTo,
                HttpServletResponse response) throws IOException {
        writeExport(actor, assets, exporter, new AssetQuery(q, kind, status, expiresFrom, expiresTo, null), response);
    }

    static void writeExport(Actor actor, IpAssets assets, IpAssetExport exporter, AssetQuery query,
                            HttpServletResponse response) throws IOException {
        var ids = assets.search(actor, query, 0, EXPORT_LIMIT).rows().stream().map(IpAssetSummary::id).toList();
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"ip-assets.xlsx\"");
        TabularWriter.writeXlsx(IpAssetImport.TEMPLATE, exporter.export(ids), response.getOutputStream());
    }

    @GetMapping("/assets/{id}")
    String detail(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("detail", assets.detail(actor, id).orElseThrow(() -> new RecordNotFound("asset", id)));
        model.addAttribute("today", LocalDate.now(clock));
        return "asset/asset";
    }
}
