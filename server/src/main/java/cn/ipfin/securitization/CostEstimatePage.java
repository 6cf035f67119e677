package cn.ipfin.securitization;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.MoneyFormat;
import cn.ipfin.core.securitization.cost.AmountRange;
import cn.ipfin.core.securitization.cost.CostEstimate;
import cn.ipfin.core.securitization.cost.FeeLine;
import cn.ipfin.core.securitization.cost.IssueTerms;
import cn.ipfin.core.securitization.cost.LongnanCostTable;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Rule;
import cn.ipfin.core.securitization.cost.FeeBasis;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cost estimate of an issue (Longnan 附件2): size in 万元, term, coupon and guarantee rate range in percent; the
 * table's lines, totals, all-in annual cost and the quotes that disagree with their own rates. Computation only,
 * nothing is stored, so it is a GET with the terms in the address (an estimate can be linked to).
 */
@Controller
class CostEstimatePage {

    static final String PATH = "/securitization/cost";

    private final MessageSource messages;

    CostEstimatePage(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(Actor actor, Locale locale, Model model,
                @RequestParam(defaultValue = "10000") BigDecimal sizeWan, @RequestParam(defaultValue = "1") BigDecimal years,
                @RequestParam(defaultValue = "3") BigDecimal couponLow, @RequestParam(defaultValue = "3.5") BigDecimal couponHigh,
                @RequestParam(defaultValue = "1") BigDecimal guaranteeLow, @RequestParam(defaultValue = "1.5") BigDecimal guaranteeHigh) {
        requireOffice(actor);
        Rule.check()
                .refuseIf(sizeWan.signum() <= 0 || sizeWan.compareTo(BigDecimal.valueOf(10_000_000)) > 0, SecuritizationRules.COST_TERMS_INVALID, "发行规模 / size")
                .refuseIf(years.signum() <= 0 || years.compareTo(BigDecimal.valueOf(30)) > 0, SecuritizationRules.COST_TERMS_INVALID, "发行期限 / term")
                .refuseIf(couponLow.signum() < 0 || couponLow.compareTo(couponHigh) > 0 || couponHigh.compareTo(BigDecimal.valueOf(30)) > 0,
                        SecuritizationRules.COST_TERMS_INVALID, "票面利率 / coupon")
                .refuseIf(guaranteeLow.signum() < 0 || guaranteeLow.compareTo(guaranteeHigh) > 0 || guaranteeHigh.compareTo(BigDecimal.TEN) > 0,
                        SecuritizationRules.COST_TERMS_INVALID, "担保费率 / guarantee rate")
                .refuseIf(sizeWan.stripTrailingZeros().scale() > 6, SecuritizationRules.COST_TERMS_INVALID, "发行规模 / size")
                .orRefuse();
        IssueTerms terms = new IssueTerms(Money.of(sizeWan.multiply(BigDecimal.valueOf(10_000)).setScale(2, RoundingMode.HALF_UP)),
                years, fraction(couponLow), fraction(couponHigh));
        CostEstimate estimate = LongnanCostTable.estimate(terms, fraction(guaranteeLow), fraction(guaranteeHigh));
        model.addAttribute("sizeWan", sizeWan.stripTrailingZeros().toPlainString());
        model.addAttribute("years", years.stripTrailingZeros().toPlainString());
        model.addAttribute("couponLow", couponLow.stripTrailingZeros().toPlainString());
        model.addAttribute("couponHigh", couponHigh.stripTrailingZeros().toPlainString());
        model.addAttribute("guaranteeLow", guaranteeLow.stripTrailingZeros().toPlainString());
        model.addAttribute("guaranteeHigh", guaranteeHigh.stripTrailingZeros().toPlainString());
        List<Line> lines = new ArrayList<>();
        lines.add(line(estimate.guarantee(), estimate, terms, locale));
        for (FeeLine l : estimate.services()) lines.add(line(l, estimate, terms, locale));
        model.addAttribute("lines", lines);
        model.addAttribute("servicesTotal", range(estimate.servicesTotal()));
        model.addAttribute("guaranteeTotal", range(estimate.guaranteeAmount()));
        model.addAttribute("total", range(estimate.total()));
        model.addAttribute("allIn", percent(estimate.allInLow()) + " – " + percent(estimate.allInHigh()));
        model.addAttribute("discrepancies", estimate.discrepancies().stream()
                .map(d -> messages.getMessage("securitization.cost.flag", new Object[]{d.line(),
                        signed(d.differenceLow()), signed(d.differenceHigh())}, locale)).toList());
        return "securitization/cost";
    }

    /** One row: the line, its quote, its basis, the amount counted and, when they disagree, by how much. */
    record Line(String name, String quoted, String basis, String counted, String difference) {
    }

    private Line line(FeeLine l, CostEstimate e, IssueTerms terms, Locale locale) {
        AmountRange counted = l.stated().orElseGet(() -> l.basis().amount(terms).orElseThrow());
        String difference = e.discrepancy(l.name())
                .map(d -> signed(d.differenceLow()) + " / " + signed(d.differenceHigh())).orElse("");
        return new Line(l.name(), l.stated().map(CostEstimatePage::range).orElse("—"), basis(l.basis(), locale),
                range(counted), difference);
    }

    /** The 费率 column in the reader's language. */
    private String basis(FeeBasis basis, Locale locale) {
        return switch (basis) {
            case FeeBasis.Negotiated n -> message("securitization.cost.basis.negotiated", locale);
            case FeeBasis.RateOfSize r -> rates(r.low(), r.high())
                    + (r.perYear() ? message("securitization.cost.basis.perYear", locale) : "");
            case FeeBasis.DailyRateOfSize d -> messages.getMessage("securitization.cost.basis.daily",
                    new Object[]{rates(d.low(), d.high()), d.days()}, locale);
            case FeeBasis.RateOfInterest i -> messages.getMessage("securitization.cost.basis.ofInterest",
                    new Object[]{rates(i.rate(), i.rate())}, locale);
            case FeeBasis.CapPerYear c -> messages.getMessage("securitization.cost.basis.cap",
                    new Object[]{MoneyFormat.figure(c.capPerYear())}, locale);
        };
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String rates(BigDecimal low, BigDecimal high) {
        String l = MoneyFormat.percent(low);
        return low.compareTo(high) == 0 ? l : l + "–" + MoneyFormat.percent(high);
    }

    static void requireOffice(Actor actor) {
        if (!actor.has(Role.IPO_OFFICER) && !actor.has(Role.AUDITOR) && !actor.has(Role.OPERATOR)) {
            throw new AccessDeniedException("securitization pages are the IP office's and the operators'");
        }
    }

    private static BigDecimal fraction(BigDecimal percent) {
        return percent.movePointLeft(2);
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String range(AmountRange r) {
        String low = MoneyFormat.figure(r.low());
        return r.isSingle() ? low : low + " – " + MoneyFormat.figure(r.high());
    }

    private static String signed(Money m) {
        return (m.isNegative() ? "−" : "+") + MoneyFormat.figure(m.abs());
    }
}
