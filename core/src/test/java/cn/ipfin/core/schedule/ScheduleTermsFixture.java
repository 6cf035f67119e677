package cn.ipfin.core.schedule;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import java.time.LocalDate;

/** Builder for tests: {@code aLoan().principal("1000000").ratePercent("4.9").months(240).method(EQUAL_INSTALMENTS)}. */
final class ScheduleTermsFixture {

    private Money principal = Money.of("100000");
    private Rate rate = Rate.percent("4.9");
    private LocalDate start = LocalDate.of(2024, 1, 15);
    private int periods = 12;
    private PeriodFrequency frequency = PeriodFrequency.MONTHLY;
    private RepaymentMethod method = RepaymentMethod.EQUAL_INSTALMENTS;
    private DayCount dayCount = DayCount.ACT_360;
    private InterestBasis basis = InterestBasis.PERIODIC_RATE;
    private LocalDate anchor;
    private int anchorOffset;

    static ScheduleTermsFixture aLoan() {
        return new ScheduleTermsFixture();
    }

    ScheduleTermsFixture principal(String yuan) { principal = Money.of(yuan); return this; }
    ScheduleTermsFixture principal(Money yuan) { principal = yuan; return this; }
    ScheduleTermsFixture ratePercent(String percent) { rate = Rate.percent(percent); return this; }
    ScheduleTermsFixture rate(Rate r) { rate = r; return this; }
    ScheduleTermsFixture startingOn(LocalDate date) { start = date; return this; }
    ScheduleTermsFixture months(int n) { periods = n; frequency = PeriodFrequency.MONTHLY; return this; }
    ScheduleTermsFixture quarters(int n) { periods = n; frequency = PeriodFrequency.QUARTERLY; return this; }
    ScheduleTermsFixture method(RepaymentMethod m) { method = m; return this; }
    ScheduleTermsFixture dayCount(DayCount d) { dayCount = d; basis = InterestBasis.DAY_COUNT; return this; }
    ScheduleTermsFixture periodicRate() { basis = InterestBasis.PERIODIC_RATE; return this; }
    ScheduleTermsFixture anchoredOn(LocalDate date, int offset) { anchor = date; anchorOffset = offset; return this; }

    ScheduleTerms terms() {
        if (anchor == null) {
            return new ScheduleTerms(principal, rate, start, periods, frequency, method, dayCount, basis, ScheduleRounding.HALF_UP_TO_FEN);
        }
        return new ScheduleTerms(principal, rate, start, periods, frequency, method, dayCount, basis, ScheduleRounding.HALF_UP_TO_FEN,
                anchor, anchorOffset);
    }

    RepaymentSchedule schedule() {
        return RepaymentSchedule.of(terms());
    }
}
