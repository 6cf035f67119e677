package cn.ipfin.core.programme;

import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a government support programme, as its definition file states it (issue 16): who may apply, when,
 * on which conditions, for how much, with which materials and which review. Read from a file by
 * {@link DefinitionFile}; its expressions are compiled CEL ({@link PolicyLanguage}), so a definition that loaded
 * is one that can be evaluated.
 *
 * @param key         stable name of the programme across versions ({@code ezhou-2024-interest-subsidy})
 * @param version     the definition's version number; each edit is a new version
 * @param source      the document the programme implements, cited in every explanation
 * @param applicants  organisation types that may apply ({@code ENTERPRISE}, {@code BANK} …)
 * @param parameters  named values the expressions and the benefit read; an open one is a value the source document
 *                    leaves to the programme's office, marked so on every page that shows it
 */
public record ProgrammeDefinition(String key, int version, Label name, String source, Window window,
                                  List<String> applicants, Map<String, Parameter> parameters,
                                  List<Condition> conditions, Benefit benefit, List<Material> materials,
                                  Review review, List<Deadline> deadlines, Budget budget, String text) {

    public ProgrammeDefinition {
        applicants = List.copyOf(applicants);
        parameters = Map.copyOf(parameters);
        conditions = List.copyOf(conditions);
        materials = List.copyOf(materials);
        deadlines = List.copyOf(deadlines);
    }

    /** Chinese and English words for one thing. */
    public record Label(String zh, String en) {
        /** The words in a page's language: "en", else Chinese. */
        public String in(String language) {
            return "en".equals(language) ? en : zh;
        }

    }

    /**
     * When the programme accepts applications; {@code governsIssuedInside}: a project issued inside the window
     * stays governed by it after the window ends (Licheng 第十三条).
     */
    public record Window(LocalDate from, LocalDate to, boolean governsIssuedInside, String article) {
        public boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    /** A named value; {@code open}: the source document leaves it to the office (its value here is a default). */
    public record Parameter(String name, ParameterKind kind, String value, boolean open, Label label, String article) {

        /** The value as CEL sees it: money in fen (int), a rate or percentage as a double only for display. */
        Object celValue() {
            return switch (kind) {
                case YUAN -> Money.of(value).toFen();
                case INT -> Long.parseLong(value);
                case RATE -> Double.parseDouble(value);
                case TEXT -> value;
            };
        }

        public BigDecimal decimal() {
            return new BigDecimal(value);
        }
    }

    public enum ParameterKind { YUAN, RATE, INT, TEXT }

    /** One condition of eligibility (Licheng 第七条(二)); it holds when every element holds. */
    public record Condition(String id, String article, Label label, List<Element> elements) {
        public Condition {
            elements = List.copyOf(elements);
        }
    }

    /**
     * One element of a condition ("established one year or more"): a CEL expression over the fact model that must be
     * true, and an optional CEL expression whose value is shown as the evidence used (a string or a list of strings).
     */
    public record Element(String id, Label label, PolicyLanguage.Expression test, Optional<Evidence> evidence) {
    }

    /**
     * The evidence an element shows, one expression per language, since a page shows one language only; a file may
     * give one expression for both when it names only references ("L1 P-7").
     */
    public record Evidence(PolicyLanguage.Expression zh, PolicyLanguage.Expression en) {
    }

    /**
     * The benefit: {@code rate} of the {@code base} (an expression giving fen), at most {@code ceiling} per
     * application and {@code capPerEnterprise} per enterprise and year across all its applications. Rates and caps
     * name parameters. The rate is a ceiling an assessment may lower (Ezhou 003 §四 经综合评估).
     */
    public record Benefit(String article, Label label, Label baseLabel, PolicyLanguage.Expression base, String rate,
                          Optional<String> ceiling, Optional<String> capPerEnterprise) {
    }

    /** A required material; {@code types} the accepted file extensions, {@code maxBytes} its largest size. */
    public record Material(String id, Label label, String article, List<String> types, long maxBytes, boolean commitment) {
        public Material {
            types = List.copyOf(types);
        }
    }

    /** Who reviews ({@code EXPERTS} or {@code THIRD_PARTY}), how many, and how many opinions decide. */
    public record Review(String by, int panel, int quorum, String article) {
    }

    /** A dated step ({@code apply-by}, {@code decide-within-days}). */
    public record Deadline(String id, Label label, String value) {
    }

    /** The money available per year, and whether review fees are paid from it (Licheng 第十条). */
    public record Budget(Money perYear, boolean feesFromBudget, String article) {
    }

    public Parameter parameter(String name) {
        Parameter p = parameters.get(name);
        if (p == null) throw new IllegalArgumentException(key + " has no parameter " + name);
        return p;
    }

    /** The parameters the source document leaves open. */
    public List<Parameter> openParameters() {
        return parameters.values().stream().filter(Parameter::open).sorted(java.util.Comparator.comparing(Parameter::name)).toList();
    }
}
