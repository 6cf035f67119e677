package cn.ipfin.shared;

import cn.ipfin.core.lending.Decision;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.MoneyFormat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A named refusal (issue 14): a stable code whose first part is the capability it belongs to
 * ({@code lending.registered-before-disbursement}), what it implements (a seed and its article, a law or
 * regulation, or {@code platform} for our own rules), and its message in Chinese and English with named parameters
 * ({@code {asset}}). Services refuse through a rule ({@code throw LendingRules.X.violation(asset)}); no message is
 * written at the place it is thrown, so the catalogue ({@code /rules}) lists every refusal the platform gives.
 *
 * <p>A rule whose check and words live in a {@code core} engine ({@link Decision}) names the engine's rule id in
 * {@code decidedBy}; its templates then describe the engine's message for the catalogue, and a refusal carries the
 * engine's own words.
 *
 * @param parameters the names of the template's parameters, in the order {@link #violation} takes their values
 */
public record Rule(String code, String citation, String zh, String en, List<String> parameters, String decidedBy) {

    public static final String PLATFORM = "platform";
    private static final Pattern CODE = Pattern.compile("[a-z]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");

    public Rule {
        if (!CODE.matcher(code).matches()) throw new IllegalArgumentException("a rule code is lower-case words: " + code);
        if (citation == null || citation.isBlank()) throw new IllegalArgumentException(code + " cites nothing");
        parameters = List.copyOf(parameters);
        // a language may leave a parameter out (an English sentence that says "the park" without naming it)
        Set<String> declared = Set.copyOf(parameters);
        Set<String> used = new LinkedHashSet<>(placeholders(zh));
        used.addAll(placeholders(en));
        if (!used.equals(declared) || parameters.size() != declared.size()) {
            throw new IllegalArgumentException(code + ": the messages' parameters " + placeholders(zh) + " / "
                    + placeholders(en) + " are not the declared " + parameters);
        }
    }

    public static Rule of(String code, String citation, String zh, String en, String... parameters) {
        return new Rule(code, citation, zh, en, List.of(parameters), null);
    }

    /** A rule a core engine decides and words (its {@link Decision.Reason#rule()} is {@code engineRule}). */
    public static Rule decidedBy(String engineRule, String code, String citation, String zh, String en, String... parameters) {
        return new Rule(code, citation, zh, en, List.of(parameters), engineRule);
    }

    /**
     * The rules a catalogue class declares (its public static final fields), in the order the JVM lists them (as
     * declared, on HotSpot).
     */
    public static List<Rule> declaredIn(Class<?> catalogue) {
        List<Rule> rules = new ArrayList<>();
        for (java.lang.reflect.Field f : catalogue.getFields()) {
            int m = f.getModifiers();
            if (f.getType() == Rule.class && java.lang.reflect.Modifier.isStatic(m) && java.lang.reflect.Modifier.isFinal(m)) {
                try {
                    rules.add((Rule) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return List.copyOf(rules);
    }

    /** The capability (module) the rule belongs to: the first part of its code. */
    public String capability() {
        return code.substring(0, code.indexOf('.'));
    }

    /** What the rule implements: a local policy document (seed), a law or regulation, or our own platform rule. */
    public CitationKind citationKind() {
        if (citation.equals(PLATFORM)) return CitationKind.PLATFORM;
        return SEED.matcher(citation).find() ? CitationKind.SEED : CitationKind.LAW;
    }

    public enum CitationKind { SEED, LAW, PLATFORM }

    private static final Pattern SEED = Pattern.compile("Licheng|Jiyuan|Longnan|Ezhou|Shenzhen|\\b00[0-4]\\b");

    /** The refusal, the values given in the order of {@link #parameters()}. */
    public RuleViolation violation(Object... values) {
        return new RuleViolation(List.of(reason(values)));
    }

    /** Collects the refusals of several checks, so the caller hears every reason at once. */
    public static Check check() {
        return new Check();
    }

    /**
     * The refusal a core engine decided, each reason under the rule of the catalogue that names its engine rule.
     *
     * @throws IllegalStateException when a reason's engine rule is in none of {@code known} (a rule missing from
     *                               the catalogue is a programming error, not the caller's)
     */
    public static RuleViolation refusal(Decision decision, Collection<Rule> known) {
        if (decision.isAllowed()) throw new IllegalArgumentException("an allowed decision refuses nothing");
        return new RuleViolation(reasons(decision, known));
    }

    private static List<RuleViolation.Reason> reasons(Decision decision, Collection<Rule> known) {
        List<RuleViolation.Reason> reasons = new ArrayList<>();
        for (Decision.Reason r : decision.reasons()) {
            Rule rule = known.stream().filter(k -> r.rule().equals(k.decidedBy())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no catalogued rule decided by " + r.rule()));
            reasons.add(new RuleViolation.Reason(rule, r.zh(), r.en()));
        }
        return reasons;
    }

    RuleViolation.Reason reason(Object... values) {
        if (values.length != parameters.size()) {
            throw new IllegalArgumentException(code + " takes " + parameters + ", given " + values.length + " values");
        }
        return new RuleViolation.Reason(this, fill(zh, values, false), fill(en, values, true));
    }

    private String fill(String template, Object[] values, boolean english) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values[parameters.indexOf(m.group(1))];
            m.appendReplacement(out, Matcher.quoteReplacement(words(value, english)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A value in the message's language: money as the tables show it, lists joined as each language joins them. */
    private static String words(Object value, boolean english) {
        return switch (value) {
            case null -> "";
            case Money money -> english ? MoneyFormat.yuanEn(money) : MoneyFormat.figure(money);
            case Words w -> english ? w.en() : w.zh();
            case Collection<?> items -> items.stream().map(i -> words(i, english))
                    .collect(Collectors.joining(english ? ", " : "、"));
            default -> String.valueOf(value);
        };
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PARAMETER.matcher(template);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    /** A parameter's value that differs by language (a state's Chinese name and its code). */
    public record Words(String zh, String en) {
    }

    /** Several checks, refused together. */
    public static final class Check {
        private final List<RuleViolation.Reason> reasons = new ArrayList<>();

        public Check refuseIf(boolean condition, Rule rule, Object... values) {
            if (condition) reasons.add(rule.reason(values));
            return this;
        }

        /** A rule a core engine words ({@link #decidedBy}): the refusal carries the engine's words. */
        public Check refuseInWords(boolean condition, Rule rule, String zh, String en) {
            if (condition) reasons.add(new RuleViolation.Reason(rule, zh, en));
            return this;
        }

        /** Adds the reasons of a core engine's decision. */
        public Check and(Decision decision, Collection<Rule> known) {
            reasons.addAll(reasons(decision, known));
            return this;
        }

        public void orRefuse() {
            if (!reasons.isEmpty()) throw new RuleViolation(reasons);
        }
    }
}
