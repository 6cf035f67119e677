package cn.ipfin.securitization;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.MoneyFormat;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import cn.ipfin.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The projects list (with the office's form to open one) and a project's page: progress by phase and what is late on
 * the business date, the service institutions, the asset pool with each decision's reasons and the operator's hand,
 * issuance and the money received, and links to the cost estimate and a simulation of this pool.
 */
@Controller
class ProjectPages {

    static final String PATH = "/securitization/projects";

    private final SecuritizationProjects projects;
    private final AssetPools pools;
    private final PageActions actions;
    private final JdbcClient jdbc;
    private final UnderlyingDisbursement underlying;

    ProjectPages(SecuritizationProjects projects, AssetPools pools, PageActions actions, JdbcClient jdbc,
                 UnderlyingDisbursement underlying) {
        this.underlying = underlying;
        this.projects = projects;
        this.pools = pools;
        this.actions = actions;
        this.jdbc = jdbc;
    }

    record Operator(long id, String name) {
    }

    /** One page of the candidates; a page past either end shows the nearest one. */
    record PoolRows(List<AssetPools.Entry> rows, int page, int pages) {

        static PoolRows of(List<AssetPools.Entry> all, int page, int size) {
            int pages = Math.max(1, (all.size() + size - 1) / size);
            int shown = Math.clamp(page, 0, pages - 1);
            return new PoolRows(all.subList(shown * size, Math.min(all.size(), (shown + 1) * size)), shown, pages);
        }
    }

    @GetMapping(PATH)
    String list(Actor actor, Model model) {
        model.addAttribute("projects", projects.list(actor));
        model.addAttribute("canOpen", actor.has(Role.IPO_OFFICER));
        model.addAttribute("operators", jdbc.sql("select id, name from organisation_view where type = 'SECURITIZATION_OPERATOR' order by id")
                .query((rs, i) -> new Operator(rs.getLong(1), rs.getString(2))).list());
        model.addAttribute("roles", SecuritizationProjects.InstitutionRole.values());
        return "securitization/projects";
    }

    @PostMapping(PATH)
    @ResponseBody
    String open(Actor actor, @RequestParam String name, @RequestParam long operator, @RequestParam String tenderRef,
                @RequestParam BigDecimal targetWan, @RequestParam int termMonths, @RequestParam YearMonth startsIn,
                @RequestParam Map<String, String> form, HttpServletResponse response) {
        return actions.run(response, PATH, () -> {
            Map<SecuritizationProjects.InstitutionRole, String> institutions = new EnumMap<>(SecuritizationProjects.InstitutionRole.class);
            for (var role : SecuritizationProjects.InstitutionRole.values()) {
                String firm = form.get("institution." + role.name());
                if (firm != null && !firm.isBlank()) institutions.put(role, firm);
            }
            long id = projects.open(actor, new SecuritizationProjects.NewProject(name, operator, tenderRef,
                    targetWan.movePointRight(4), termMonths, startsIn, institutions));
            return PATH + "/" + id;
        });
    }

    /** Candidates per page: a district screens every enterprise holding IP in force, thousands of them. */
    static final int POOL_PAGE_SIZE = 50;

    @GetMapping(PATH + "/{id}")
    String project(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        var project = projects.find(actor, id);
        var pool = pools.pool(actor, id);
        // included first, then by score (AssetPools.pool's order): the first page is the pool itself
        var rows = PoolRows.of(pool.entries(), page, POOL_PAGE_SIZE);
        model.addAttribute("poolRows", rows.rows());
        model.addAttribute("poolPage", rows.page());
        model.addAttribute("poolPages", rows.pages());
        boolean editor = actor.has(Role.IPO_OFFICER) || (actor.has(Role.OPERATOR) && actor.orgId() == project.operatorOrgId());
        model.addAttribute("p", project);
        model.addAttribute("pool", pool);
        model.addAttribute("canEdit", editor);
        model.addAttribute("targetSize", MoneyFormat.figure(Money.of(project.targetSize())));
        model.addAttribute("poolSize", MoneyFormat.figure(Money.of(pool.size())));
        model.addAttribute("issuedAmount", project.issuedAmount() == null ? null : MoneyFormat.figure(Money.of(project.issuedAmount())));
        model.addAttribute("issueCost", project.issueCost() == null ? null : MoneyFormat.figure(Money.of(project.issueCost())));
        model.addAttribute("fundsAmount", project.fundsReceivedAmount() == null ? null : MoneyFormat.figure(Money.of(project.fundsReceivedAmount())));
        List<AssetPools.Entry> included = pool.included();
        BigDecimal years = BigDecimal.valueOf(project.termMonths()).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        model.addAttribute("costLink", CostEstimatePage.PATH + "?sizeWan=" + project.targetSize().movePointLeft(4).stripTrailingZeros().toPlainString()
                + "&years=" + years.stripTrailingZeros().toPlainString());
        model.addAttribute("simulationLink", included.isEmpty() ? null : SimulationPage.PATH + "?loans=" + included.size()
                + "&loanWan=" + pool.size().divide(BigDecimal.valueOf(included.size()), 2, RoundingMode.DOWN).movePointLeft(4).setScale(2, RoundingMode.DOWN).toPlainString()
                + "&months=" + project.termMonths());
        var made = underlying.made(id).orElse(null);
        model.addAttribute("made", made);
        if (made != null) {
            var loans = underlying.loans(actor, id);
            model.addAttribute("underlying", loans);
            model.addAttribute("underlyingTotal", MoneyFormat.figure(Money.of(loans.stream()
                    .map(UnderlyingDisbursement.Loan::amount).reduce(BigDecimal.ZERO, BigDecimal::add))));
        } else if (project.issuedOn() != null && editor) {
            model.addAttribute("banks", underlying.banks(id));
            model.addAttribute("methods", List.of(RepaymentMethod.BULLET, RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL,
                    RepaymentMethod.EQUAL_PRINCIPAL, RepaymentMethod.EQUAL_INSTALMENTS));
        }
        return "securitization/project";
    }

    @PostMapping(PATH + "/{id}/tasks/{seq}")
    @ResponseBody
    String completeTask(Actor actor, @PathVariable long id, @PathVariable int seq, @RequestParam int version,
                        @RequestParam LocalDate doneOn, @RequestParam(defaultValue = "") String documentRef,
                        HttpServletResponse response) {
        return actions.run(response, PATH + "/" + id, () -> {
            projects.completeTask(actor, id, version, seq, doneOn, documentRef);
            return PATH + "/" + id;
        });
    }

    @PostMapping(PATH + "/{id}/pool")
    @ResponseBody
    String screen(Actor actor, @PathVariable long id, @RequestParam int version,
                  @RequestParam(defaultValue = "false") boolean requireSpecialised, @RequestParam int minYears,
                  @RequestParam BigDecimal minRevenue, @RequestParam BigDecimal minProfit, @RequestParam int minIpScore,
                  @RequestParam BigDecimal maxObligor, @RequestParam BigDecimal maxIndustry, @RequestParam BigDecimal maxPark,
                  @RequestParam BigDecimal amountWan, HttpServletResponse response) {
        return actions.run(response, PATH + "/" + id, () -> {
            pools.screen(actor, id, version, new AssetPools.Standards(requireSpecialised, minYears, minRevenue, minProfit,
                    minIpScore, maxObligor, maxIndustry, maxPark, amountWan.movePointRight(4)));
            return PATH + "/" + id;
        });
    }

    @PostMapping(PATH + "/{id}/pool/{enterprise}")
    @ResponseBody
    String adjust(Actor actor, @PathVariable long id, @PathVariable long enterprise, @RequestParam int version,
                  @RequestParam boolean include, @RequestParam(defaultValue = "") String reason, HttpServletResponse response) {
        return actions.run(response, PATH + "/" + id, () -> {
            pools.adjust(actor, id, version, enterprise, include, reason);
            return PATH + "/" + id;
        });
    }

    @PostMapping(PATH + "/{id}/pool/freeze")
    @ResponseBody
    String freeze(Actor actor, @PathVariable long id, @RequestParam int version, HttpServletResponse response) {
        return actions.run(response, PATH + "/" + id, () -> {
            pools.freeze(actor, id, version);
            return PATH + "/" + id;
        });
    }

    @PostMapping(PATH + "/{id}/underlying")
    @ResponseBody
    String underlying(Actor actor, @PathVariable long id, @RequestParam int version, @RequestParam long bank,
                      @RequestParam BigDecimal ratePercent, @RequestParam RepaymentMethod method, HttpServletResponse response) {
        return actions.run(response, PATH + "/" + id, () -> {
            underlying.disburse(actor, id, version, new UnderlyingDisbursement.Terms(bank, ratePercent, method));
            return PATH + "/" + id;
        });
    }

    @PostMapping(PATH + "/{id}/issuance")
    @ResponseBody
    String issuance(Actor actor, @PathVariable long id, @RequestParam int version, @RequestParam String kind,
                    @RequestParam LocalDate on, @RequestParam BigDecimal amountWan,
                    @RequestParam(required = false) BigDecimal costWan, HttpServletResponse response) {
        return actions.run(response, PATH + "/" + id, () -> {
            BigDecimal amount = amountWan.movePointRight(4);
            if (kind.equals("funds")) projects.recordFundsReceived(actor, id, version, on, amount);
            else projects.recordIssuance(actor, id, version, on, amount, costWan == null ? null : costWan.movePointRight(4));
            return PATH + "/" + id;
        });
    }
}
