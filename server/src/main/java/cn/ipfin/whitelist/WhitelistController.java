package cn.ipfin.whitelist;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import cn.ipfin.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.LocalDate;
import java.util.List;

/**
 * The whitelist page: the IP office generates, releases and pushes a period; a bank pre-assesses its anonymous
 * release, follows up what was pushed to it and refers authorised applicants; an enterprise sees its score explained
 * and gives or withdraws its consent. htmx forms; the page reloads on success.
 */
@Controller
class WhitelistController {

    private static final String PAGE = "/whitelist";

    private final Whitelists whitelists;
    private final BankScoring scoring;
    private final MatchmakingEvents matchmaking;
    private final ProjectLibrary library;
    private final PageActions actions;

    WhitelistController(Whitelists whitelists, BankScoring scoring, MatchmakingEvents matchmaking, ProjectLibrary library,
                        PageActions actions) {
        this.whitelists = whitelists;
        this.scoring = scoring;
        this.matchmaking = matchmaking;
        this.library = library;
        this.actions = actions;
    }

    @GetMapping(PAGE)
    String page(Actor actor, @RequestParam(required = false) String period, @RequestParam(required = false) Long rule,
                @RequestParam(required = false) Long event, Model model) {
        boolean office = actor.has(Role.IPO_OFFICER);
        boolean bank = actor.has(Role.BANK_OFFICER) || actor.has(Role.BANK_APPROVER);
        boolean enterprise = actor.has(Role.ENTERPRISE_FINANCE);
        List<Whitelists.Period> periods = whitelists.periods();
        String selected = period != null && periods.stream().anyMatch(p -> p.period().equals(period)) ? period
                : periods.isEmpty() ? null : periods.getFirst().period();
        model.addAttribute("office", office);
        model.addAttribute("bank", bank);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("periods", periods);
        model.addAttribute("period", selected);
        model.addAttribute("inputKinds", WhitelistInput.values());
        model.addAttribute("statuses", PushStatus.values());
        if (office) {
            String cardVersion = periods.stream().filter(p -> p.period().equals(selected)).findFirst()
                    .map(Whitelists.Period::cardVersion).orElse(null);
            model.addAttribute("cardVersion", cardVersion);
            model.addAttribute("cardBins", cardVersion == null ? List.of() : whitelists.cardBins(cardVersion));
            model.addAttribute("banks", whitelists.banks());

            model.addAttribute("entries", selected == null ? List.of() : whitelists.entries(actor, selected));
        }
        if (bank) {
            model.addAttribute("releaseRows", selected == null ? List.of() : whitelists.releaseFor(actor, selected));
            model.addAttribute("pushed", selected == null ? List.of() : whitelists.pushedTo(actor, selected));
            model.addAttribute("referrals", whitelists.referrals(actor));
            List<BankScoring.SubmittedRule> rules = scoring.rules(actor);
            BankScoring.SubmittedRule shown = rules.stream().filter(r -> rule != null && r.id() == rule).findFirst()
                    .orElse(rules.isEmpty() ? null : rules.getFirst());
            model.addAttribute("bankRules", rules);
            model.addAttribute("bankRule", shown);
            model.addAttribute("ruleVariables", String.join(", ", cn.ipfin.core.whitelist.BankRule.VARIABLES));
            model.addAttribute("ruleResults", shown == null || selected == null ? List.of()
                    : scoring.results(actor, shown.id(), selected));
        }
        if (enterprise) {
            model.addAttribute("standing", whitelists.standing(actor));
        }
        if (office || bank) {
            boolean published = selected != null && library.published().contains(selected);
            model.addAttribute("libraryPublished", published);
            model.addAttribute("projects", published ? library.projects(actor, selected) : List.of());
        }
        if (office) {
            model.addAttribute("preIpo", library.preIpo(actor));
        }
        List<MatchmakingEvents.Event> events = matchmaking.events(actor);
        MatchmakingEvents.Event shownEvent = events.stream().filter(e -> event != null && e.id() == event).findFirst()
                .orElse(events.isEmpty() ? null : events.getFirst());
        model.addAttribute("events", events);
        model.addAttribute("event", shownEvent);
        model.addAttribute("eventKinds", MatchmakingEvents.Kind.values());
        model.addAttribute("invitees", shownEvent == null ? List.of() : matchmaking.invitees(actor, shownEvent.id()));
        model.addAttribute("contacts", shownEvent == null ? List.of() : matchmaking.contacts(actor, shownEvent.id()));
        return "whitelist/whitelist";
    }

    @PostMapping(PAGE + "/periods")
    @ResponseBody
    String generate(Actor actor, @RequestParam String period, @RequestParam(defaultValue = "600") int minScore,
                    HttpServletResponse response) {
        return actions.run(response, PAGE, () -> PAGE + "?period=" + whitelists.generate(actor, period.strip(), minScore).period());
    }

    @PostMapping(PAGE + "/inputs")
    @ResponseBody
    String recordInput(Actor actor, @RequestParam String creditCode, @RequestParam WhitelistInput kind,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate grantedOn,
                       @RequestParam(required = false) String source, HttpServletResponse response) {
        return actions.run(response, PAGE, () -> {
            whitelists.recordInput(actor, creditCode, kind, grantedOn, source);
            return PAGE;
        });
    }

    @PostMapping(PAGE + "/{period}/releases")
    @ResponseBody
    String release(Actor actor, @PathVariable String period, @RequestParam long bankOrgId, HttpServletResponse response) {
        return actions.run(response, PAGE, () -> {
            whitelists.release(actor, period, bankOrgId);
            return PAGE + "?period=" + period;
        });
    }

