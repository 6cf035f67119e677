package cn.ipfin.tabular;

import java.util.regex.Pattern;

/**
 * Text that a spreadsheet would run as a formula (CSV injection, OWASP "CSV Injection"): it starts with
 * {@code = + - @}, or with a tab or carriage return that some programs treat as the same, and is not a plain
 * number such as {@code -12.5}.
 * <p>
 * Exports neutralise such text by putting an apostrophe before it, as OWASP recommends; imports accept that
 * neutralised form and take the apostrophe off again, so that export → import is lossless. A value that itself
 * begins with apostrophes before a trigger gets one more, so the rule stays reversible.
 */
final class FormulaText {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    private FormulaText() {
    }

    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        // Leading spaces do not stop Excel from reading " =1+1" as a formula once the cell is edited.
        String stripped = text.stripLeading();
        if (stripped.isEmpty()) {
            return false;
        }
        if (stripped.strip().equals("-")) {
            return false; // a lone dash is how people write "none"; Excel keeps it as text
        }
        char trigger = stripped.charAt(0);
        boolean triggers = trigger == '=' || trigger == '+' || trigger == '-' || trigger == '@';
        return triggers && !PLAIN_NUMBER.matcher(stripped.strip()).matches();
    }

    /** The text to write to a file: with an apostrophe before it when a spreadsheet could run it. */
    static String neutralise(String value) {
        return looksLikeFormula(withoutLeadingApostrophes(value)) ? "'" + value : value;
    }

    /** Whether this text read from a file is one that {@link #neutralise} produced (and must lose its apostrophe). */
    static boolean isNeutralised(String text) {
        return text.length() > 1 && text.charAt(0) == '\''
                && looksLikeFormula(withoutLeadingApostrophes(text.substring(1)));
    }

    private static String withoutLeadingApostrophes(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return text.substring(i);
    }
}
