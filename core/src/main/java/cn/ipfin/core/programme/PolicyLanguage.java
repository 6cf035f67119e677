package cn.ipfin.core.programme;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;

import java.util.List;
import java.util.Map;

/**
 * The language of programme conditions: Google's CEL (Common Expression Language) over the {@link FactModel}.
 * CEL is not Turing-complete (no loops, no recursion, no assignment; its macros {@code all/exists/filter/map} run
 * over finite lists) and reaches nothing but the variables it is given — no class, method or file of the JVM — so
 * the IP office can write conditions without being able to run code. Expressions are type-checked against the fact
 * model when a definition loads, so a misspelt variable is refused then, not at evaluation.
 *
 * <p>One function is added to the standard ones: {@code sum(list)} of integers (fen), since a benefit's base is a
 * sum over loans or projects.
 */
public final class PolicyLanguage {

    private static final CelType ROW = MapType.create(SimpleType.STRING, SimpleType.DYN);
    private static final CelType ROWS = ListType.create(ROW);

    private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar(FactModel.TODAY, SimpleType.STRING)
            .addVar(FactModel.YEAR, SimpleType.INT)
            .addVar(FactModel.PARAMS, ROW)
            .addVar(FactModel.ENTERPRISE, ROW)
            .addVar(FactModel.FINANCIALS, ROWS)
            .addVar(FactModel.CREDIT, ROWS)
            .addVar(FactModel.PLEDGES, ROWS)
            .addVar(FactModel.LOANS, ROWS)
            .addVar(FactModel.PROJECTS, ROWS)
            .addFunctionDeclarations(CelFunctionDecl.newFunctionDeclaration("sum",
                    CelOverloadDecl.newGlobalOverload("sum_list", SimpleType.INT, ListType.create(SimpleType.DYN))))
            .build();

    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder()
            .addFunctionBindings(CelFunctionBinding.from("sum_list", List.class, PolicyLanguage::sum))
            .build();

    private PolicyLanguage() {
    }

    /** A compiled expression and its source text. */
    public static final class Expression {
        private final String source;
        private final CelRuntime.Program program;

        private Expression(String source, CelRuntime.Program program) {
            this.source = source;
            this.program = program;
        }

        public String source() {
            return source;
        }

        /** The value over the facts; an expression that fails (a missing key) is an error of the definition. */
        public Object evaluate(Map<String, ?> facts) {
            try {
                return program.eval(facts);
            } catch (CelEvaluationException e) {
                throw new InvalidExpression(source, e.getMessage());
            }
        }

        @Override
        public String toString() {
            return source;
        }
    }

    /**
     * Compiles and type-checks an expression.
     *
     * @throws InvalidExpression when it does not parse or names what the fact model lacks
     */
    public static Expression compile(String source) {
        try {
            CelAbstractSyntaxTree ast = COMPILER.compile(source).getAst();
            return new Expression(source, RUNTIME.createProgram(ast));
        } catch (CelValidationException | CelEvaluationException e) {
            throw new InvalidExpression(source, e.getMessage());
        }
    }

    /** An expression the language refuses, with the language's own explanation. */
    public static final class InvalidExpression extends IllegalArgumentException {
        public InvalidExpression(String source, String why) {
            super("expression `" + source + "`: " + why);
        }
    }

    private static Object sum(List<?> values) {
        long total = 0;
        for (Object v : values) {
            if (!(v instanceof Long n)) throw new IllegalArgumentException("sum() adds integers (fen), got " + v);
            total = Math.addExact(total, n);
        }
        return total;
    }
}
