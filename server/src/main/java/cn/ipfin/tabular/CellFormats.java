package cn.ipfin.tabular;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;

/** What a numeric cell's style says about its value: a date, a fixed number of decimals, or neither. */
final class CellFormats {

    static final int DATE = -2;
    static final int FREE = -1;

    /** 0, 0.00, #,##0.00 and the like, optionally padded with "_ " or "_)" as Excel's built-ins are. */
    private static final Pattern FIXED_DECIMALS = Pattern.compile("[#,]*0(?:\\.(0+))?(?:_.)*");

    private final StylesTable styles;
    private final Map<Integer, Integer> byStyle = new HashMap<>();

    CellFormats(StylesTable styles) {
        this.styles = styles;
    }

    /** {@link #DATE}, {@link #FREE}, or the number of decimals the format fixes. */
    int of(String styleIndex) {
        if (styles == null || styleIndex == null || styleIndex.isEmpty()) {
            return FREE;
        }
        int index;
        try {
            index = Integer.parseInt(styleIndex);
        } catch (NumberFormatException e) {
            return FREE;
        }
        return byStyle.computeIfAbsent(index, this::classify);
    }

    private int classify(int index) {
        if (index < 0 || index >= styles.getNumCellStyles()) {
            return FREE;
        }
        var style = styles.getStyleAt(index);
        String format = style.getDataFormatString();
        if (format == null) {
            return FREE;
        }
        if (DateUtil.isADateFormat(style.getDataFormat(), format)) {
            return DATE;
        }
        String firstSection = format.split(";", 2)[0];
        Matcher fixed = FIXED_DECIMALS.matcher(firstSection);
        if (!fixed.matches()) {
            return FREE;
        }
        return fixed.group(1) == null ? 0 : fixed.group(1).length();
    }
}
