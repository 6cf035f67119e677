package cn.ipfin.tabular;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An RFC 4180 reader (Apache Commons CSV): comma-separated, fields optionally in double quotes, a doubled quote inside
 * quotes is one quote, quoted fields may hold commas and line breaks; records end in CRLF, LF or a lone CR. What the
 * library leaves to us is kept here: the input must be strict UTF-8 (a leading byte-order mark is dropped), a blank
 * line still takes a row number, and every refusal names the row (and for an overlong cell the column) in both
 * languages. Commons CSV has no cell-length limit of its own: a cell is checked when its record is read, and the
 * upload's byte limit ({@link TabularLimits#maxBytes()}, counted while reading) bounds what one cell can hold meanwhile.
 */
final class CsvRecords {

    /** RFC 4180 as Commons CSV reads it, blank lines kept (they take a row number); EOF inside quotes is an error. */
    private static final CSVFormat RFC_4180 = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setLenientEof(false)
            .setTrailingData(false)
            .get();

    private final int maxCellChars;
    private final RowAssembler rows;
    private final RawRow raw = new RawRow();
    /** The last record read whole; a refusal while reading is about the next one. */
    private int lastRow;

    CsvRecords(int maxCellChars, RowAssembler rows) {
        this.maxCellChars = maxCellChars;
        this.rows = rows;
    }

    void read(InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CSVParser parser = CSVParser.builder().setReader(withoutByteOrderMark(new InputStreamReader(in, decoder)))
                .setFormat(RFC_4180).get()) {
            for (CSVRecord record : parser) {
                accept(record);
            }
        } catch (UncheckedIOException e) {
            throw refusal(e.getCause());
        } catch (CharacterCodingException | CSVException e) {
            throw refusal(e);
        }
    }

    private void accept(CSVRecord record) {
        int row = Math.toIntExact(record.getRecordNumber());
        lastRow = row;
        // An empty line is a blank row: nothing to hand on, but it still takes a row number.
        if (record.size() == 1 && record.get(0).isEmpty()) return;
        raw.start(row);
        for (int column = 0; column < record.size(); column++) {
            String value = record.get(column);
            if (value.length() > maxCellChars) {
                throw Refusals.cellTooLong(row, rows.labelOf(column), maxCellChars);
            }
            raw.text(column, value.isEmpty() ? null : value);
        }
        rows.accept(raw);
    }

    /** What the library or the decoder refused, as the refusal of the row it was reading. */
    private RuntimeException refusal(Throwable cause) {
        int row = lastRow + 1;
        if (cause instanceof CharacterCodingException) return Refusals.notUtf8(false, row);
        if (cause instanceof CSVException e) {
            // Commons CSV's two ways a record can be malformed: a quote that the file ends inside, and text after a
            // closing quote; it tells them apart only in its message
            return String.valueOf(e.getMessage()).contains("EOF") ? Refusals.unterminatedQuote(row)
                    : Refusals.strayQuote(row);
        }
        return new UncheckedIOException(cause instanceof IOException io ? io : new IOException(cause));
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        var pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first >= 0 && first != '\uFEFF') pushback.unread(first);
        return pushback;
    }
}
