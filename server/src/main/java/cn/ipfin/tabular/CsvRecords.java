package cn.ipfin.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An RFC 4180 reader: comma-separated, fields optionally in double quotes, a doubled quote inside quotes is one
 * quote, quoted fields may hold commas and line breaks; records end in CRLF, LF or a lone CR. The input must be
 * strict UTF-8 (a leading byte-order mark is dropped). A cell is refused as soon as it outgrows the limit, so a
 * 10 MB cell never becomes a 10 MB string.
 */
final class CsvRecords {

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    /** UTF-8 gives at most one char per byte, so a char buffer this size never overflows. */
    private static final int BUFFER = 64 * 1024;

    private final int maxCellChars;
    private final RowAssembler rows;
    private final RawRow raw = new RawRow();
    private final StringBuilder field = new StringBuilder();
    private State state = State.FIELD_START;
    private int row = 1;
    private int quoteOpenedAt;
    private int column;
    private boolean recordStarted;
    private boolean skipLineFeed;

    CsvRecords(int maxCellChars, RowAssembler rows) {
        this.maxCellChars = maxCellChars;
        this.rows = rows;
    }

    void read(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // Decoded here rather than by an InputStreamReader so that the text before a bad byte is consumed first
        // and the refusal can name the row the bad byte is in.
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        raw.start(row);
        boolean first = true;
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            end = n < 0;
            if (n > 0) {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, end);
            if (end && !result.isError()) {
                result = decoder.flush(chars);
            }
            chars.flip();
            if (first && chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
            first = first && !chars.hasRemaining() && !end;
            while (chars.hasRemaining()) {
                consume(chars.get());
            }
            chars.clear();
            if (result.isError()) {
                throw Refusals.notUtf8(false, row);
            }
            bytes.compact();
        }
        finish();
    }

    private void consume(char c) {
        if (skipLineFeed) {
            skipLineFeed = false;
            if (c == '\n') {
                return;
            }
        }
        switch (state) {
            case FIELD_START -> {
                if (c == '"') {
                    state = State.QUOTED;
                    quoteOpenedAt = row;
                    recordStarted = true;
                } else {
                    state = State.UNQUOTED;
                    unquoted(c);
                }
            }
            case UNQUOTED -> unquoted(c);
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    append(c);
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    append('"');
                    state = State.QUOTED;
                } else if (c == ',' || c == '\r' || c == '\n') {
                    unquoted(c);
                } else {
                    throw Refusals.strayQuote(row);
                }
            }
        }
    }

    private void unquoted(char c) {
        switch (c) {
            case ',' -> endField();
            case '\r' -> {
                endRecord();
                skipLineFeed = true;
            }
            case '\n' -> endRecord();
            default -> {
                // A quote in the middle of an unquoted field is kept as it is, as Excel does.
                state = State.UNQUOTED;
                append(c);
            }
        }
    }

    private void append(char c) {
        recordStarted = true;
        if (field.length() >= maxCellChars) {
            throw Refusals.cellTooLong(row, rows.labelOf(column), maxCellChars);
        }
        field.append(c);
    }

    private void endField() {
        recordStarted = true;
        raw.text(column++, field.isEmpty() ? null : field.toString());
        field.setLength(0);
        state = State.FIELD_START;
    }

    private void endRecord() {
        if (recordStarted) {
            endField();
            rows.accept(raw);
        }
        // An empty line is a blank row: nothing to hand on, but it still takes a row number.
        row++;
        column = 0;
        recordStarted = false;
        state = State.FIELD_START;
        raw.start(row);
    }

    private void finish() {
        if (state == State.QUOTED) {
            throw Refusals.unterminatedQuote(quoteOpenedAt);
        }
        if (recordStarted) {
            endRecord();
        }
    }
}
