package cn.ipfin.core.asset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatentTermTest {

    /* reference-data.md "Patent terms"; the design term depends on the filing date around 2021-06-01. */
    @ParameterizedTest(name = "{0} filed {1}: last day {2}")
    @CsvSource({
            "INVENTION_PATENT, 1999-09-07, 2019-09-06",
            "INVENTION_PATENT, 2024-02-29, 2044-02-28",
            "UTILITY_MODEL,    2015-01-01, 2024-12-31",
            "DESIGN_PATENT,    2021-05-31, 2031-05-30",
            "DESIGN_PATENT,    2021-06-01, 2036-05-31",
            "DESIGN_PATENT,    2020-02-29, 2030-02-27",
    })
    void a_patent_lasts_its_term_from_the_filing_date(IpKind kind, LocalDate filedOn, LocalDate lastDay) {
        assertThat(PatentTerm.lastDayInForce(kind, filedOn)).isEqualTo(lastDay);
        assertThat(PatentTerm.hasExpired(kind, filedOn, lastDay)).isFalse();
        assertThat(PatentTerm.hasExpired(kind, filedOn, lastDay.plusDays(1))).isTrue();
    }

    @Test
    void a_design_filed_on_the_day_the_fourth_amendment_took_effect_gets_15_years() {
        assertThat(PatentTerm.years(IpKind.DESIGN_PATENT, LocalDate.of(2021, 5, 31))).isEqualTo(10);
        assertThat(PatentTerm.years(IpKind.DESIGN_PATENT, PatentTerm.FOURTH_AMENDMENT)).isEqualTo(15);
    }

    @Test
    void a_trademark_is_not_a_patent() {
        assertThatThrownBy(() -> PatentTerm.years(IpKind.TRADEMARK, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_trademark_lasts_ten_years_from_registration_and_renews_for_ten_more() {
        LocalDate lastDay = TrademarkTerm.lastDayOfFirstTerm(LocalDate.of(2010, 1, 7));

        assertThat(lastDay).isEqualTo(LocalDate.of(2020, 1, 6));
        assertThat(TrademarkTerm.lastDayAfterRenewal(lastDay)).isEqualTo(LocalDate.of(2030, 1, 6));
    }
}
