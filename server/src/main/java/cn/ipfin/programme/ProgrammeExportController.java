package cn.ipfin.programme;

import cn.ipfin.shared.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The programmes' downloads: the applications ledger, the report of every programme or of one, and its PDF. */
@Controller
class ProgrammeExportController {

    private final ProgrammeExport export;
    private final ProgrammeReportPdf pdf;

    ProgrammeExportController(ProgrammeExport export, ProgrammeReportPdf pdf) {
        this.export = export;
        this.pdf = pdf;
    }

    @GetMapping("/programmes/applications.xlsx")
    ResponseEntity<byte[]> applications(Actor actor, @RequestParam(required = false) String key,
                                        @RequestParam(required = false) Integer year) {
        return export.applications(actor, key == null || key.isBlank() ? null : key, year);
    }

    @GetMapping("/programmes/report.xlsx")
    ResponseEntity<byte[]> report(Actor actor, @RequestParam int year) {
        return export.report(actor, null, year);
    }

    @GetMapping("/programmes/{key:[a-z0-9-]+}/report.xlsx")
    ResponseEntity<byte[]> report(Actor actor, @PathVariable String key, @RequestParam int year) {
        return export.report(actor, key, year);
    }

    @GetMapping("/programmes/{key:[a-z0-9-]+}/report.pdf")
    ResponseEntity<byte[]> reportPdf(Actor actor, @PathVariable String key, @RequestParam int year) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(key + "-report-" + year + ".pdf").build().toString())
                .body(pdf.render(actor, key, year));
    }
}
