package cn.ipfin.rules;

import cn.ipfin.asset.AssetRules;
import cn.ipfin.lending.LendingRules;
import cn.ipfin.programme.ProgrammeRules;
import cn.ipfin.reference.ReferenceRules;
import cn.ipfin.riskshare.RiskShareRules;
import cn.ipfin.securitization.SecuritizationRules;
import cn.ipfin.servicing.ServicingRules;
import cn.ipfin.shared.ApiRules;
import cn.ipfin.supervision.PerformanceRules;
import cn.ipfin.supervision.SupervisionRules;
import cn.ipfin.shared.Rule;
import cn.ipfin.valuation.ValuationRules;
import cn.ipfin.whitelist.WhitelistRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every rule of every capability, grouped as the catalogue shows them: by capability, then by what the rules
 * implement — each seed (000 Licheng … 004 Shenzhen), each law or regulation, and the platform's own rules last.
 */
public final class RuleCatalogue {

    /** The capabilities' catalogue classes, in the order of the module map. */
    static final List<Class<?>> BOOKS = List.of(AssetRules.class, ReferenceRules.class, ValuationRules.class,
            LendingRules.class, ServicingRules.class, ProgrammeRules.class, RiskShareRules.class,
            SecuritizationRules.class, WhitelistRules.class, SupervisionRules.class, PerformanceRules.class, ApiRules.class);

    private static final Pattern SEED = Pattern.compile("(?<city>Licheng|Jiyuan|Longnan|Ezhou|Shenzhen)|\\b(?<no>00[0-4])\\b");
    private static final List<String> CITIES = List.of("Licheng", "Jiyuan", "Longnan", "Ezhou", "Shenzhen");
    private static final Pattern ARTICLE = Pattern.compile("\\s*第[一二三四五六七八九十百]+条.*$");

    private RuleCatalogue() {
    }

    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        for (Class<?> book : BOOKS) rules.addAll(Rule.declaredIn(book));
        return List.copyOf(rules);
    }

    /** One capability's rules, by source. */
    public record Capability(String capability, List<Source> sources) {
    }

    /**
     * The rules that implement one source.
     *
     * @param source "004 Shenzhen" for a seed, the law's or regulation's name, or "platform"
     */
    public record Source(String source, Rule.CitationKind kind, List<Rule> rules) {
    }

    public static List<Capability> grouped() {
        Map<String, Map<String, List<Rule>>> byCapability = new LinkedHashMap<>();
        for (Rule rule : all()) {
            byCapability.computeIfAbsent(rule.capability(), c -> new LinkedHashMap<>())
                    .computeIfAbsent(source(rule), s -> new ArrayList<>()).add(rule);
        }
        List<Capability> capabilities = new ArrayList<>();
        byCapability.forEach((capability, bySource) -> capabilities.add(new Capability(capability, bySource.entrySet().stream()
                .map(e -> new Source(e.getKey(), e.getValue().getFirst().citationKind(), List.copyOf(e.getValue())))
                .sorted(Comparator.comparing((Source s) -> s.kind().ordinal()).thenComparing(Source::source))
                .toList())));
        return List.copyOf(capabilities);
    }

    /** What a rule's citation names without its article: "004 Shenzhen", "专利法", or "platform". */
    static String source(Rule rule) {
        return switch (rule.citationKind()) {
            case PLATFORM -> Rule.PLATFORM;
            case SEED -> {
                Matcher m = SEED.matcher(rule.citation());
                String no = null;
                while (m.find() && no == null) {
                    no = m.group("no") != null ? m.group("no") : "00" + CITIES.indexOf(m.group("city"));
                }
                yield no + " " + CITIES.get(no.charAt(2) - '0');
            }
            case LAW -> ARTICLE.matcher(rule.citation()).replaceFirst("").strip();
        };
    }
}
