package cn.ipfin.valuation;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders an HTML page (a Thymeleaf template's output) as a PDF in Chinese, with the configured CJK font embedded as a
 * subset: the signed valuation report, and supervision's quarterly bulletin. A page's CSS names the font as
 * {@link #FONT_FAMILY}.
 */
@Component
public class ChinesePdf {

    public static final String FONT_FAMILY = "ipfin-cjk";

    private final ReportSettings settings;

    ChinesePdf(ReportSettings settings) {
        this.settings = settings;
    }

    public byte[] render(String html) {
        try (CjkFont font = CjkFont.open(settings); PDDocument document = new PDDocument()) {
            var out = new ByteArrayOutputStream(64 * 1024);
            var builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(font.embedIn(document)), FONT_FAMILY);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
