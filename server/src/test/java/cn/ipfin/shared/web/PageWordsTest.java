package cn.ipfin.shared.web;

import cn.ipfin.core.servicing.LoanClassification;
import cn.ipfin.shared.Bilingual;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What the pages' shared formatters make of moments, bilingual texts and amounts. */
class PageWordsTest {

    @Test
    void a_moment_is_shown_in_beijing_time_not_as_an_iso_instant() {
        Instant instant = Instant.parse("2026-12-01T19:23:32.266044Z");
        var time = new TimeView();
        assertThat(time.at(instant)).isEqualTo("2026-12-02 03:23");
        assertThat(time.atSeconds(instant)).isEqualTo("2026-12-02 03:23:32");
        assertThat(time.at(Timestamp.from(instant))).isEqualTo("2026-12-02 03:23");
        assertThat(time.at(OffsetDateTime.parse("2026-12-01T19:23:32Z"))).isEqualTo("2026-12-02 03:23");
        assertThat(time.at(null)).isEmpty();
    }

    @Test
    void a_text_stored_in_both_languages_is_shown_in_one() {
        String alert = "五级分类由“正常”变为“关注”，逾期 31 天 / classification normal → special mention, 31 days past due";
        assertThat(Bilingual.pick(alert, false)).isEqualTo("五级分类由“正常”变为“关注”，逾期 31 天");
        assertThat(Bilingual.pick(alert, true)).isEqualTo("classification normal → special mention, 31 days past due");
        assertThat(Bilingual.pick("贷款结清 / loan repaid", true)).isEqualTo("loan repaid");
        // a reason typed by a user is left as it is
        assertThat(Bilingual.pick("专利 A / 专利 B 合并评估", true)).isEqualTo("专利 A / 专利 B 合并评估");
        assertThat(Bilingual.pick("逾期处理", true)).isEqualTo("逾期处理");
    }

    @Test
    void a_table_cell_shows_the_figure_and_leaves_the_unit_to_the_header() {
        var money = new MoneyView();
        assertThat(money.yuanFigure(new BigDecimal("1082954.98"))).isEqualTo("1,082,954.98");
        assertThat(money.wanFigure(new BigDecimal("6258000.00"))).isEqualTo("625.80");
        assertThat(money.yuanFigure(null)).isEmpty();
    }

    @Test
    void a_thing_the_engines_name_is_shown_by_its_name_in_the_readers_language() {
        try {
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(new Bilingual().name(LoanClassification.SUBSTANDARD)).isEqualTo("substandard");
            LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
            assertThat(new Bilingual().name(LoanClassification.SUBSTANDARD)).isEqualTo("次级");
            assertThat(LoanClassification.SUBSTANDARD.both()).isEqualTo("次级 / substandard");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
