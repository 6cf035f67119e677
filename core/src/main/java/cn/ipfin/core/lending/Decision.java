package cn.ipfin.core.lending;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer of a named rule: allowed, or refused with every reason that applies, each in Chinese and English and
 * citing where the rule comes from (style.md §3). Callers show the reasons; they never re-derive them.
 */
public record Decision(List<Reason> reasons) {

    /** One reason for a refusal. */
    public record Reason(String rule, String zh, String en) {
    }

    private static final Decision ALLOWED = new Decision(List.of());

    public Decision {
        reasons = List.copyOf(reasons);
    }

    public static Decision allowed() {
        return ALLOWED;
    }

    public static Decision refused(String rule, String zh, String en) {
        return new Decision(List.of(new Reason(rule, zh, en)));
    }

    public boolean isAllowed() {
        return reasons.isEmpty();
    }

    public Decision and(Decision other) {
        if (other.isAllowed()) return this;
        if (isAllowed()) return other;
        List<Reason> all = new ArrayList<>(reasons);
        all.addAll(other.reasons);
        return new Decision(all);
    }

    /** The reasons joined for one message, Chinese. */
    public String zh() {
        return String.join("；", reasons.stream().map(Reason::zh).toList());
    }

    public String en() {
        return String.join("; ", reasons.stream().map(Reason::en).toList());
    }

    /** Collects the reasons of several checks. */
    public static final class Builder {
        private final List<Reason> reasons = new ArrayList<>();

        public Builder refuseIf(boolean condition, String rule, String zh, String en) {
            if (condition) reasons.add(new Reason(rule, zh, en));
            return this;
        }

        public Decision build() {
            return new Decision(reasons);
        }
    }

    public static Builder check() {
        return new Builder();
    }
}
