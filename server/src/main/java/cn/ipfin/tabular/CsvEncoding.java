package cn.ipfin.tabular;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks the start of a CSV before reading it. Chinese Excel's default "CSV (逗号分隔)" writes GBK, the most
 * common way an upload goes wrong; when the first bytes are not UTF-8 but are clean GBK holding Chinese text,
 * the refusal says so, which tells the user exactly which option to choose when saving.
 */
final class CsvEncoding {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvEncoding() {
    }

    static void requireUtf8(byte[] head, int length) {
        if (decodes(StandardCharsets.UTF_8, head, length) == null) {
            String asGbk = decodes(GB18030, head, length);
            boolean gbk = asGbk != null && asGbk.codePoints().anyMatch(
                    cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            throw Refusals.notUtf8(gbk, null);
        }
    }

    /** The decoded text, or null when the bytes are not valid in that charset. A sequence cut off by the end of the head is not an error. */
    private static String decodes(Charset charset, byte[] head, int length) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(length + 1);
        var result = decoder.decode(ByteBuffer.wrap(head, 0, length), out, false);
        return result.isError() ? null : out.flip().toString();
    }
}
