package cn.ipfin.asset;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.InvalidField;
import cn.ipfin.shared.RecordNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "IP assets", description = "Patents, trademarks, copyrights and other IP rights, their history and bundles")
@Validated
class AssetApi {

    private final IpAssets assets;
    private final Portfolios portfolios;
    private final IpAssetExport exporter;

    AssetApi(IpAssets assets, Portfolios portfolios, IpAssetExport exporter) {
        this.assets = assets;
        this.portfolios = portfolios;
        this.exporter = exporter;
    }

    @GetMapping("/assets")
    @Operation(summary = "IP rights the caller may see, by title/number fragment, kind, status, expiry window, owner")
    IpAssets.AssetPage search(Actor actor, @RequestParam(required = false) String q,
                              @RequestParam(required = false) IpKind kind,
                              @RequestParam(required = false) LegalStatus status,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresFrom,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresTo,
                              @RequestParam(required = false) Long owner,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        InvalidField.requireOrdered("expiresFrom", expiresFrom, "expiresTo", expiresTo);
        return assets.search(actor, new AssetQuery(q, kind, status, expiresFrom, expiresTo, owner), page, size);
    }

    @GetMapping("/assets/{id}")
    @Operation(summary = "One IP right with owners, legal-status timeline and pledges")
    IpAssetDetail detail(Actor actor, @PathVariable long id) {
        return assets.detail(actor, id).orElseThrow(() -> new RecordNotFound("asset", id));
    }

    @GetMapping(value = "/assets/export.xlsx", produces = AssetController.XLSX)
    @Operation(operationId = "exportAssets", summary = "The matching IP rights as an Excel file in the import template's layout (re-importable)")
    void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) IpKind kind,
                @RequestParam(required = false) LegalStatus status, HttpServletResponse response) throws IOException {
        AssetController.writeExport(actor, assets, exporter, new AssetQuery(q, kind, status, null, null, null),
                response);
    }

    @GetMapping("/enterprises/{id}/portfolios")
    @Operation(summary = "An enterprise's IP bundles")
    List<Portfolios.Portfolio> portfolios(Actor actor, @PathVariable long id) {
        if (assets.search(actor, new AssetQuery(null, null, null, null, null, id), 0, 1).rows().isEmpty()
                && actor.orgId() != id && !actor.seesWholeDistrict()) {
            throw new RecordNotFound("enterprise", id);
        }
        return portfolios.of(id);
    }

    @PostMapping("/enterprises/{id}/portfolios")
    @Operation(summary = "Bundle some of the enterprise's own IP rights (e.g. patent + trademark) as one collateral")
    Portfolios.Portfolio createPortfolio(Actor actor, @PathVariable long id, @Valid @RequestBody NewPortfolio command) {
        return portfolios.create(actor, id, command.name().strip(), command.assetIds());
    }

    record NewPortfolio(@NotBlank(message = "{validation.name.required}") @Size(max = 100, message = "{validation.size100}") String name,
                        @NotEmpty(message = "{validation.portfolio.assets}") List<Long> assetIds) {
    }
}
