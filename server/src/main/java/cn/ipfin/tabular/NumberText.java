package cn.ipfin.tabular;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How a numeric xlsx cell becomes text. The stored value ({@code <v>}) is used, not Excel's display, because
 * the display of a long number under the "General" format is {@code 1.23457E+17}: the digits in the file are
 * kept in full (an 18-digit number written by a program survives). A number Excel itself typed in is a double
 * and has at most 15 significant digits; digits beyond that were lost before the file reached us, so long
 * identifiers (credit codes, patent numbers) must be entered as text, and the identifier's check character then
 * catches a damaged one.
 */
final class NumberText {

    /** Excel keeps 15 significant digits; a fraction printed with more is binary noise (0.1 + 0.2). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private NumberText() {
    }

    /**
     * @param decimals the fixed number of decimals the cell's format shows ({@code #,##0.00} → 2), or -1 when
     *                 the format does not fix them; an amount exported as 100.00 comes back as 100.00, not 100
     */
    static String number(String stored, int decimals) {
        BigDecimal value;
        try {
            value = new BigDecimal(stored.strip());
        } catch (NumberFormatException e) {
            return stored;
        }
        if (decimals >= 0 && value.stripTrailingZeros().scale() <= decimals) {
            // Pads with zeros only: a value typed more precisely than its format shows keeps its digits.
            return value.setScale(decimals, RoundingMode.UNNECESSARY).toPlainString();
        }
        if (value.precision() > 15 && value.scale() > 0) {
            value = value.round(EXCEL_DIGITS);
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /** An Excel serial date as ISO yyyy-MM-dd, or yyyy-MM-ddTHH:mm:ss when it has a time of day. */
    static String date(String stored, boolean date1904) {
        double serial;
        try {
            serial = Double.parseDouble(stored.strip());
        } catch (NumberFormatException e) {
            return stored;
        }
        if (!DateUtil.isValidExcelDate(serial)) {
            return number(stored, -1);
        }
        LocalDateTime at = DateUtil.getLocalDateTime(serial, date1904, true).truncatedTo(ChronoUnit.SECONDS);
        return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
    }
}
