package cn.ipfin.tabular;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntUnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Re-packs a workbook with its first sheet's XML blown up by a comment, to make zip bombs of a chosen shape. */
final class ZipFixtures {

    private ZipFixtures() {
    }

    /** @param padding the character at each position of the comment (never '-', which would end it early) */
    static byte[] withPaddedSheet(byte[] xlsx, int paddingChars, IntUnaryOperator padding) {
        try (var in = new ZipInputStream(new ByteArrayInputStream(xlsx)); var bytes = new ByteArrayOutputStream();
                var out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    out.write("<!--".getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = new byte[64 * 1024];
                    for (int written = 0; written < paddingChars; ) {
                        int n = Math.min(chunk.length, paddingChars - written);
                        for (int i = 0; i < n; i++) {
                            chunk[i] = (byte) padding.applyAsInt(written + i);
                        }
                        out.write(chunk, 0, n);
                        written += n;
                    }
                    out.write("-->".getBytes(StandardCharsets.US_ASCII));
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs of spaces and a few letters in a hashed order: deflate packs it about 69 to 1, above our unpack factor
     * of 50 and under POI's limit of 100.
     */
    static int loremChar(int position) {
        int x = position / 12;
        x ^= x >>> 16;
        x *= 0x7feb352d;
        x ^= x >>> 15;
        x *= 0x846ca68b;
        x ^= x >>> 16;
        return (x & 15) == 0 ? 'a' + ((x >>> 8) & 3) : ' ';
    }
}
