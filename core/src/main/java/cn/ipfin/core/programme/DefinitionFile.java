package cn.ipfin.core.programme;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.programme.ProgrammeDefinition.Benefit;
import cn.ipfin.core.programme.ProgrammeDefinition.Budget;
import cn.ipfin.core.programme.ProgrammeDefinition.Condition;
import cn.ipfin.core.programme.ProgrammeDefinition.Deadline;
import cn.ipfin.core.programme.ProgrammeDefinition.Element;
import cn.ipfin.core.programme.ProgrammeDefinition.Evidence;
import cn.ipfin.core.programme.ProgrammeDefinition.Label;
import cn.ipfin.core.programme.ProgrammeDefinition.Material;
import cn.ipfin.core.programme.ProgrammeDefinition.Parameter;
import cn.ipfin.core.programme.ProgrammeDefinition.ParameterKind;
import cn.ipfin.core.programme.ProgrammeDefinition.Review;
import cn.ipfin.core.programme.ProgrammeDefinition.Window;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a programme definition file (YAML; the presets in {@code core/src/main/resources/programmes} show every
 * field). SnakeYAML's safe constructor builds only maps, lists and scalars — a file cannot name a Java type — and
 * every expression is compiled, so a file either loads whole or is refused with the field that is wrong.
 */
public final class DefinitionFile {

    private static final Set<String> REVIEWERS = Set.of("EXPERTS", "THIRD_PARTY");

    private DefinitionFile() {
    }

    /** A definition file that cannot be used, with the field at fault, in Chinese and English. */
    public static final class InvalidDefinition extends IllegalArgumentException {
        private final String field;

        public InvalidDefinition(String field, String why) {
            super(field + ": " + why);
            this.field = field;
        }

        public String field() {
            return field;
        }

        public String zh() {
            return "政策定义文件有误，" + field + "：" + getMessage().substring(field.length() + 2);
        }
    }

