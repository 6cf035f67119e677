package cn.ipfin.valuation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The font of the PDF reports.
 *
 * @param cjkFont path of a TrueType-outline font with CJK glyphs, a .ttf or a .ttc collection (Debian's
 *                fonts-wqy-microhei by default). Noto Sans CJK is not usable: its glyphs are CFF outlines, which
 *                PDFBox 3 cannot subset, and embedding the whole 16 MB face in every report is not an option.
 * @param cjkFace the face to take from a collection (PostScript name); blank takes the first one
 */
@ConfigurationProperties("ipfin.report")
record ReportSettings(@DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") String cjkFont,
                      @DefaultValue("") String cjkFace) {
}
