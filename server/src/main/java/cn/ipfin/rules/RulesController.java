package cn.ipfin.rules;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rule catalogue's page: every signed-in role reads it (the IP office and auditors above all). */
@Controller
class RulesController {

    private static final Pattern PARAMETER = Pattern.compile("\\{[a-zA-Z]+}");

    /** A piece of a message: words, or a parameter's name (shown as code). */
    record Piece(String text, boolean parameter) {
    }

    record Row(String code, String citation, List<Piece> message, List<String> parameters) {
    }

    record SourceView(String source, String kind, List<Row> rows) {
    }

    record CapabilityView(String capability, List<SourceView> sources) {
    }

    @GetMapping("/rules")
    String rules(Model model) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        List<CapabilityView> capabilities = RuleCatalogue.grouped().stream().map(c -> new CapabilityView(c.capability(),
                c.sources().stream().map(s -> new SourceView(s.source(), s.kind().name(), s.rules().stream()
                        .map(r -> new Row(r.code(), r.citation(), pieces(english ? r.en() : r.zh()), r.parameters()))
                        .toList())).toList())).toList();
        model.addAttribute("capabilities", capabilities);
        model.addAttribute("count", RuleCatalogue.all().size());
        return "rules/rules";
    }

    private static List<Piece> pieces(String template) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = PARAMETER.matcher(template);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) pieces.add(new Piece(template.substring(at, m.start()), false));
            pieces.add(new Piece(m.group(), true));
            at = m.end();
        }
        if (at < template.length()) pieces.add(new Piece(template.substring(at), false));
        return pieces;
    }
}
