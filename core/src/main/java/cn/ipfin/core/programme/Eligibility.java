package cn.ipfin.core.programme;

import cn.ipfin.core.programme.Explanation.ConditionResult;
import cn.ipfin.core.programme.Explanation.ElementResult;
import cn.ipfin.core.programme.FactModel.Facts;
import cn.ipfin.core.programme.ProgrammeDefinition.Condition;
import cn.ipfin.core.programme.ProgrammeDefinition.Element;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The one engine that evaluates every city's conditions (style.md §3): each element's expression over the facts,
 * with its evidence, never short-circuited, so the explanation lists every element that fails.
 */
public final class Eligibility {

    private Eligibility() {
    }

    public static Explanation evaluate(ProgrammeDefinition programme, Facts facts, LocalDate today, int year) {
        Map<String, Object> variables = facts.variables(today, year, programme);
        List<ConditionResult> conditions = new ArrayList<>();
        for (Condition c : programme.conditions()) {
            List<ElementResult> elements = new ArrayList<>();
            for (Element e : c.elements()) elements.add(element(c, e, variables));
            conditions.add(new ConditionResult(c.id(), c.article(), c.label(), elements));
        }
        return new Explanation(programme.key(), programme.version(), governs(programme, facts, today),
                programme.window().article(), conditions);
    }

    /**
     * Whether the programme governs this applicant today: inside its window, or after it for a project issued inside
     * it when the programme says so (Licheng 第十三条: 已发行的项目但实施时间超出有效期的，仍按本管理办法相关规定执行).
     */
    static boolean governs(ProgrammeDefinition programme, Facts facts, LocalDate today) {
        ProgrammeDefinition.Window window = programme.window();
        if (window.contains(today)) return true;
        return window.governsIssuedInside() && today.isAfter(window.to()) && facts.projects().stream()
                .anyMatch(p -> p.issued() != null && window.contains(p.issued()));
    }

    private static ElementResult element(Condition c, Element e, Map<String, Object> variables) {
        Object value = e.test().evaluate(variables);
        if (!(value instanceof Boolean passed)) {
            throw new PolicyLanguage.InvalidExpression(e.test().source(), "is not true or false but " + value);
        }
        List<String> zh = e.evidence().map(x -> words(x.zh().evaluate(variables))).orElse(List.of());
        List<String> en = e.evidence().map(x -> words(x.en().evaluate(variables))).orElse(List.of());
        return new ElementResult(c.id(), e.id(), c.article(), e.label(), passed, zh, en);
    }

    private static List<String> words(Object value) {
        if (value instanceof Collection<?> items) return items.stream().map(String::valueOf).toList();
        String s = String.valueOf(value);
        return s.isEmpty() ? List.of() : List.of(s);
    }
}
