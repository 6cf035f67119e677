package cn.ipfin.party;

import cn.ipfin.asset.IpAssets;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ConcurrentEditConflict;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.tabular.TabularWriter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.math.BigDecimal;

/** Enterprise pages: search with filters, Excel export, the enterprise's page, and its own profile form. */
@Controller
class EnterpriseController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int EXPORT_LIMIT = 100_000;

    private final Enterprises enterprises;
    private final EnterpriseProfiles profiles;
    private final EnterpriseImport exporter;
    private final IpAssets assets;

    EnterpriseController(Enterprises enterprises, EnterpriseProfiles profiles, EnterpriseImport exporter,
                         IpAssets assets) {
        this.enterprises = enterprises;
        this.profiles = profiles;
        this.exporter = exporter;
        this.assets = assets;
    }

    @GetMapping("/enterprises")
    String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String park,
                @RequestParam(required = false) String industry, @RequestParam(required = false) String qualification,
                @RequestParam(required = false) Boolean creditListed, @RequestParam(defaultValue = "0") int page,
                Model model) {
        var query = new EnterpriseQuery(q, park, industry, qualification, creditListed);
        model.addAttribute("query", query);
        model.addAttribute("parks", enterprises.parks());
        model.addAttribute("result", enterprises.search(actor, query, Math.max(0, page), 50));
        return "party/enterprises";
    }

    @GetMapping("/enterprises/export.xlsx")
    void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String park,
                @RequestParam(required = false) String industry, @RequestParam(required = false) String qualification,
                @RequestParam(required = false) Boolean creditListed, HttpServletResponse response) throws IOException {
        var rows = exporter.export(actor, new EnterpriseQuery(q, park, industry, qualification, creditListed),
                enterprises, EXPORT_LIMIT);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"enterprises.xlsx\"");
        TabularWriter.writeXlsx(EnterpriseImport.TEMPLATE, rows, response.getOutputStream());
    }

    @GetMapping("/enterprises/{id}")
    String detail(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("profile", profiles.profile(actor, id).orElseThrow(() -> new RecordNotFound("enterprise", id)));
        model.addAttribute("assets", assets.ofEnterprise(actor, id));
        model.addAttribute("mayEdit", actor.orgId() == id || actor.has(cn.ipfin.shared.Role.IPO_OFFICER));
        return "party/enterprise";
    }

    @GetMapping("/enterprises/{id}/edit")
    String edit(Actor actor, @PathVariable long id, Model model) {
        EnterpriseSummary enterprise = enterprises.find(actor, id).orElseThrow(() -> new RecordNotFound("enterprise", id));
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("form", ProfileForm.of(enterprise));
        model.addAttribute("sizes", EnterpriseImport.SIZES);
        return "party/enterprise-edit";
    }

    @PostMapping("/enterprises/{id}/edit")
    String save(Actor actor, @PathVariable long id, @RequestParam int version, @RequestParam String legalRepresentative,
                @RequestParam(required = false) String park, @RequestParam String industryCode,
                @RequestParam String industryName, @RequestParam String size, @RequestParam String registeredCapital,
                Model model) {
        EnterpriseSummary current = enterprises.find(actor, id).orElseThrow(() -> new RecordNotFound("enterprise", id));
        var form = new ProfileForm(version, legalRepresentative, park, industryCode, industryName, size,
                registeredCapital);
        String error = form.problem();
        if (error == null) {
            try {
                profiles.update(actor, id, version, new EnterpriseProfiles.ProfileChange(legalRepresentative.strip(),
                        park == null || park.isBlank() ? null : park.strip(), industryCode.strip(), industryName.strip(),
                        size, new BigDecimal(registeredCapital.replace(",", "").strip()).setScale(2)));
                return "redirect:/enterprises/" + id + "?saved";
            } catch (ConcurrentEditConflict e) {
                error = "profile.conflict";
            }
        }
        model.addAttribute("enterprise", current);
        model.addAttribute("form", form);
        model.addAttribute("sizes", EnterpriseImport.SIZES);
        model.addAttribute("error", error);
        return "party/enterprise-edit";
    }
}
