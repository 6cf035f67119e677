package cn.ipfin.shared;

import cn.ipfin.core.words.BilingualName;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * Texts the platform stored in both languages at once ("贷款结清 / loan repaid": alerts and reasons written by the
 * daily close, imports and the demo) shown in the reader's language only ({@code ${@bilingual.pick(text)}}). A text
 * that is not of that shape (a reason typed by a user) is shown as it is. A named thing of the engines (an account, a
 * five-category class) is shown by its name in the reader's language ({@code ${@bilingual.name(c)}}).
 */
@Component("bilingual")
public class Bilingual {

    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff]");
    private static final Pattern LATIN_START = Pattern.compile("^[A-Za-z(]");

    public String pick(String text) {
        return pick(text, english());
    }

    public String name(BilingualName named) {
        if (named == null) return "";
        return english() ? named.en() : named.zh();
    }

    /** Whether the reader (page or API caller) reads English; Chinese otherwise. */
    public static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /** The half in the reader's language: the Chinese half comes first, the English one after " / ". */
    public static String pick(String text, boolean english) {
        if (text == null) return "";
        int slash = text.indexOf(" / ");
        if (slash < 0) return text;
        String zh = text.substring(0, slash).strip();
        String en = text.substring(slash + 3).strip();
        if (!CJK.matcher(zh).find() || CJK.matcher(en).find() || !LATIN_START.matcher(en).find()) return text;
        return english ? en : zh;
    }
}
