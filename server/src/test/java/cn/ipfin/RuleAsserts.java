package cn.ipfin;

import cn.ipfin.shared.RuleViolation;
import org.assertj.core.api.ThrowingConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** What a refusal is: by which catalogued rules (issue 14), so a test names the rule it triggers. */
public final class RuleAsserts {

    private RuleAsserts() {
    }

    /** For {@code assertThatThrownBy(…).satisfies(refusedBy("lending.four-eyes"))}: the refusal names each rule. */
    public static ThrowingConsumer<Throwable> refusedBy(String... codes) {
        return e -> assertThat(e).isInstanceOf(RuleViolation.class)
                .satisfies(v -> assertThat(((RuleViolation) v).reasons()).extracting(r -> r.rule().code()).contains(codes));
    }
}
