package cn.ipfin.bench;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.schedule.InterestBasis;
import cn.ipfin.core.schedule.PeriodFrequency;
import cn.ipfin.core.schedule.RepaymentSchedule;
import cn.ipfin.core.schedule.ScheduleRounding;
import cn.ipfin.core.schedule.ScheduleTerms;
import cn.ipfin.core.servicing.CloseOutput;
import cn.ipfin.core.servicing.DailyServicing;
import cn.ipfin.core.servicing.LoanClassification;
import cn.ipfin.core.servicing.PenaltyTerms;
import cn.ipfin.core.servicing.PostingKind;
import cn.ipfin.core.servicing.ServicingPosition;
import cn.ipfin.core.servicing.ServicingTerms;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The daily close of one loan in the core alone (no database): 1,024 loans of every method, a few percent overdue,
 * each closed for the day after its position — what the close's Java side costs per loan, against the 60 s for
 * 1,000,000 loans of issue 7 (60 µs a loan including the database).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DailyServicingBench {

    private static final int N = 1024;

    private ServicingPosition[] positions;
    private ServicingTerms[] terms;
    private RepaymentSchedule[] schedules;
    private int i;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(7);
        positions = new ServicingPosition[N];
        terms = new ServicingTerms[N];
        schedules = new RepaymentSchedule[N];
        for (int k = 0; k < N; k++) {
            LocalDate start = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(0, 300));
            var t = new ScheduleTerms(Money.ofYuan(random.nextLong(100_000, 5_000_000)), Rate.bp(random.nextInt(300, 460)),
                    start, 12, PeriodFrequency.MONTHLY, RepaymentMethod.values()[k % 3], DayCount.ACT_360,
                    InterestBasis.DAY_COUNT, ScheduleRounding.HALF_UP_TO_FEN);
            schedules[k] = RepaymentSchedule.of(t);
            terms[k] = new ServicingTerms(t.annualRate(), DayCount.ACT_360, new PenaltyTerms(new BigDecimal("0.50"), true),
                    t.maturityDate());
            ServicingPosition p = ServicingPosition.atDisbursement(t.principal(), start, schedules[k].first());
            boolean overdue = k % 33 == 0;
            LocalDate closed = start.plusDays(random.nextInt(0, 25));
            Money accrued = DayCount.ACT_360.dailyInterest(t.principal(), t.annualRate(), start, closed.plusDays(1),
                    java.math.RoundingMode.HALF_UP);
            positions[k] = new ServicingPosition(p.scheduledBalance(), p.periodStart(), p.nextNo(), p.nextDueOn(),
                    p.nextPrincipal(), p.nextInterest(), Money.zero(), Money.zero(), accrued,
                    overdue ? Money.ofYuan(50_000) : Money.zero(), overdue ? Money.of("3500.00") : Money.zero(),
                    Money.zero(), overdue ? start.minusDays(40) : null, overdue ? 40 : 0,
                    overdue ? LoanClassification.SPECIAL_MENTION : LoanClassification.NORMAL, null,
                    closed);
        }
    }

    @Benchmark
    public ServicingPosition closeOneLoanForOneDay(Blackhole hole) {
        int k = i++ & (N - 1);
        ServicingPosition p = positions[k];
        RepaymentSchedule schedule = schedules[k];
        return DailyServicing.close(p, terms[k], p.closedThrough().plusDays(1),
                n -> n <= schedule.size() ? schedule.instalment(n) : null, new CloseOutput() {
                    public void post(LocalDate day, PostingKind kind, Money amount) {
                        hole.consume(amount);
                    }
                    public void classified(LocalDate day, LoanClassification from, LoanClassification to, int dpd) {
                        hole.consume(to);
                    }
                    public void maturityAhead(LocalDate day, int daysLeft) {
                        hole.consume(daysLeft);
                    }
                });
    }
}