    public static ProgrammeDefinition parse(String text) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new InvalidDefinition("file", "not YAML: " + e.getMessage());
        }
        Node n = new Node("", root);
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, Node> p : n.optionalMap("parameters").entrySet()) {
            Node v = p.getValue();
            ParameterKind kind = v.choice("kind", ParameterKind.class);
            String value = v.text("value");
            try {
                switch (kind) {
                    case YUAN -> Money.of(value);
                    case RATE -> new BigDecimal(value);
                    case INT -> Long.parseLong(value);
                    case TEXT -> { }
                }
            } catch (RuntimeException e) {
                throw new InvalidDefinition(v.path + ".value", "not a " + kind + ": " + value);
            }
            parameters.put(p.getKey(), new Parameter(p.getKey(), kind, value, v.flag("open"), v.label("label"),
                    v.optionalText("article").orElse("")));
        }
        List<Condition> conditions = new ArrayList<>();
        for (Node c : n.list("conditions")) {
            List<Element> elements = new ArrayList<>();
            for (Node e : c.list("elements")) {
                elements.add(new Element(e.text("id"), e.label("label"), e.expression("test"),
                        e.optional("evidence").map(Node::evidence)));
            }
            if (elements.isEmpty()) throw new InvalidDefinition(c.path + ".elements", "a condition needs an element");
            conditions.add(new Condition(c.text("id"), c.text("article"), c.label("label"), elements));
        }
        Node b = n.child("benefit");
        Benefit benefit = new Benefit(b.text("article"), b.label("label"), b.label("base_label"), b.expression("base"),
                b.parameterName("rate", parameters), b.optionalText("ceiling").map(x -> b.parameterName("ceiling", parameters)),
                b.optionalText("cap_per_enterprise").map(x -> b.parameterName("cap_per_enterprise", parameters)));
        List<Material> materials = new ArrayList<>();
        for (Node m : n.list("materials")) {
            materials.add(new Material(m.text("id"), m.label("label"), m.text("article"),
                    m.texts("types"), m.integer("max_bytes"), m.flag("commitment")));
        }
        Node r = n.child("review");
        String by = r.text("by");
        if (!REVIEWERS.contains(by)) throw new InvalidDefinition(r.path + ".by", "EXPERTS or THIRD_PARTY, not " + by);
        int panel = (int) r.integer("panel");
        int quorum = (int) r.integer("quorum");
        if (panel < 1 || quorum < 1 || quorum > panel) {
            throw new InvalidDefinition(r.path + ".quorum", "1 ≤ quorum ≤ panel, got " + quorum + " of " + panel);
        }
        List<Deadline> deadlines = new ArrayList<>();
        for (Node d : n.list("deadlines")) deadlines.add(new Deadline(d.text("id"), d.label("label"), d.text("value")));
        Node w = n.child("window");
        Window window = new Window(w.date("from"), w.date("to"), w.flag("governs_issued_inside"), w.text("article"));
        if (window.to().isBefore(window.from())) throw new InvalidDefinition(w.path + ".to", "before from");
        Node bu = n.child("budget");
        Budget budget = new Budget(bu.money("per_year"), bu.flag("fees_from_budget"), bu.text("article"));
        int version = (int) n.integer("version");
        ProgrammeDefinition definition = new ProgrammeDefinition(n.text("key"), version, n.label("name"), n.text("source"),
                window, n.texts("applicants"), parameters, conditions, benefit, materials,
                new Review(by, panel, quorum, r.text("article")), deadlines, budget, text);
        tryOnSample(definition);
        return definition;
    }

    /**
     * Evaluates every expression once over a sample applicant that has every fact of the model: a field the model
     * lacks ({@code enterprise.salary} type-checks, since rows are maps) or a result of the wrong type is refused
     * when the file loads rather than when an enterprise asks.
     */
    private static void tryOnSample(ProgrammeDefinition d) {
        var variables = FactModel.sample().variables(d.window().from(), d.window().from().getYear(), d);
        for (int c = 0; c < d.conditions().size(); c++) {
            var condition = d.conditions().get(c);
            for (int e = 0; e < condition.elements().size(); e++) {
                var element = condition.elements().get(e);
                String at = "conditions[" + c + "].elements[" + e + "]";
                expect(at + ".test", element.test(), variables, Boolean.class);
                if (element.evidence().isPresent()) {
                    expect(at + ".evidence.zh", element.evidence().get().zh(), variables, Object.class);
                    expect(at + ".evidence.en", element.evidence().get().en(), variables, Object.class);
                }
            }
        }
        expect("benefit.base", d.benefit().base(), variables, Long.class);
    }

    private static void expect(String field, PolicyLanguage.Expression x, Map<String, Object> variables, Class<?> type) {
        Object value;
        try {
            value = x.evaluate(variables);
        } catch (PolicyLanguage.InvalidExpression e) {
            throw new InvalidDefinition(field, e.getMessage());
        }
        if (!type.isInstance(value)) {
            throw new InvalidDefinition(field, "gives " + value + ", not " + (type == Long.class ? "an amount in fen" : "true or false"));
        }
    }

    /** A value of the file and where it is, for messages that name the field. */
    private record Node(String path, Object value) {

        private String at(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> map() {
            if (!(value instanceof Map<?, ?> m)) throw new InvalidDefinition(path.isEmpty() ? "file" : path, "not a mapping");
            return (Map<String, Object>) m;
        }

        Node child(String key) {
            Object v = map().get(key);
            if (v == null) throw new InvalidDefinition(at(key), "missing");
            return new Node(at(key), v);
        }

        Optional<Node> optional(String key) {
            Object v = map().get(key);
            return v == null ? Optional.empty() : Optional.of(new Node(at(key), v));
        }

        String text(String key) {
            return child(key).scalar();
        }

        Optional<String> optionalText(String key) {
            return optional(key).map(Node::scalar);
        }

        private String scalar() {
            return switch (value) {
                case Map<?, ?> m -> throw new InvalidDefinition(path, "a value, not a mapping");
                case List<?> l -> throw new InvalidDefinition(path, "a value, not a list");
                case Date d -> d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
                case Double d -> BigDecimal.valueOf(d).toPlainString();
                default -> String.valueOf(value);
            };
        }

        boolean flag(String key) {
            return optional(key).map(v -> {
                if (!(v.value instanceof Boolean f)) throw new InvalidDefinition(v.path, "true or false");
                return f;
            }).orElse(false);
        }

        long integer(String key) {
            Node v = child(key);
            try {
                return Long.parseLong(v.scalar().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new InvalidDefinition(v.path, "a whole number");
            }
        }

        LocalDate date(String key) {
            Node v = child(key);
            try {
                return LocalDate.parse(v.scalar());
            } catch (DateTimeParseException e) {
                throw new InvalidDefinition(v.path, "a date yyyy-mm-dd");
            }
        }

        Money money(String key) {
            Node v = child(key);
            try {
                return Money.of(v.scalar());
            } catch (RuntimeException e) {
                throw new InvalidDefinition(v.path, "an amount in yuan");
            }
        }

        Label label(String key) {
            Node v = child(key);
            return new Label(v.text("zh"), v.text("en"));
        }

        <E extends Enum<E>> E choice(String key, Class<E> type) {
            String s = text(key);
            try {
                return Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                throw new InvalidDefinition(at(key), "one of " + java.util.Arrays.toString(type.getEnumConstants()));
            }
        }

        List<Node> list(String key) {
            Optional<Node> v = optional(key);
            if (v.isEmpty()) return List.of();
            if (!(v.get().value instanceof List<?> items)) throw new InvalidDefinition(at(key), "a list");
            List<Node> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) out.add(new Node(at(key) + "[" + i + "]", items.get(i)));
            return out;
        }

        List<String> texts(String key) {
            return list(key).stream().map(Node::scalar).toList();
        }

        Map<String, Node> optionalMap(String key) {
            Map<String, Node> out = new LinkedHashMap<>();
            optional(key).ifPresent(v -> v.map().forEach((k, x) -> out.put(k, new Node(v.at(k), x))));
            return out;
        }

        PolicyLanguage.Expression expression(String key) {
            return compile(key, text(key));
        }

        /** {@code evidence: "expr"} for both languages, or {@code evidence: {zh: "expr", en: "expr"}}. */
        Evidence evidence() {
            if (!(value instanceof Map<?, ?>)) {
                PolicyLanguage.Expression both = compileHere(scalar());
                return new Evidence(both, both);
            }
            return new Evidence(compile("zh", text("zh")), compile("en", text("en")));
        }

        private PolicyLanguage.Expression compileHere(String source) {
            try {
                return PolicyLanguage.compile(source);
            } catch (PolicyLanguage.InvalidExpression e) {
                throw new InvalidDefinition(path, e.getMessage());
            }
        }

        PolicyLanguage.Expression compile(String key, String source) {
            try {
                return PolicyLanguage.compile(source);
            } catch (PolicyLanguage.InvalidExpression e) {
                throw new InvalidDefinition(at(key), e.getMessage());
            }
        }

        String parameterName(String key, Map<String, Parameter> parameters) {
            String name = text(key);
            Parameter p = parameters.get(name);
            if (p == null) throw new InvalidDefinition(at(key), "names no parameter: " + name);
            boolean money = !key.equals("rate");
            if (money != (p.kind() == ParameterKind.YUAN) || (!money && p.kind() != ParameterKind.RATE)) {
                throw new InvalidDefinition(at(key), name + " is a " + p.kind());
            }
            return name;
        }
    }
}
