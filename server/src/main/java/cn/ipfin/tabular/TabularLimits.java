package cn.ipfin.tabular;

/**
 * What an upload may be before it is refused as a whole.
 *
 * @param maxBytes     the size of the uploaded file, counted while reading it
 * @param maxRows      data rows, blank rows not counted
 * @param maxCellChars characters in one cell; Excel itself stops at 32,767
 */
public record TabularLimits(long maxBytes, int maxRows, int maxCellChars) {

    public TabularLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxCellChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 50 MB, 1,000,000 rows, 4,000 characters: room for the largest district's asset list (issue 4). */
    public static TabularLimits standard() {
        return new TabularLimits(50L * 1024 * 1024, 1_000_000, 4_000);
    }
}
