package cn.ipfin.tabular;

import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet's XML as a stream of SAX events, one row at a time; the user model (XSSFWorkbook) would hold
 * the whole sheet in memory. Written against the SpreadsheetML elements directly rather than POI's
 * XSSFSheetXMLHandler because that one hides two things an import must see: whether a cell holds a formula, and
 * the stored value of a number rather than its display.
 */
final class SheetXmlHandler extends DefaultHandler {

    /** Excel's own height; a sheet claiming more rows is not one Excel wrote. */
    static final int MAX_SHEET_ROWS = 1_048_576;

    private final SharedStrings sharedStrings;
    private final CellFormats formats;
    private final boolean date1904;
    private final int maxCellChars;
    private final RowAssembler rows;
    private final RawRow raw = new RawRow();
    private final StringBuilder text = new StringBuilder();

    private int rowNumber;
    private int nextColumn;
    private int column;
    private String type;
    private String style;
    private boolean formula;
    private boolean collecting;
    private boolean inInlineString;
    private boolean inPhonetic;

    SheetXmlHandler(SharedStrings sharedStrings, CellFormats formats, boolean date1904, int maxCellChars,
            RowAssembler rows) {
        this.sharedStrings = sharedStrings;
        this.formats = formats;
        this.date1904 = date1904;
        this.maxCellChars = maxCellChars;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "f" -> formula = true;
            case "v" -> startText();
            case "is" -> inInlineString = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> {
                // Phonetic guides (furigana) repeat the text in another script; they are not part of the value.
                if (inInlineString && !inPhonetic) {
                    collecting = true;
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] chars, int start, int length) {
        if (!collecting) {
            return;
        }
        if (text.length() + length > maxCellChars) {
            throw Refusals.cellTooLong(rowNumber, rows.labelOf(column), maxCellChars);
        }
        text.append(chars, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "v", "t" -> collecting = false;
            case "is" -> inInlineString = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            case "row" -> rows.accept(raw);
            default -> {
            }
        }
    }

    private void startRow(String reference) {
        rowNumber = reference == null ? rowNumber + 1 : Integer.parseInt(reference);
        if (rowNumber > MAX_SHEET_ROWS) {
            throw Refusals.tooManyRows(MAX_SHEET_ROWS, rowNumber);
        }
        nextColumn = 0;
        raw.start(rowNumber);
    }

    private void startCell(Attributes attributes) {
        String reference = attributes.getValue("r");
        column = reference == null ? nextColumn : columnOf(reference);
        nextColumn = column + 1;
        type = attributes.getValue("t");
        style = attributes.getValue("s");
        formula = false;
        inInlineString = false;
        text.setLength(0);
    }

    private void startText() {
        text.setLength(0);
        collecting = true;
    }

    private void endCell() {
        String stored = text.isEmpty() ? null : text.toString();
        if (formula) {
            raw.formula(column, stored);
            return;
        }
        if (type == null || type.equals("n")) {
            if (stored != null) {
                int format = formats.of(style);
                raw.number(column, format == CellFormats.DATE ? NumberText.date(stored, date1904)
                        : NumberText.number(stored, format));
            }
            return;
        }
        switch (type) {
            case "s" -> raw.text(column, sharedString(stored));
            case "b" -> raw.number(column, "1".equals(stored) ? "TRUE" : "FALSE");
            // An error value such as #N/A cannot hold formula text; it reaches the importer to be reported.
            case "e" -> raw.number(column, stored);
            default -> raw.text(column, stored); // inlineStr, str, and ISO dates (t="d")
        }
    }

    private String sharedString(String index) {
        if (index == null) {
            return null;
        }
        String value;
        try {
            value = sharedStrings.getItemAt(Integer.parseInt(index.strip())).getString();
        } catch (RuntimeException e) {
            throw Refusals.corrupt(e);
        }
        // The shared strings were read by POI as a whole; the cell limit is applied when a cell uses one.
        if (value != null && value.length() > maxCellChars) {
            throw Refusals.cellTooLong(rowNumber, rows.labelOf(column), maxCellChars);
        }
        return value;
    }

    /** "AB12" → 27, the zero-based column. */
    private int columnOf(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
            if (index > RawRow.MAX_COLUMNS) {
                throw Refusals.tooManyColumns(rowNumber, RawRow.MAX_COLUMNS);
            }
        }
        return index - 1;
    }

    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
