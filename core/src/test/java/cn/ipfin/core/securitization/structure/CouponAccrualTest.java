package cn.ipfin.core.securitization.structure;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CouponAccrualTest {

    private static final PeriodRate SEVEN_PERCENT = PeriodRate.of(new BigDecimal("0.07"));

    /** From closing 2021-06-15 to the 26th: 41 days, then 31, 31, 30; February 2022 has 28. */
    @Test
    void actualDaysRunFromTheAccrualStartToEachPaymentDate() {
        CouponAccrual a = CouponAccrual.actual365Fixed(LocalDate.of(2021, 6, 15), List.of(LocalDate.of(2021, 7, 26),
                LocalDate.of(2021, 8, 26), LocalDate.of(2021, 9, 26), LocalDate.of(2021, 10, 26)), false);
        assertThat(a.days()).containsExactly(41, 31, 31, 30);
        CouponAccrual feb = CouponAccrual.actual365Fixed(LocalDate.of(2022, 2, 26), List.of(LocalDate.of(2022, 3, 26)), false);
        assertThat(feb.days()).containsExactly(28);
    }

    /** 100.00 × 7% × 41 / 365 = 0.7863…: 0.78 truncated, 0.79 half up; 30 days: 0.5753… → 0.57. */
    @Test
    void act365FixedInterestIsBalanceTimesRateTimesDaysOver365RoundedOnce() {
        CouponAccrual a = new CouponAccrual(new int[]{41, 30}, 365, false);
        assertThat(a.accrue(10_000, SEVEN_PERCENT, 0, RoundingMode.FLOOR)).isEqualTo(78);
        assertThat(a.accrue(10_000, SEVEN_PERCENT, 0, RoundingMode.HALF_UP)).isEqualTo(79);
        assertThat(a.accrue(10_000, SEVEN_PERCENT, 1, RoundingMode.FLOOR)).isEqualTo(57);
    }

    /** Per period: the coupon is the period's rate, and unpaid interest bears none. */
    @Test
    void perPeriodAccrualAppliesTheCouponAsIs() {
        PeriodRate monthly = PeriodRate.of(new BigDecimal("0.005"));
        assertThat(CouponAccrual.perPeriod().accrue(1_000_000, monthly, 7, RoundingMode.HALF_UP)).isEqualTo(5_000);
        assertThat(CouponAccrual.perPeriod().accrueOnUnpaid(1_000_000, monthly, 7, RoundingMode.HALF_UP)).isZero();
    }

    /**
     * Unpaid interest bears interest at the coupon when the deal says so: 2.53 unpaid for 31 days at 7% is 0.0150…,
     * 0.01 truncated; without the clause, nothing.
     */
    @Test
    void unpaidInterestBearsInterestOnlyWhenTheDealSaysSo() {
        assertThat(new CouponAccrual(new int[]{31}, 365, true).accrueOnUnpaid(253, SEVEN_PERCENT, 0, RoundingMode.FLOOR)).isEqualTo(1);
        assertThat(new CouponAccrual(new int[]{31}, 365, false).accrueOnUnpaid(253, SEVEN_PERCENT, 0, RoundingMode.FLOOR)).isZero();
    }

    @Test
    void paymentDatesMustNotGoBack() {
        assertThatThrownBy(() -> CouponAccrual.actual365Fixed(LocalDate.of(2021, 6, 15), List.of(LocalDate.of(2021, 6, 1)), false))
                .hasMessageContaining("must not go back");
    }
}
