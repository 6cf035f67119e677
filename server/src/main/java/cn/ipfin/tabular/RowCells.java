package cn.ipfin.tabular;

import cn.ipfin.core.identifier.InvalidIdentifierException;
import cn.ipfin.core.identifier.UnifiedSocialCreditCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Typed reading of one row's cells. Each reader returns the value, or null after reporting a bilingual error
 * that names the row, the column and what is wrong; {@link #valid()} tells whether the row had none.
 */
public final class RowCells {

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("yyyy.M.d");

    private final TabularRow row;
    private final Template template;
    private final ImportErrors errors;
    private boolean valid = true;

    public RowCells(TabularRow row, Template template, ImportErrors errors) {
        this.row = row;
        this.template = template;
        this.errors = errors;
    }

    public int rowNumber() {
        return row.rowNumber();
    }

    public boolean valid() {
        return valid;
    }

    /** Reports a problem that is not about one cell's format (e.g. two cells contradict each other). */
    public void reject(String key, String zh, String en) {
        valid = false;
        errors.add(row.rowNumber(), key == null ? null : template.column(key), key == null ? null : row.get(key), zh, en);
    }

    /** An identifier's message reads "中文 / English: input"; the report shows each language on its own. */
    public void rejectIdentifier(String key, InvalidIdentifierException e) {
        String[] parts = e.getMessage().split(" / ", 2);
        String en = parts.length > 1 ? parts[1] : parts[0];
        int quote = en.lastIndexOf(": \"");
        reject(key, parts[0], quote > 0 ? en.substring(0, quote) : en);
    }

    /**
     * Reports that an identifier was read in lower case and stored in upper case (统一社会信用代码, patent and
     * registration numbers are upper case by their standards): every import normalises the same way, and says so.
     */
    public void noticeUpperCased(String key, String raw, String normalised) {
        if (!raw.equals(raw.toUpperCase(java.util.Locale.ROOT))) {
            errors.notice(row.rowNumber(), template.column(key), raw, "小写字母已转为大写：" + normalised,
                    "lower-case letters were put in upper case: " + normalised);
        }
    }

    public String text(String key, boolean required, int maxLength) {
        String value = row.get(key);
        if (value == null) {
            if (required) reject(key, "必填项不能为空", "is required");
            return null;
        }
        if (value.length() > maxLength) {
            reject(key, "长度不能超过 " + maxLength + " 个字符", "may have at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    /** Accepts 2024-03-15, 2024/3/15 and 2024.3.15, as people type dates in Chinese spreadsheets. */
    public LocalDate date(String key, boolean required) {
        String value = text(key, required, 20);
        if (value == null) return null;
        for (DateTimeFormatter format : new DateTimeFormatter[]{DateTimeFormatter.ISO_LOCAL_DATE, SLASHED, DOTTED}) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        reject(key, "不是有效日期，请写作 2024-03-15", "is not a valid date; write it as 2024-03-15");
        return null;
    }

    /** Money in yuan: at most 2 decimals (分), thousands separators allowed, never rounded silently. */
    public BigDecimal yuan(String key, boolean required, boolean mayBeNegative) {
        String value = text(key, required, 30);
        if (value == null) return null;
        try {
            BigDecimal amount = new BigDecimal(value.replace(",", "").replace("，", ""));
            if (amount.stripTrailingZeros().scale() > 2) {
                reject(key, "金额最多保留两位小数（分）", "an amount has at most 2 decimals (fen)");
                return null;
            }
            if (!mayBeNegative && amount.signum() < 0) {
                reject(key, "金额不能为负数", "may not be negative");
                return null;
            }
            if (amount.abs().compareTo(new BigDecimal("99999999999999999")) > 0) {
                reject(key, "金额过大", "is too large");
                return null;
            }
            return amount.setScale(2);
        } catch (NumberFormatException e) {
            reject(key, "不是有效金额（元）", "is not a valid amount in yuan");
            return null;
        }
    }

    public Integer integer(String key, boolean required, int min, int max) {
        String value = text(key, required, 12);
        if (value == null) return null;
        try {
            int n = new BigDecimal(value.replace(",", "")).intValueExact();
            if (n < min || n > max) {
                reject(key, "应在 " + min + " 到 " + max + " 之间", "must be between " + min + " and " + max);
                return null;
            }
            return n;
        } catch (ArithmeticException | NumberFormatException e) {
            reject(key, "不是整数", "is not a whole number");
            return null;
        }
    }

    /** A choice from a fixed list; the file may use the code (HIGH_TECH) or its Chinese label (高新技术企业). */
    public String choice(String key, boolean required, Map<String, String> labelsByCode) {
        String value = text(key, required, 60);
        if (value == null) return null;
        for (var entry : labelsByCode.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(value) || entry.getValue().equals(value)) {
                return entry.getKey();
            }
        }
        reject(key, "取值无效，可选：" + String.join("、", labelsByCode.values()),
                "is not one of " + String.join(", ", labelsByCode.keySet()));
        return null;
    }

    public String creditCode(String key, boolean required) {
        String value = text(key, required, 30);
        if (value == null) return null;
        try {
            String code = UnifiedSocialCreditCode.parse(value).value();
            noticeUpperCased(key, value, code);
            return code;
        } catch (InvalidIdentifierException e) {
            rejectIdentifier(key, e);
            return null;
        }
    }
}
