package cn.ipfin.lending;

import cn.ipfin.asset.IpAssets;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.lending.Origination;
import cn.ipfin.core.lending.PledgeRateLimit;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.lending.SecurityKind;
import cn.ipfin.reference.LprRates;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application pages: the enterprise's applications and its apply form, the bank's work queue by state, and one
 * application with every step's record, the forms of the steps the reader may take, and its timeline from the
 * ledger. The forms post to {@link OriginationActions}.
 */
@Controller
class OriginationController {

    private final LoanFiles files;
    private final Loans loans;
    private final Products products;
    private final Demands demands;
    private final IpAssets assets;
    private final LoanApproval approval;
    private final LoanPageFacts facts;
    private final LoanLedgerExport export;
    private final DueDiligence diligence;
    private final Clock clock;
    private final LprRates lprRates;

    OriginationController(LoanFiles files, Loans loans, Products products, Demands demands, IpAssets assets,
                          LoanApproval approval, LoanPageFacts facts, LoanLedgerExport export, DueDiligence diligence,
                          Clock clock, LprRates lprRates) {
        this.lprRates = lprRates;
        this.files = files;
        this.loans = loans;
        this.products = products;
        this.demands = demands;
        this.assets = assets;
        this.approval = approval;
        this.facts = facts;
        this.export = export;
        this.diligence = diligence;
        this.clock = clock;
    }

    @GetMapping("/applications")
    String list(Actor actor, @RequestParam(required = false) Long product, @RequestParam(required = false) Long demand,
                Model model) {
        boolean bank = MarketplaceController.isBank(actor);
        boolean enterprise = actor.has(Role.ENTERPRISE_FINANCE);
        model.addAttribute("bank", bank);
        model.addAttribute("enterprise", enterprise);
        if (bank) {
            Map<LoanState, List<Loan>> queue = new LinkedHashMap<>();
            for (LoanState s : WorkQueue.statesFor(actor)) {
                queue.put(s, files.queue(actor, s));
            }
            model.addAttribute("queue", queue);
        } else {
            model.addAttribute("loans", loans.list(actor, null, 0, 200).rows());
        }
        if (enterprise) {
            model.addAttribute("catalogue", products.catalogue());
            model.addAttribute("assets", assets.ofEnterprise(actor, actor.orgId()));
            var open = demands.list(actor).stream().filter(d -> "OPEN".equals(d.state())).toList();
            model.addAttribute("demands", open);
            // an application started from a demand ("申请" on the demand page) starts with its amount, term, purpose
            model.addAttribute("fromDemand", demand == null ? null
                    : open.stream().filter(d -> d.id() == demand).findFirst().orElse(null));
            model.addAttribute("methods", RepaymentMethod.values());
            model.addAttribute("selectedProduct", product);
            model.addAttribute("selectedDemand", demand);
        }
        return "lending/applications";
    }

    /** The bank's loan ledger as Excel, the same workbook as the API's {@code /api/v1/loans-ledger.xlsx}. */
    @GetMapping("/applications/ledger.xlsx")
    ResponseEntity<byte[]> ledger(Actor actor) throws IOException {
        return export.workbook(actor);
    }

    @GetMapping("/applications/{loanNo}")
    String detail(Actor actor, @PathVariable String loanNo, Model model) {
        LoanFile file = files.get(actor, loanNo);
        boolean bank = actor.visibleOrgIds().contains(file.loan().bankOrgId());
        boolean open = Origination.isOpen(file.state()) && file.productId() != null;
        model.addAttribute("file", file);
        model.addAttribute("loan", file.loan());
        model.addAttribute("product", file.productId() == null ? null : products.get(file.productId()));
        model.addAttribute("open", open);
        model.addAttribute("officer", open && bank && actor.has(Role.BANK_OFFICER));
        model.addAttribute("approver", open && bank && actor.has(Role.BANK_APPROVER));
        model.addAttribute("applicant", open && actor.has(Role.ENTERPRISE_FINANCE)
                && actor.visibleOrgIds().contains(file.loan().enterpriseId()));
        model.addAttribute("limit", limit(file));
        model.addAttribute("lpr", lprRates.table().oneYearOn(LocalDate.now(clock)).annualFraction());
        model.addAttribute("valuations", bank || actor.visibleOrgIds().contains(file.loan().enterpriseId())
                ? facts.valuations(actor, file.loan().id()) : List.of());
        model.addAttribute("firms", facts.institutions("VALUATION_FIRM"));
        model.addAttribute("providers", facts.institutions("GUARANTOR", "INSURER"));
        model.addAttribute("securityKinds", SecurityKind.values());
        model.addAttribute("checklistCodes", LoanApplications.CHECKLIST);
        model.addAttribute("timeline", facts.timeline(actor, loanNo));
        model.addAttribute("steps", ApplicationSteps.of(file.state()));
        return "lending/application";
    }

    @GetMapping("/applications/{loanNo}/documents/{id}")
    ResponseEntity<byte[]> document(Actor actor, @PathVariable String loanNo, @PathVariable long id) {
        var d = diligence.download(actor, loanNo, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.filename(), StandardCharsets.UTF_8).build().toString())
                .body(d.content());
    }

    /** The pledge-rate limit once every collateral asset has its value; until then there is no figure to show. */
    private PledgeRateLimit.Limit limit(LoanFile file) {
        if (file.productId() == null || file.collateral().isEmpty()
                || file.collateral().stream().anyMatch(c -> c.appraisedValue() == null)) {
            return null;
        }
        try {
            return approval.limit(file);
        } catch (RuleViolation e) {
            return null;
        }
    }
}
