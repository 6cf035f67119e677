package cn.ipfin.core.programme;

import cn.ipfin.core.programme.ProgrammeDefinition.Label;

import java.util.List;

/**
 * Why an applicant is or is not eligible: every condition, every element with pass/fail, the evidence it used and
 * the article it implements. Shown as it is to the enterprise before it applies and to the reviewers after.
 */
public record Explanation(String programme, int version, boolean inWindow, String windowArticle,
                          List<ConditionResult> conditions) {

    public Explanation {
        conditions = List.copyOf(conditions);
    }

    public boolean eligible() {
        return inWindow && conditions.stream().allMatch(ConditionResult::passed);
    }

    /** The elements that failed, in the definition's order. */
    public List<ElementResult> failures() {
        return conditions.stream().flatMap(c -> c.elements().stream()).filter(e -> !e.passed()).toList();
    }

    public record ConditionResult(String id, String article, Label label, List<ElementResult> elements) {
        public ConditionResult {
            elements = List.copyOf(elements);
        }

        public boolean passed() {
            return elements.stream().allMatch(ElementResult::passed);
        }
    }

    /**
     * One element's outcome; {@code evidenceZh}/{@code evidenceEn} the facts it read, in each language's words
     * ("成立于 2025-06-01" / "established 2025-06-01"), so a page never mixes the two.
     */
    public record ElementResult(String condition, String id, String article, Label label, boolean passed,
                                List<String> evidenceZh, List<String> evidenceEn) {
        public ElementResult {
            evidenceZh = List.copyOf(evidenceZh);
            evidenceEn = List.copyOf(evidenceEn);
        }

        /** The evidence in the page's language ("en", else Chinese). */
        public List<String> evidence(String language) {
            return "en".equals(language) ? evidenceEn : evidenceZh;
        }

        /** "Licheng 第七条(二) 成立满一年：不符合（成立于 2025-06-01）". */
        public String zh() {
            return article + " " + label.zh() + "：" + (passed ? "符合" : "不符合")
                    + (evidenceZh.isEmpty() ? "" : "（" + String.join("；", evidenceZh) + "）");
        }

        public String en() {
            return article + " " + label.en() + ": " + (passed ? "met" : "not met")
                    + (evidenceEn.isEmpty() ? "" : " (" + String.join("; ", evidenceEn) + ")");
        }
    }
}
