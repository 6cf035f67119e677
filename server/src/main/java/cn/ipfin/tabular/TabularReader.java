package cn.ipfin.tabular;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads an uploaded .xlsx or CSV against a template, streaming: rows reach the consumer one at a time, in file
 * order, and the file is never held in memory as a whole.
 * <p>
 * A refusal can come after some rows were delivered (a formula in row 90,000 is only seen there), so a caller
 * must validate every row first and apply nothing until {@code read} has returned: the import is all rows or
 * none (issue 4).
 */
public final class TabularReader {

    private final TabularLimits limits;

    public TabularReader(TabularLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Streams the data rows of an .xlsx or .csv file to {@code rows}, in order. The format is decided by the
     * content and checked against the file name's extension.
     *
     * @param filename the name the user uploaded, for its extension; may be null
     * @throws TabularFileRejected when the file as a whole cannot be imported
     * @throws UncheckedIOException when the upload itself cannot be read (the connection broke)
     */
    public void read(String filename, InputStream in, Template template, Consumer<TabularRow> rows)
            throws TabularFileRejected {
        var upload = new BufferedInputStream(
                new CappedInputStream(in, limits.maxBytes(), () -> Refusals.tooLarge(limits.maxBytes())),
                FileKind.HEAD_BYTES);
        var assembler = new RowAssembler(template, limits, rows);
        try {
            upload.mark(FileKind.HEAD_BYTES);
            byte[] head = upload.readNBytes(FileKind.HEAD_BYTES);
            upload.reset();
            switch (FileKind.of(head, head.length, filename)) {
                case XLSX -> new XlsxSheet(limits).read(upload, assembler);
                case CSV -> {
                    CsvEncoding.requireUtf8(head, head.length);
                    new CsvRecords(limits.maxCellChars(), assembler).read(upload);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assembler.finish();
    }
}
