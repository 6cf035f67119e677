package cn.ipfin.tabular;

/** Column widths in Excel's unit (1/256 of a character), counting a Chinese character as two. */
final class CellWidths {

    private static final int MIN_CHARS = 10;
    private static final int MAX_CHARS = 60;

    private CellWidths() {
    }

    static int of(String... texts) {
        int widest = MIN_CHARS;
        for (String text : texts) {
            if (text != null) {
                widest = Math.max(widest, displayWidth(text) + 2);
            }
        }
        return Math.min(widest, MAX_CHARS) * 256;
    }

    private static int displayWidth(String text) {
        return text.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum();
    }
}