    @PostMapping(PAGE + "/{period}/push")
    @ResponseBody
    String push(Actor actor, @PathVariable String period, HttpServletResponse response) {
        return actions.run(response, PAGE, () -> {
            whitelists.push(actor, period);
            return PAGE + "?period=" + period;
        });
    }

    @PostMapping(PAGE + "/{period}/assessments")
    @ResponseBody
    String assess(Actor actor, @PathVariable String period, @RequestParam String token, @RequestParam boolean interested,
                  HttpServletResponse response) {
        return actions.run(response, PAGE, () -> {
            whitelists.assess(actor, period, token, interested);
            return PAGE + "?period=" + period;
        });
    }

    @PostMapping(PAGE + "/{period}/tracking")
    @ResponseBody
    String track(Actor actor, @PathVariable String period, @RequestParam long enterpriseId, @RequestParam PushStatus status,
                 @RequestParam(required = false) String note, HttpServletResponse response) {
        return actions.run(response, PAGE, () -> {
            whitelists.track(actor, period, enterpriseId, status, note);
            return PAGE + "?period=" + period;
        });
    }

    @PostMapping(PAGE + "/referrals")
    @ResponseBody
    String refer(Actor actor, @RequestParam String creditCode, @RequestParam(required = false) String loanNo,
                 HttpServletResponse response) {
        return actions.run(response, PAGE, () -> {
            whitelists.referByCreditCode(actor, creditCode, loanNo);
            return PAGE;
        });
    }

    @PostMapping(PAGE + "/rules")
    @ResponseBody
    String submitRule(Actor actor, @RequestParam(required = false) String name, @RequestParam String expression,
                      @RequestParam(required = false) String period, HttpServletResponse response) {
        return actions.run(response, PAGE, () -> {
            long id = scoring.submit(actor, name, expression).id();
            return PAGE + "?rule=" + id + (period == null || period.isBlank() ? "" : "&period=" + period);
        });
    }

    @PostMapping(PAGE + "/{period}/rules/{rule}/run")
    @ResponseBody
    String runRule(Actor actor, @PathVariable String period, @PathVariable long rule, HttpServletResponse response) {
        return actions.run(response, PAGE, () -> {
            scoring.run(actor, rule, period);
            return PAGE + "?period=" + period + "&rule=" + rule;
        });
    }

    @PostMapping(PAGE + "/{period}/rules/{rule}/adopt")
    @ResponseBody
    String adoptRule(Actor actor, @PathVariable String period, @PathVariable long rule, HttpServletResponse response) {
        return actions.run(response, PAGE, () -> {
            scoring.adopt(actor, rule, period);
            return PAGE + "?period=" + period + "&rule=" + rule;
        });
    }

    @PostMapping(PAGE + "/{period}/library")
    @ResponseBody
    String publishLibrary(Actor actor, @PathVariable String period, HttpServletResponse response) {
        return actions.run(response, PAGE, () -> {
            library.publish(actor, period);
            return PAGE + "?period=" + period;
        });
    }

    // ---- matchmaking events ----


    @PostMapping(PAGE + "/events")
    @ResponseBody
    String planEvent(Actor actor, @RequestParam MatchmakingEvents.Kind kind, @RequestParam String title,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                     @RequestParam String venue, HttpServletResponse response) {
        return actions.run(response, PAGE, () -> PAGE + "?event=" + matchmaking.plan(actor, kind, title, heldOn, venue).id());
    }

    @PostMapping(PAGE + "/events/{event}/invitees")
    @ResponseBody
    String invite(Actor actor, @PathVariable long event, @RequestParam(required = false) Long orgId,
                  @RequestParam(required = false) String period, HttpServletResponse response) {
        return actions.run(response, PAGE, () -> {
            if (orgId != null) matchmaking.invite(actor, event, orgId);
            if (period != null && !period.isBlank()) matchmaking.inviteWhitelist(actor, event, period.strip());
            return PAGE + "?event=" + event;
        });
    }

    @PostMapping(PAGE + "/events/{event}/attendance")
    @ResponseBody
    String attendance(Actor actor, @PathVariable long event, @RequestParam long orgId, @RequestParam boolean attended,
                      HttpServletResponse response) {
        return actions.run(response, PAGE, () -> {
            matchmaking.attendance(actor, event, orgId, attended);
            return PAGE + "?event=" + event;
        });
    }

    @PostMapping(PAGE + "/events/{event}/contacts")
    @ResponseBody
    String contact(Actor actor, @PathVariable long event, @RequestParam long enterpriseId, HttpServletResponse response) {
        return actions.run(response, PAGE, () -> {
            matchmaking.contact(actor, event, enterpriseId);
            return PAGE + "?event=" + event;
        });
    }

    @PostMapping(PAGE + "/events/{event}/contacts/{enterpriseId}")
    @ResponseBody
    String followUpContact(Actor actor, @PathVariable long event, @PathVariable long enterpriseId,
                           @RequestParam MatchmakingEvents.ContactStatus status, @RequestParam(required = false) String loanNo,
                           @RequestParam(required = false) String reason, HttpServletResponse response) {
        return actions.run(response, PAGE, () -> {
            matchmaking.followUp(actor, event, enterpriseId, status, loanNo, reason);
            return PAGE + "?event=" + event;
        });
    }

    @PostMapping(PAGE + "/consent")


    @ResponseBody
    String consent(Actor actor, @RequestParam boolean given, HttpServletResponse response) {
        return actions.run(response, PAGE, () -> {
            if (given) whitelists.consent(actor); else whitelists.withdraw(actor);
            return PAGE;
        });
    }
}
