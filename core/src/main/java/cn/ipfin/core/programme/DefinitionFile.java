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
import org.yaml.snakeyaml.error.MarkedYAMLException;
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
    /** As {@code programme_definition.programme_key} admits it. */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("(?=.{1,80}$)[a-z0-9]+(-[a-z0-9]+)*");

    private DefinitionFile() {
    }

    /**
     * A definition file that cannot be used: the field at fault ({@code review.quorum}), the line of the file it is on
     * (0 when the file has no such line, e.g. an empty file), and why, in Chinese and English.
     */
    public static final class InvalidDefinition extends IllegalArgumentException {
        private final String field;
        private final String zhWhy;
        private final String enWhy;
        private final int line;

        public InvalidDefinition(String field, String zhWhy, String enWhy) {
            this(field, zhWhy, enWhy, 0);
        }

        private InvalidDefinition(String field, String zhWhy, String enWhy, int line) {
            super(field + ": " + enWhy);
            this.field = field;
            this.zhWhy = zhWhy;
            this.enWhy = enWhy;
            this.line = line;
        }

        InvalidDefinition at(int line) {
            return new InvalidDefinition(field, zhWhy, enWhy, line);
        }

        public String field() {
            return field;
        }

        /** The line of the file, counted from 1; 0 when unknown. */
        public int line() {
            return line;
        }

        /** "第 12 行 review.quorum：须 1 ≤ 法定人数 ≤ 评审人数，现为 3 / 2". */
        public String zh() {
            return (line > 0 ? "第 " + line + " 行 " : "") + field + "：" + zhWhy;
        }

        /** "line 12, review.quorum: 1 ≤ quorum ≤ panel, got 3 of 2". */
        public String en() {
            return (line > 0 ? "line " + line + ", " : "") + field + ": " + enWhy;
        }
    }

    /**
     * Reads and checks a whole file: it parses, every required field is there with its type, every CEL expression
     * compiles and type-checks and gives the right kind of value on a sample applicant, and ids are unique.
     *
     * @throws InvalidDefinition naming the first field at fault and its line
     */
    public static ProgrammeDefinition parse(String text) {
        try {
            return read(text);
        } catch (InvalidDefinition e) {
            throw e.line() > 0 ? e : e.at(DefinitionLines.of(text, e.field()));
        }
    }

    private static ProgrammeDefinition read(String text) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new InvalidDefinition("file", "不是有效的 YAML：" + e.getMessage(), "not YAML: " + e.getMessage())
                    .at(e instanceof MarkedYAMLException m && m.getProblemMark() != null ? m.getProblemMark().getLine() + 1 : 0);
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
                throw new InvalidDefinition(v.path + ".value", "不是 " + kind + " 类型的值：" + value, "not a " + kind + ": " + value);
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
            if (elements.isEmpty()) throw new InvalidDefinition(c.path + ".elements", "条件至少要有一个要素", "a condition needs an element");
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
        if (!REVIEWERS.contains(by)) throw new InvalidDefinition(r.path + ".by", "应为 EXPERTS 或 THIRD_PARTY，不是 " + by, "EXPERTS or THIRD_PARTY, not " + by);
        int panel = (int) r.integer("panel");
        int quorum = (int) r.integer("quorum");
        if (panel < 1 || quorum < 1 || quorum > panel) {
            throw new InvalidDefinition(r.path + ".quorum", "须 1 ≤ 法定人数 ≤ 评审人数，现为 " + quorum + " / " + panel,
                    "1 ≤ quorum ≤ panel, got " + quorum + " of " + panel);
        }
        List<Deadline> deadlines = new ArrayList<>();
        for (Node d : n.list("deadlines")) deadlines.add(new Deadline(d.text("id"), d.label("label"), d.text("value")));
        Node w = n.child("window");
        Window window = new Window(w.date("from"), w.date("to"), w.flag("governs_issued_inside"), w.text("article"));
        if (window.to().isBefore(window.from())) throw new InvalidDefinition(w.path + ".to", "早于开始日期", "before from");
        Node bu = n.child("budget");
        Budget budget = new Budget(bu.money("per_year"), bu.flag("fees_from_budget"), bu.text("article"));
        int version = (int) n.integer("version");
        String key = n.text("key");
        if (!KEY.matcher(key).matches()) {
            throw new InvalidDefinition("key", "应为以连字符连接的小写字母与数字，至多 80 个字符（如 wuhan-2027-award）",
                    "lower-case letters and digits joined by hyphens, at most 80 characters (wuhan-2027-award)");
        }
        unique("conditions", conditions.stream().map(Condition::id).toList());
        for (int c = 0; c < conditions.size(); c++) {
            unique("conditions[" + c + "].elements", conditions.get(c).elements().stream().map(Element::id).toList());
        }
        unique("materials", materials.stream().map(Material::id).toList());
        ProgrammeDefinition definition = new ProgrammeDefinition(key, version, n.label("name"), n.text("source"),
                window, n.texts("applicants"), parameters, conditions, benefit, materials,
                new Review(by, panel, quorum, r.text("article")), deadlines, budget, text);
        tryOnSample(definition);
        return definition;
    }

    /** Ids name conditions, elements and materials in explanations and uploads, so each names one thing. */
    private static void unique(String field, List<String> ids) {
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                throw new InvalidDefinition(field + "[" + i + "].id", "id " + ids.get(i) + " 重复", "id " + ids.get(i) + " appears twice");
            }
        }
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
            throw new InvalidDefinition(field, "表达式有误：" + e.getMessage(), e.getMessage());
        }
        if (!type.isInstance(value)) {
            throw new InvalidDefinition(field, "结果为 " + value + "，不是" + (type == Long.class ? "以分计的金额" : "真或假"),
                    "gives " + value + ", not " + (type == Long.class ? "an amount in fen" : "true or false"));
        }
    }

    /** A value of the file and where it is, for messages that name the field. */
    private record Node(String path, Object value) {

        private String at(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> map() {
            if (!(value instanceof Map<?, ?> m)) throw new InvalidDefinition(path.isEmpty() ? "file" : path, "应为“名称: 值”的映射", "not a mapping");
            return (Map<String, Object>) m;
        }

        Node child(String key) {
            Object v = map().get(key);
            if (v == null) throw new InvalidDefinition(at(key), "缺少此项", "missing");
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
                case Map<?, ?> m -> throw new InvalidDefinition(path, "应为单个值，不是映射", "a value, not a mapping");
                case List<?> l -> throw new InvalidDefinition(path, "应为单个值，不是列表", "a value, not a list");
                case Date d -> d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
                case Double d -> BigDecimal.valueOf(d).toPlainString();
                default -> String.valueOf(value);
            };
        }

        boolean flag(String key) {
            return optional(key).map(v -> {
                if (!(v.value instanceof Boolean f)) throw new InvalidDefinition(v.path, "应为 true 或 false", "true or false");
                return f;
            }).orElse(false);
        }

        long integer(String key) {
            Node v = child(key);
            try {
                return Long.parseLong(v.scalar().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new InvalidDefinition(v.path, "应为整数", "a whole number");
            }
        }

        LocalDate date(String key) {
            Node v = child(key);
            try {
                return LocalDate.parse(v.scalar());
            } catch (DateTimeParseException e) {
                throw new InvalidDefinition(v.path, "应为日期 yyyy-mm-dd", "a date yyyy-mm-dd");
            }
        }

        Money money(String key) {
            Node v = child(key);
            try {
                return Money.of(v.scalar());
            } catch (RuntimeException e) {
                throw new InvalidDefinition(v.path, "应为以元计的金额", "an amount in yuan");
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
                String choices = java.util.Arrays.toString(type.getEnumConstants());
                throw new InvalidDefinition(at(key), "应为其中之一：" + choices, "one of " + choices);
            }
        }

        List<Node> list(String key) {
            Optional<Node> v = optional(key);
            if (v.isEmpty()) return List.of();
            if (!(v.get().value instanceof List<?> items)) throw new InvalidDefinition(at(key), "应为列表", "a list");
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
                throw new InvalidDefinition(path, "表达式有误：" + e.getMessage(), e.getMessage());
            }
        }

        PolicyLanguage.Expression compile(String key, String source) {
            try {
                return PolicyLanguage.compile(source);
            } catch (PolicyLanguage.InvalidExpression e) {
                throw new InvalidDefinition(at(key), "表达式有误：" + e.getMessage(), e.getMessage());
            }
        }

        String parameterName(String key, Map<String, Parameter> parameters) {
            String name = text(key);
            Parameter p = parameters.get(name);
            if (p == null) throw new InvalidDefinition(at(key), "未定义的参数：" + name, "names no parameter: " + name);
            boolean money = !key.equals("rate");
            if (money != (p.kind() == ParameterKind.YUAN) || (!money && p.kind() != ParameterKind.RATE)) {
                throw new InvalidDefinition(at(key), "参数 " + name + " 的类型为 " + p.kind(), name + " is a " + p.kind());
            }
            return name;
        }
    }
}
