package cn.ipfin.core.words;

/**
 * A thing the platform names in Chinese and English (an approach, an account, a five-category class). The enums that
 * name things keep their two names in one {@link Names} and say {@code zh()}/{@code en()} alike, so pages, charts and
 * reasons read every such name the same way.
 */
public interface BilingualName {

    Names names();

    default String zh() {
        return names().zh();
    }

    default String en() {
        return names().en();
    }

    /** "收益法 / income approach": how a reason read in both languages names it. */
    default String both() {
        return zh() + " / " + en();
    }

    /** The two names. */
    record Names(String zh, String en) {
    }
}
