package cn.ipfin.valuation;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The CJK font of the PDF reports, loaded from a configured file (a .ttf, or a face of a .ttc collection) and
 * embedded as a subset. Fails with a message that says what to configure when the file is missing or unusable.
 */
final class CjkFont implements Closeable {

    static final String HINT = "set ipfin.report.cjk-font to a TrueType-outline CJK font (.ttf or .ttc), e.g. Debian's "
            + "fonts-wqy-microhei: /usr/share/fonts/truetype/wqy/wqy-microhei.ttc / 请配置 ipfin.report.cjk-font 为含中文字形的 TrueType 字体";

    private final Closeable source;
    private final TrueTypeFont font;

    private CjkFont(Closeable source, TrueTypeFont font) {
        this.source = source;
        this.font = font;
    }

    static CjkFont open(ReportSettings settings) {
        File file = new File(settings.cjkFont());
        if (!file.isFile()) {
            throw new ReportFontUnavailable("CJK font for PDF reports not found at " + file + ": " + HINT);
        }
        try {
            if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file);
                TrueTypeFont face = settings.cjkFace().isBlank() ? first(collection) : collection.getFontByName(settings.cjkFace());
                if (face == null) {
                    collection.close();
                    throw new ReportFontUnavailable("no face \"" + settings.cjkFace() + "\" in " + file + ": " + HINT);
                }
                return checked(collection, face, file);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            return checked(font, font, file);
        } catch (IOException e) {
            throw new ReportFontUnavailable("cannot read the CJK font " + file + " (" + e.getMessage() + "): " + HINT);
        }
    }

    private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] found = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (found[0] == null) found[0] = f;
        });
        return found[0];
    }

    /** PDFBox subsets TrueType outlines only; a CFF-outline OpenType font (Noto Sans CJK) cannot be embedded. */
    private static CjkFont checked(Closeable source, TrueTypeFont font, File file) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            source.close();
            throw new ReportFontUnavailable(file + " has CFF (PostScript) outlines, which PDFBox cannot subset: " + HINT);
        }
        return new CjkFont(source, font);
    }

    PDType0Font embedIn(PDDocument document) {
        try {
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    /** The report cannot be produced on this server until its font is configured. */
    static final class ReportFontUnavailable extends IllegalStateException {
        ReportFontUnavailable(String message) {
            super(message);
        }
    }
}
