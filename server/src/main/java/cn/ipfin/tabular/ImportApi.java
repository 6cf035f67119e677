package cn.ipfin.tabular;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry's bulk imports over HTTP: the empty template of each import, and the upload of a filled one. A refused
 * file answers 422 with its row-by-row report (nothing was written), not a 200 that a script takes for success.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Bulk imports of the registry (enterprises, financials, credit facts, IP rights, legal events)")
@PreAuthorize("hasRole('IPO_OFFICER')")
class ImportApi {

    private final Map<String, RowImporter<?>> importers = new HashMap<>();
    private final ImportRunner runner;

    ImportApi(List<RowImporter<?>> importers, ImportRunner runner) {
        importers.forEach(i -> this.importers.put(i.template().name(), i));
        this.runner = runner;
    }

    @GetMapping(value = "/{name}/template.xlsx", produces = ImportController.XLSX)
    @Operation(summary = "The empty template of an import: enterprises, financials, credit-facts, ip-assets, legal-events")
    ResponseEntity<byte[]> template(@PathVariable String name) throws IOException {
        Template template = importer(name).template();
        var out = new ByteArrayOutputStream();
        TabularWriter.writeTemplate(template, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ImportController.XLSX))
                .header("Content-Disposition", "attachment; filename=\"" + template.name() + "-template.xlsx\"")
                .body(out.toByteArray());
    }

    @PostMapping(value = "/{name}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a filled template (.xlsx or UTF-8 .csv): all rows or none, with a row-by-row report;"
            + " 422 with the report when the file is refused")
    @ApiResponse(responseCode = "200", description = "Applied: the report of rows new, updated and unchanged",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReport.class)))
    @ApiResponse(responseCode = "422", description = "Refused, nothing written: the row-by-row report",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReport.class)))
    ResponseEntity<ImportReport> importFile(Actor actor, @PathVariable String name,
                                            @RequestParam("file") MultipartFile file) throws IOException {
        ImportReport report = runner.run(actor, importer(name), ImportController.filename(file), file.getBytes());
        return report.applied() ? ResponseEntity.ok(report) : ResponseEntity.unprocessableContent().body(report);
    }

    private RowImporter<?> importer(String name) {
        RowImporter<?> importer = importers.get(name);
        if (importer == null) {
            throw new RecordNotFound("import", name);
        }
        return importer;
    }
}
