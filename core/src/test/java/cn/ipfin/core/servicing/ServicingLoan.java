package cn.ipfin.core.servicing;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.schedule.InterestBasis;
import cn.ipfin.core.schedule.PeriodFrequency;
import cn.ipfin.core.schedule.RepaymentSchedule;
import cn.ipfin.core.schedule.ScheduleRounding;
import cn.ipfin.core.schedule.ScheduleTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A loan driven through daily closes in a test, collecting what the close writes. */
final class ServicingLoan implements CloseOutput {

    final RepaymentSchedule schedule;
    final ServicingTerms terms;
    ServicingPosition position;
    final Map<PostingKind, Money> totals = new EnumMap<>(PostingKind.class);
    final List<String> postingKeys = new ArrayList<>();
    final List<LoanClassification> classifications = new ArrayList<>();
    int maturityReminders;

    ServicingLoan(Money principal, Rate rate, LocalDate start, int months, RepaymentMethod method, BigDecimal uplift) {
        this(new ScheduleTerms(principal, rate, start, months, PeriodFrequency.MONTHLY, method, DayCount.ACT_360,
                InterestBasis.DAY_COUNT, ScheduleRounding.HALF_UP_TO_FEN), uplift);
    }

    ServicingLoan(ScheduleTerms scheduleTerms, BigDecimal uplift) {
        this(scheduleTerms, uplift, new java.util.SplittableRandom(scheduleTerms.principal().toFen()));
    }

    ServicingLoan(ScheduleTerms scheduleTerms, BigDecimal uplift, java.util.SplittableRandom random) {
        schedule = cn.ipfin.core.schedule.CustomPlans.schedule(scheduleTerms, random);
        terms = new ServicingTerms(scheduleTerms.annualRate(), scheduleTerms.dayCount(), new PenaltyTerms(uplift, true),
                scheduleTerms.maturityDate(), scheduleTerms.interestBasis());
        position = ServicingPosition.atDisbursement(scheduleTerms.principal(), scheduleTerms.startDate(), schedule.first());
    }

    void closeThrough(LocalDate last) {
        while (position.closedThrough().isBefore(last)) {
            position = DailyServicing.close(position, terms, position.closedThrough().plusDays(1),
                    n -> n <= schedule.size() ? schedule.instalment(n) : null, this);
        }
    }

    /** The borrower pays the current instalment in full on its due date, before that day's close. */
    void payCurrentInFull() {
        position = position.withCurrentPaid();
    }

    Money total(PostingKind kind) {
        return totals.getOrDefault(kind, Money.zero());
    }

    @Override
    public void post(LocalDate day, PostingKind kind, Money amount) {
        if (!amount.isPositive()) throw new AssertionError("non-positive posting " + kind + " " + amount + " on " + day);
        String key = day + "/" + kind;
        if (postingKeys.contains(key)) throw new AssertionError("two postings " + key);
        postingKeys.add(key);
        totals.merge(kind, amount, Money::plus);
    }

    @Override
    public void classified(LocalDate day, LoanClassification from, LoanClassification to, int dpd) {
        classifications.add(to);
    }

    @Override
    public void maturityAhead(LocalDate day, int daysLeft) {
        maturityReminders++;
    }

    static Money expectedPenalty(Money overduePrincipal, Rate rate, BigDecimal uplift, long days) {
        BigDecimal daily = overduePrincipal.amount().multiply(rate.annualFraction()).multiply(BigDecimal.ONE.add(uplift))
                .divide(BigDecimal.valueOf(360), 2, RoundingMode.HALF_UP);
        return Money.of(daily.multiply(BigDecimal.valueOf(days)));
    }
}
