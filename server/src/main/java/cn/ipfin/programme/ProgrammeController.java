package cn.ipfin.programme;

import cn.ipfin.core.programme.Eligibility;
import cn.ipfin.core.programme.Explanation;
import cn.ipfin.core.programme.Presets;
import cn.ipfin.core.programme.ProgrammeDefinition;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import cn.ipfin.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The programme pages: /programmes (the office's programmes with their budget; the enterprise's explained pre-check
 * and its application) and /programmes/applications/{id} (explanation, materials, reviews; the office assigns,
 * decides and pays; an assigned expert signs an opinion). Commands are htmx forms run through {@link PageActions}.
 */
@Controller
class ProgrammeController {

    private final ProgrammeDefinitions definitions;
    private final ProgrammeApplications applications;
    private final ProgrammeFacts facts;
    private final PageActions actions;
    private final Clock clock;

    ProgrammeController(ProgrammeDefinitions definitions, ProgrammeApplications applications, ProgrammeFacts facts,
                        PageActions actions, Clock clock) {
        this.definitions = definitions;
        this.applications = applications;
        this.facts = facts;
        this.actions = actions;
        this.clock = clock;
    }

    /** A programme as a page shows it; {@code explanation} only for the enterprise's own pre-check. */
    record Row(ProgrammeDefinitions.Version version, ProgrammeDefinition definition,
               ProgrammeApplications.BudgetPosition budget, Explanation explanation) {
    }

    @GetMapping("/programmes")
    String programmes(Actor actor, @RequestParam(required = false) Integer year, Locale locale, Model model) {
        // a subsidy is asked for the year past (Ezhou: 次年申报), so that is the year shown first
        int shownYear = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        boolean office = actor.seesWholeDistrict();
        boolean enterprise = actor.has(Role.ENTERPRISE_FINANCE);
        List<Row> rows = new ArrayList<>();
        for (ProgrammeDefinitions.Version v : definitions.programmes()) {
            ProgrammeDefinition d = definitions.current(v.key());
            if (office) {
                rows.add(new Row(v, d, applications.budget(v.key(), shownYear), null));
            } else if (enterprise && d.applicants().contains("ENTERPRISE")) {
                rows.add(new Row(v, d, null, applications.precheck(actor, v.key(), actor.orgId(), shownYear)));
            }
        }
        model.addAttribute("rows", rows);
        model.addAttribute("year", shownYear);
        model.addAttribute("office", office);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("lang", language(locale));
        model.addAttribute("applications", applications.visible(actor));
        model.addAttribute("presets", Presets.FILES);
        model.addAttribute("clerk", actor.has(Role.IPO_OFFICER));
        return "programme/list";
    }

    @GetMapping("/programmes/applications/{id}")
    String application(Actor actor, @PathVariable long id, Locale locale, Model model) {
        ProgrammeApplications.Application a = applications.find(actor, id);
        ProgrammeDefinition d = definitions.definition(a.programmeKey(), a.version());
        String lang = language(locale);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("app", a);
        model.addAttribute("programme", d);
        model.addAttribute("lang", lang);
        model.addAttribute("explanation", Eligibility.evaluate(d, facts.of(a.enterpriseId(), today, a.year()), today, a.year()));
        Map<String, String> uploaded = new HashMap<>();
        applications.materials(actor, id).forEach(m -> uploaded.put(m.materialId(), m.filename()));
        model.addAttribute("uploaded", uploaded);
        model.addAttribute("reviews", applications.reviews(actor, id));
        model.addAttribute("steps", steps(a.calculation(), lang));
        model.addAttribute("office", actor.has(Role.IPO_OFFICER));
        model.addAttribute("owner", actor.has(Role.ENTERPRISE_FINANCE) && actor.orgId() == a.enterpriseId());
        model.addAttribute("expert", actor.has(Role.EXPERT) && applications.reviews(actor, id).stream()
                .anyMatch(r -> r.expert().equals(actor.username()) && !r.signed()));
        return "programme/application";
    }

    @PostMapping("/programmes/presets")
    @ResponseBody
    String loadPreset(Actor actor, @RequestParam String file, HttpServletResponse response) {
        return actions.run(response, () -> {
            definitions.loadPreset(actor, file);
            return "/programmes";
        });
    }

    @PostMapping("/programmes/{key}/applications")
    @ResponseBody
    String apply(Actor actor, @PathVariable String key, @RequestParam int year, HttpServletResponse response) {
        return actions.run(response, () -> "/programmes/applications/" + applications.apply(actor, key, year));
    }

    @PostMapping("/programmes/applications/{id}/materials")
    @ResponseBody
    String attach(Actor actor, @PathVariable long id, @RequestParam String material, @RequestParam MultipartFile file,
                  HttpServletResponse response) {
        return actions.run(response, () -> {
            applications.attach(actor, id, material, file.getOriginalFilename(), bytes(file));
            return "/programmes/applications/" + id;
        });
    }

    @PostMapping("/programmes/applications/{id}/submission")
    @ResponseBody
    String submit(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean commitment,
                  HttpServletResponse response) {
        return actions.run(response, () -> {
            if (commitment) applications.signCommitment(actor, id);
            applications.submit(actor, id);
            return "/programmes/applications/" + id;
        });
    }

    @PostMapping("/programmes/applications/{id}/panel")
    @ResponseBody
    String assign(Actor actor, @PathVariable long id, @RequestParam String experts, HttpServletResponse response) {
        return actions.run(response, () -> {
            applications.assign(actor, id, Arrays.asList(experts.split("[,，\\s]+")));
            return "/programmes/applications/" + id;
        });
    }

    @PostMapping("/programmes/applications/{id}/opinion")
    @ResponseBody
    String sign(Actor actor, @PathVariable long id, @RequestParam boolean recommend,
                @RequestParam(required = false) BigDecimal ratePercent, @RequestParam String opinion,
                HttpServletResponse response) {
        return actions.run(response, () -> {
            applications.sign(actor, id, recommend, fraction(ratePercent), opinion);
            return "/programmes/applications/" + id;
        });
    }

    @PostMapping("/programmes/applications/{id}/decision")
    @ResponseBody
    String decide(Actor actor, @PathVariable long id, @RequestParam boolean approve,
                  @RequestParam(required = false) BigDecimal ratePercent, @RequestParam(required = false) String reason,
                  HttpServletResponse response) {
        return actions.run(response, () -> {
            applications.decide(actor, id, approve, fraction(ratePercent), reason);
            return "/programmes/applications/" + id;
        });
    }

    @PostMapping("/programmes/applications/{id}/payment")
    @ResponseBody
    String pay(Actor actor, @PathVariable long id, @RequestParam String reference, HttpServletResponse response) {
        return actions.run(response, () -> {
            applications.pay(actor, id, reference);
            return "/programmes/applications/" + id;
        });
    }

    private static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "zh";
    }

    /** The calculation is stored as Chinese and English lines in pairs; the page shows its own language's lines. */
    private static List<String> steps(String calculation, String lang) {
        if (calculation == null || calculation.isBlank()) return List.of();
        String[] lines = calculation.split("\n");
        int offset = lang.equals("en") ? 1 : 0;
        return IntStream.range(0, lines.length).filter(i -> i % 2 == offset).mapToObj(i -> lines[i]).toList();
    }

    private static BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
