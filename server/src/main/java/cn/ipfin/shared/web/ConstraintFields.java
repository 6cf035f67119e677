package cn.ipfin.shared.web;

import org.postgresql.util.ServerErrorMessage;

import java.util.Map;

/**
 * The API field behind a database constraint, for the rare refusal that validation did not catch first. PostgreSQL
 * names a column check {@code <table>_<column>_check}; the API names fields in camelCase, and a few differ from their
 * column (a rate stored as a fraction is sent as a percentage).
 */
final class ConstraintFields {

    private static final Map<String, String> DIFFERENT = Map.of(
            "lpr_rate_one_year_check", "oneYearPercent",
            "lpr_rate_over_five_years_check", "overFiveYearsPercent",
            "lpr_rate_pkey", "effectiveOn");

    private ConstraintFields() {
    }

    static String field(ServerErrorMessage server) {
        if (server == null) {
            return "body";
        }
        String constraint = server.getConstraint();
        if (constraint != null && DIFFERENT.containsKey(constraint)) {
            return DIFFERENT.get(constraint);
        }
        if (server.getColumn() != null) {
            return camel(server.getColumn());
        }
        if (constraint != null) {
            String name = constraint;
            if (server.getTable() != null && name.startsWith(server.getTable() + "_")) {
                name = name.substring(server.getTable().length() + 1);
            }
            name = name.replaceAll("_(check|key|pkey|fkey|not_null)$", "");
            return camel(name);
        }
        return "body";
    }

    static String camel(String snake) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }
}
