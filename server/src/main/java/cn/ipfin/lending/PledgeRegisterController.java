package cn.ipfin.lending;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import cn.ipfin.tabular.Column;
import cn.ipfin.shared.ReportHeading;
import cn.ipfin.tabular.TabularWriter;
import cn.ipfin.tabular.Template;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The IP office's register of the pledges registered in its district (seed 004 (十五) online registration; seed 004
 * (十七) district targets: registered count and amount, in 万元), and its Excel export. Registry facts and the loan amount only, never a bank's internal notes.
 */
@Controller
class PledgeRegisterController {

    private static final int LIMIT = 5000;
    private static final int PAGE = 50;
    static final Template TEMPLATE = new Template("pledge-register", "质押登记台账", "Pledge register", List.of(
            new Column("registration_no", "登记号", "Registration no.", true, "Y202698000001", "质押登记号", "registration number"),
            new Column("registered_on", "登记日", "Registered on", true, "2026-03-01", "登记日期", "registration date"),
            new Column("cancelled_on", "注销日", "Cancelled on", false, "", "注销日期", "cancellation date"),
            new Column("office", "登记机关", "Registration office", true, "PATENT_OFFICE", "专利、商标分别登记", "patents and trademarks are registered apart"),
            new Column("asset_numbers", "权利号", "Right nos.", true, "ZL202010000001.5", "本登记所含专利号或商标注册号，分号分隔", "the rights this registration covers, separated by ;"),
            new Column("pledgor", "出质人", "Pledgor", true, "某科技有限公司", "出质企业", "pledging enterprise"),
            new Column("pledgee", "质权人", "Pledgee", true, "某银行", "质权银行", "pledgee bank"),
            new Column("loan_no", "贷款编号", "Loan no.", false, "LA2026000001", "贷款编号", "loan number"),
            new Column("secured_amount", "担保债权数额（元）", "Secured amount (yuan)", true, "1000000.00", "本登记担保的主债权数额（每个登记计一次）", "the debt this registration secures (once per registration)")));

    private final RegisteredPledges register;

    private final PageActions actions;
    private final JsonMapper json;
    private final java.time.Clock clock;

    PledgeRegisterController(RegisteredPledges register, PageActions actions, JsonMapper json, java.time.Clock clock) {
        this.register = register;
        this.actions = actions;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/pledges")
    String pledges(Actor actor, @RequestParam(required = false) Long bank, @RequestParam(required = false) IpKind kind,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(required = false) RegisteredPledges.Filter.State state,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        var filter = new RegisteredPledges.Filter(bank, kind == null ? null : kind.name(), from, to, state);
        model.addAttribute("filter", filter);
        model.addAttribute("register", register.inDistrict(actor, filter, Math.max(0, page), PAGE));
        model.addAttribute("pledgees", register.pledgees(actor));
        model.addAttribute("kinds", IpKind.values());
        model.addAttribute("states", RegisteredPledges.Filter.State.values());
        model.addAttribute("pledgeChart", json.writeValueAsString(PledgeChart.spec(register.byMonthAndKind(actor),
                actions.message("pledge.chart.byMonth"), k -> actions.message("ipKind." + k))));
        return "lending/pledges";
    }

    @GetMapping("/pledges.xlsx")
    ResponseEntity<byte[]> export(Actor actor, @RequestParam(required = false) Long bank,
                                  @RequestParam(required = false) IpKind kind,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) RegisteredPledges.Filter.State state) throws IOException {
        var filter = new RegisteredPledges.Filter(bank, kind == null ? null : kind.name(), from, to, state);
        var rows = register.inDistrict(actor, filter, 0, LIMIT).pledges().stream().map(p -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("registration_no", p.registrationNo());
            row.put("registered_on", String.valueOf(p.registeredOn()));
            row.put("cancelled_on", p.cancelledOn() == null ? null : p.cancelledOn().toString());
            row.put("office", p.office().name());
            row.put("asset_numbers", String.join(";", p.assetNumbers()));
            row.put("pledgor", p.pledgor());
            row.put("pledgee", p.pledgee());
            row.put("loan_no", p.loanNo());
            row.put("secured_amount", p.securedAmount() == null ? null : p.securedAmount().toPlainString());
            return row;
        }).toList();
        var out = new ByteArrayOutputStream();
        // the register as it stands today: registrations and cancellations up to the business date
        TabularWriter.writeReport(TEMPLATE, ReportHeading.now(TEMPLATE.titleZh(), clock, LocalDate.now(clock)), rows, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, LoanLedgerExport.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("pledge-register.xlsx").build().toString())
                .body(out.toByteArray());
    }
}
