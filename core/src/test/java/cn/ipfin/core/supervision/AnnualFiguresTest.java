package cn.ipfin.core.supervision;

import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnnualFiguresTest {

    static QuarterFigures quarter(int loans, String amount, String balance, int customers, String pledged, String value,
                                  String npl) {
        return new QuarterFigures(loans, Money.of(amount), Money.of(balance), customers, Money.of(pledged),
                Money.of(value), Money.of(npl));
    }

    @Test
    void flows_add_up_and_stocks_are_the_last_quarters() {
        var q1 = quarter(2, "3000000.00", "5000000.00", 4, "1000000.00", "2500000.00", "0.00");
        var q2 = quarter(1, "500000.00", "4200000.00", 3, "500000.00", "2000000.00", "210000.00");
        var year = AnnualFigures.of(List.of(q1, q2));

        assertThat(year.newLoans()).isEqualTo(3);
        assertThat(year.newAmount()).isEqualTo(Money.of("3500000.00"));
        assertThat(year.balance()).isEqualTo(Money.of("4200000.00"));
        assertThat(year.customers()).isEqualTo(3);
        // 1,500,000 ÷ 4,500,000 = 0.333333…; NPL 210,000 ÷ 4,200,000 = 5 %
        assertThat(year.indicators().averagePledgeRate()).isEqualTo(new BigDecimal("0.333333"));
        assertThat(year.indicators().nplRate()).isEqualTo(new BigDecimal("0.050000"));
    }

    @Test
    void a_year_without_quarters_is_empty_and_its_rates_undefined() {
        var none = AnnualFigures.of(List.of()).indicators();
        assertThat(none.newLoans()).isZero();
        assertThat(none.nplRate()).isNull();
        assertThat(none.averagePledgeRate()).isNull();
    }
}
