package cn.ipfin.core.whitelist;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bank's own scoring rule, run inside the platform over a release (seed 004 (十三) "usable but invisible"): a CEL
 * expression whose only variables are the generalised features the bank was released anyway, so a rule cannot
 * reach a name, a credit code, an id, an exact figure or even the token — a rule naming any of them does not compile.
 * CEL has no loops, no I/O and no access to the JVM. A boolean rule is a decision, a numeric one a score; the bank
 * gets back the token and that result, nothing else.
 *
 * <p>Each numeric range the bank sees ("3-5", "51+", "*") is given as {@code <name>_min} and {@code <name>_max};
 * an open or suppressed range's maximum is {@link #OPEN} and a suppressed range's minimum 0.
 */
public final class BankRule {

    /** The maximum of an open ("51+") or suppressed ("*") range. */
    public static final long OPEN = 999_999_999L;

    /** Long enough for any sensible rule, short enough that nobody ships a program through the form. */
    public static final int MAX_LENGTH = 2000;

    /** The variables a rule sees, all from the released ranges; nothing identifying is declared. */
    public static final List<String> VARIABLES = List.of("industry", "region", "years_min", "years_max",
            "revenue_wan_min", "revenue_wan_max", "patents_min", "patents_max", "score_min", "score_max");

    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:-(\\d+)|(\\+))?");

    private static final CelCompiler COMPILER = compiler();
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

    public enum Kind { DECISION, SCORE }

    /** One result as the bank receives it: the token and the rule's decision or score. */
    public record Outcome(String token, Boolean accepted, BigDecimal score) {
    }

    private final String source;
    private final Kind kind;
    private final CelRuntime.Program program;

    private BankRule(String source, Kind kind, CelRuntime.Program program) {
        this.source = source;
        this.kind = kind;
        this.program = program;
    }

    /** @throws InvalidRule when it does not parse, names anything but the released features, or is neither boolean nor numeric */
    public static BankRule compile(String source) {
        if (source == null || source.isBlank()) throw new InvalidRule(String.valueOf(source), "empty rule");
        if (source.length() > MAX_LENGTH) throw new InvalidRule(source.substring(0, 40) + "…", "longer than " + MAX_LENGTH);
        try {
            CelAbstractSyntaxTree ast = COMPILER.compile(source).getAst();
            CelKind result = ast.getResultType().kind();
            Kind kind = switch (result) {
                case BOOL -> Kind.DECISION;
                case INT, UINT, DOUBLE -> Kind.SCORE;
                default -> throw new InvalidRule(source, "a rule gives a decision (true/false) or a score (a number), not " + result);
            };
            return new BankRule(source, kind, RUNTIME.createProgram(ast));
        } catch (CelValidationException | CelEvaluationException e) {
            throw new InvalidRule(source, e.getMessage());
        }
    }

    public String source() {
        return source;
    }

    public Kind kind() {
        return kind;
    }

    /** The rule over every row of a release, in its order. */
    public List<Outcome> run(List<ReleasedCandidate> release) {
        List<Outcome> outcomes = new ArrayList<>();
        for (ReleasedCandidate row : release) {
            outcomes.add(apply(row));
        }
        return outcomes;
    }

    public Outcome apply(ReleasedCandidate row) {
        Object value;
        try {
            value = program.eval(variables(row));
        } catch (CelEvaluationException e) {
            throw new InvalidRule(source, e.getMessage());
        }
        return switch (value) {
            case Boolean accepted -> new Outcome(row.token(), accepted, null);
            case Long n -> new Outcome(row.token(), null, BigDecimal.valueOf(n));
            case Double d when Double.isFinite(d) ->
                    new Outcome(row.token(), null, BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP));
            default -> throw new InvalidRule(source, "gave " + value + " for a row");
        };
    }

    /** What a rule sees of one row: its released ranges as numbers, never its token. */
    static Map<String, Object> variables(ReleasedCandidate row) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("industry", row.feature(QuasiIdentifier.INDUSTRY));
        vars.put("region", row.feature(QuasiIdentifier.REGION));
        range(vars, "years", row.feature(QuasiIdentifier.YEARS_ESTABLISHED));
        range(vars, "revenue_wan", row.feature(QuasiIdentifier.REVENUE));
        range(vars, "patents", row.feature(QuasiIdentifier.PATENTS));
        range(vars, "score", row.feature(QuasiIdentifier.SCORE));
        return vars;
    }

    private static void range(Map<String, Object> vars, String name, String released) {
        long min = 0;
        long max = OPEN;
        Matcher m = RANGE.matcher(released == null ? QuasiIdentifier.ANY : released);
        if (m.matches()) {
            min = Long.parseLong(m.group(1));
            max = m.group(2) != null ? Long.parseLong(m.group(2)) : m.group(3) != null ? OPEN : min;
        }
        vars.put(name + "_min", min);
        vars.put(name + "_max", max);
    }

    private static CelCompiler compiler() {
        var builder = CelCompilerFactory.standardCelCompilerBuilder().setStandardMacros(CelStandardMacro.STANDARD_MACROS);
        for (String variable : VARIABLES) {
            builder.addVar(variable, variable.equals("industry") || variable.equals("region") ? SimpleType.STRING : SimpleType.INT);
        }
        return builder.build();
    }

    /** A rule refused, with the language's own explanation. */
    public static final class InvalidRule extends IllegalArgumentException {
        public InvalidRule(String source, String why) {
            super("rule `" + source + "`: " + why);
        }
    }
}
