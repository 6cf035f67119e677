package cn.ipfin.core.money;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyFormatTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1234567.89 | 1,234,567.89 元 | 123.46 万元     | CNY 1,234,567.89 | CNY 123.46 × 10,000",
            "0.00       | 0.00 元         | 0.00 万元       | CNY 0.00         | CNY 0.00 × 10,000",
            "999.99     | 999.99 元       | 0.10 万元       | CNY 999.99       | CNY 0.10 × 10,000",
            "49.99      | 49.99 元        | 0.00 万元       | CNY 49.99        | CNY 0.00 × 10,000",
            "50.00      | 50.00 元        | 0.01 万元       | CNY 50.00        | CNY 0.01 × 10,000",
            "100000000  | 100,000,000.00 元 | 10,000.00 万元 | CNY 100,000,000.00 | CNY 10,000.00 × 10,000",
            "-1234.50   | -1,234.50 元    | -0.12 万元      | CNY -1,234.50    | CNY -0.12 × 10,000",
            "123.00     | 123.00 元       | 0.01 万元       | CNY 123.00       | CNY 0.01 × 10,000",
    })
    void amounts_read_as_chinese_and_english_users_expect(String amount, String yuan, String wan, String yuanEn, String wanEn) {
        Money money = Money.of(amount);

        assertThat(MoneyFormat.yuan(money)).isEqualTo(yuan);
        assertThat(MoneyFormat.wanYuan(money)).isEqualTo(wan);
        assertThat(MoneyFormat.yuanEn(money)).isEqualTo(yuanEn);
        assertThat(MoneyFormat.wanYuanEn(money)).isEqualTo(wanEn);
    }

    @Test
    void a_rate_kept_as_a_fraction_reads_as_a_percentage_without_trailing_zeros() {
        assertThat(MoneyFormat.percent(new BigDecimal("0.034500"))).isEqualTo("3.45%");
        assertThat(MoneyFormat.percent(new BigDecimal("0.05"))).isEqualTo("5%");
        assertThat(MoneyFormat.percent(new BigDecimal("-0.001"))).isEqualTo("-0.1%");
        assertThat(MoneyFormat.percent(new BigDecimal("1.5"))).isEqualTo("150%");
    }
}
