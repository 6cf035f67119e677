package cn.ipfin.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.List;

/**
 * A request that is well formed but breaks a business rule: one or more reasons, each under its catalogued
 * {@link Rule} and in Chinese and English. Only a {@link Rule} makes one (the constructor is the package's), so
 * every refusal has a code and a citation.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class RuleViolation extends RuntimeException {

    /** One reason of the refusal, in both languages. */
    public record Reason(Rule rule, String zh, String en) {
    }

    private final List<Reason> reasons;

    RuleViolation(List<Reason> reasons) {
        super(String.join("; ", reasons.stream().map(Reason::en).toList()));
        if (reasons.isEmpty()) throw new IllegalArgumentException("a refusal has a reason");
        this.reasons = List.copyOf(reasons);
    }

    public List<Reason> reasons() {
        return reasons;
    }

    /** The rule of the first reason (the one API clients act on; the others are listed in the problem). */
    public Rule rule() {
        return reasons.getFirst().rule();
    }

    public String zh() {
        return String.join("；", reasons.stream().map(Reason::zh).toList());
    }

    public String en() {
        return String.join("; ", reasons.stream().map(Reason::en).toList());
    }
}
