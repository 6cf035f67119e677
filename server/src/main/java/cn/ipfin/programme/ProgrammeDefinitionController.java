package cn.ipfin.programme;

import cn.ipfin.core.programme.ProgrammeDefinition;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A programme's definition as a page: /programmes/{key} (the version in force, its text to edit in place or a file to
 * upload as the next version, the history of versions with who, when, why and how many applications each governs,
 * and for the office the year's report) and /programmes/{key}/versions/{n} (that version's text and what it changed).
 * A file is checked whole before anything is stored; a refusal names the line and field in the reader's language.
 */
@Controller
class ProgrammeDefinitionController {

    private final ProgrammeDefinitions definitions;
    private final ProgrammeApplications applications;
    private final PageActions actions;
    private final Clock clock;

    ProgrammeDefinitionController(ProgrammeDefinitions definitions, ProgrammeApplications applications,
                                  PageActions actions, Clock clock) {
        this.definitions = definitions;
        this.applications = applications;
        this.actions = actions;
        this.clock = clock;
    }

    /** A version in the history: the applications it governs and the lines it changed against the one before. */
    record HistoryRow(ProgrammeDefinitions.Version version, long governs, long changedLines) {
    }

    @GetMapping("/programmes/{key:[a-z0-9-]+}")
    String programme(Actor actor, @PathVariable String key, @RequestParam(required = false) Integer year, Locale locale,
                     Model model) {
        ProgrammeDefinition current = definitions.current(key);
        int shownYear = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        model.addAttribute("programme", current);
        model.addAttribute("text", definitions.text(key, current.version()));
        model.addAttribute("parameters", current.parameters().values().stream()
                .sorted(java.util.Comparator.comparing(ProgrammeDefinition.Parameter::name)).toList());
        var governed = definitions.governed(key);
        model.addAttribute("history", definitions.history(key).stream().map(v -> new HistoryRow(v,
                governed.getOrDefault(v.version(), 0L), definitions.changes(key, v.version()).changes())).toList());
        model.addAttribute("lang", "en".equals(locale.getLanguage()) ? "en" : "zh");
        model.addAttribute("clerk", actor.has(Role.IPO_OFFICER));
        model.addAttribute("year", shownYear);
        model.addAttribute("report", actor.seesWholeDistrict() ? applications.report(actor, key, shownYear) : null);
        return "programme/definition";
    }

    @GetMapping("/programmes/{key:[a-z0-9-]+}/versions/{version}")
    String version(Actor actor, @PathVariable String key, @PathVariable int version, Locale locale, Model model) {
        ProgrammeDefinition shown = definitions.definition(key, version);
        model.addAttribute("programme", shown);
        model.addAttribute("current", definitions.current(key).version());
        model.addAttribute("entry", definitions.history(key).stream().filter(v -> v.version() == version).findFirst().orElseThrow());
        model.addAttribute("text", definitions.text(key, version));
        var changes = definitions.changes(key, version);
        model.addAttribute("changes", changes);
        model.addAttribute("hunks", version == 1 ? java.util.List.of() : changes.hunks());
        model.addAttribute("governs", definitions.governed(key).getOrDefault(version, 0L));
        model.addAttribute("lang", "en".equals(locale.getLanguage()) ? "en" : "zh");
        return "programme/version";
    }

    /** A new programme from a file (or pasted text); a file naming an existing programme becomes its next version. */
    @PostMapping("/programmes/definitions")
    @ResponseBody
    String define(Actor actor, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String text, @RequestParam(defaultValue = "") String note,
                  HttpServletResponse response) {
        return actions.run(response, () -> {
            var stored = definitions.load(actor, content(file, text), ProgrammeDefinitions.Origin.FILE, note);
            return "/programmes/" + stored.key() + "/versions/" + stored.version();
        });
    }

    /** The next version of {@code key}: the text edited on the page, or an uploaded file. */
    @PostMapping("/programmes/{key:[a-z0-9-]+}/versions")
    @ResponseBody
    String edit(Actor actor, @PathVariable String key, @RequestParam(required = false) MultipartFile file,
                @RequestParam(required = false) String text, @RequestParam(defaultValue = "") String note,
                HttpServletResponse response) {
        return actions.run(response, () -> {
            boolean uploaded = file != null && !file.isEmpty();
            var stored = definitions.edit(actor, key, content(file, text),
                    uploaded ? ProgrammeDefinitions.Origin.FILE : ProgrammeDefinitions.Origin.EDIT, note);
            return "/programmes/" + key + "/versions/" + stored.version();
        });
    }

    /** Checks the text (or file) without storing anything: the page says it is valid or names the line at fault. */
    @PostMapping("/programmes/definitions/check")
    @ResponseBody
    String check(Actor actor, @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String text) {
        ProgrammeDefinitions.requireOffice(actor);
        try {
            ProgrammeDefinition d = definitions.check(content(file, text));
            return "<p class=\"alert info\" role=\"status\">" + HtmlUtils.htmlEscape(actions.message("programme.definition.valid",
                    d.key(), d.conditions().stream().mapToInt(c -> c.elements().size()).sum())) + "</p>";
        } catch (RuleViolation e) {
            return actions.refusal(cn.ipfin.shared.Bilingual.english() ? e.en() : e.zh());
        }
    }

    private static String content(MultipartFile file, String text) {
        if (file == null || file.isEmpty()) return text == null ? "" : text.replace("\r\n", "\n");
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
