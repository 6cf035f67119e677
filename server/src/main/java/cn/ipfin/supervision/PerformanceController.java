package cn.ipfin.supervision;

import cn.ipfin.core.party.OrgType;
import cn.ipfin.core.supervision.rating.InternalMeasure;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import cn.ipfin.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * The banks' performance: the year's ranking with each bank's points explained and the demonstration-bank rating
 * (Shenzhen 004 (十七)), read by the IP office and the financial regulators; who has which internal measure
 * (004 (二十)), for the office; and the bank's own page to record its measures.
 */
@Controller
class PerformanceController {

    private static final int SELECTABLE_YEARS = 5;

    private final BankPerformance performance;
    private final BankMeasures measures;
    private final PlatformFigures platform;
    private final PageActions actions;
    private final Clock clock;

    PerformanceController(BankPerformance performance, BankMeasures measures, PlatformFigures platform,
                          PageActions actions, Clock clock) {
        this.performance = performance;
        this.measures = measures;
        this.platform = platform;
        this.actions = actions;
        this.clock = clock;
    }

    @GetMapping("/supervision/banks")
    String ranking(Actor actor, @RequestParam(required = false) Integer year, Model model) {
        boolean office = SupervisionReaders.office(actor);
        if (!office && !SupervisionReaders.regulator(actor)) {
            throw new AccessDeniedException("the ranking is for the IP office and the regulators");
        }
        int thisYear = LocalDate.now(clock).getYear();
        model.addAttribute("ranking", performance.ranking(actor, year == null ? thisYear : year));
        model.addAttribute("years", IntStream.range(0, SELECTABLE_YEARS).mapToObj(i -> thisYear - i).toList());
        if (office) {
            var banks = platform.banks(platform.districtOf(actor.orgId()));
            var inForce = measures.inForce(banks.stream().map(PlatformFigures.Bank::id).toList(), LocalDate.now(clock));
            model.addAttribute("measureBanks", banks.stream()
                    .map(b -> new MeasureLine(b, inForce.getOrDefault(b.id(), java.util.Map.of()))).toList());
            model.addAttribute("measureKinds", InternalMeasure.values());
        }
        return "supervision/banks";
    }

    record MeasureLine(PlatformFigures.Bank bank, java.util.Map<InternalMeasure, BankMeasures.Measure> measures) {
        public BankMeasures.Measure of(InternalMeasure kind) {
            return measures.get(kind);
        }
    }

    @GetMapping("/supervision/measures")
    String bankMeasures(Actor actor, Model model) {
        requireBank(actor);
        model.addAttribute("measures", measures.of(actor.orgId()));
        model.addAttribute("kinds", InternalMeasure.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/measures";
    }

    @PostMapping("/supervision/measures")
    @ResponseBody
    String record(Actor actor, @RequestParam InternalMeasure kind,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
                  @RequestParam(defaultValue = "") String document, HttpServletResponse response) {
        requireBank(actor);
        return actions.run(response, () -> {
            measures.record(actor, kind, adoptedOn, document);
            return "/supervision/measures";
        });
    }

    private static void requireBank(Actor actor) {
        if (actor.orgType() != OrgType.BANK) throw new AccessDeniedException("a bank records its own measures");
    }
}
