package cn.ipfin.core.servicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.schedule.DueDates;
import cn.ipfin.core.schedule.Instalment;
import cn.ipfin.core.schedule.InterestBasis;
import cn.ipfin.core.schedule.PeriodFrequency;
import cn.ipfin.core.schedule.RepaymentSchedule;
import cn.ipfin.core.schedule.ScheduleRounding;
import cn.ipfin.core.schedule.ScheduleTerms;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Chains of up to three random revisions (prepayment either way, repricing, extension) of random loans; each
 * repetition has its own fixed seed, so a failure names a reproducible chain.
 */
class ScheduleRevisionPropertiesTest {

    private static final long SEED = 0x2E_715_10AL;

    private static ScheduleTerms randomLoan(SplittableRandom random) {
        long fen = random.nextInt(5) == 0 ? random.nextLong(2, 5_000) : random.nextLong(100, 10_000_000_000L);
        boolean monthly = random.nextBoolean();
        PeriodFrequency frequency = monthly ? PeriodFrequency.MONTHLY : PeriodFrequency.QUARTERLY;
        int periods = monthly ? random.nextInt(1, 121) : random.nextInt(1, 41);
        boolean dayCount = random.nextInt(4) != 0;
        return new ScheduleTerms(Money.ofFen(fen), Rate.bp(random.nextInt(0, 2_400)),
                LocalDate.of(2020, 1, 1).plusDays(random.nextInt(0, 2_000)), periods, frequency,
                RepaymentMethod.values()[random.nextInt(RepaymentMethod.values().length)],
                DayCount.values()[random.nextInt(DayCount.values().length)],
                dayCount ? InterestBasis.DAY_COUNT : InterestBasis.PERIODIC_RATE, ScheduleRounding.HALF_UP_TO_FEN);
    }

    /** A date in (start, maturity) on the DAY_COUNT basis; a due date strictly inside on the periodic rate; null if none. */
    private static LocalDate randomDate(SplittableRandom random, ScheduleTerms terms) {
        if (terms.interestBasis() == InterestBasis.DAY_COUNT) {
            long days = ChronoUnit.DAYS.between(terms.startDate(), terms.maturityDate());
            return days < 2 ? null : terms.startDate().plusDays(random.nextLong(1, days));
        }
        return terms.periods() < 2 ? null : terms.dueDate(random.nextInt(1, terms.periods()));
    }

    private static int maturityIndex(ScheduleTerms terms) {
        return terms.anchorOffset() + terms.periods();
    }

    @RepeatedTest(300)
    void revised_schedules_sum_exactly_stay_on_the_original_grid_and_chain(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(SEED + repetition.getCurrentRepetition());
        RepaymentSchedule original = cn.ipfin.core.schedule.CustomPlans.schedule(randomLoan(random), random);
        RepaymentSchedule current = original;

        for (int step = 0; step < 3; step++) {
            ScheduleTerms terms = current.terms();
            LocalDate on = randomDate(random, terms);
            if (on == null) return;
            Money balance = ScheduleRevision.balanceOn(current, on);
            Money accrued = ScheduleRevision.interestAccruedTo(current, on);
            Instalment containing = current.instalments().stream().filter(line -> line.dueDate().isAfter(on)).findFirst().orElseThrow();
            assertThat(accrued.isNegative()).isFalse();
            if (terms.interestBasis() == InterestBasis.DAY_COUNT) assertThat(accrued).isLessThanOrEqualTo(containing.interest());

            String context = "step %d on %s of %s".formatted(step, on, terms);
            RepaymentSchedule revised;
            Money expectedPrincipal = balance;
            int op = random.nextInt(3);
            if (op == 0) {
                if (balance.toFen() < 2) return;
                Money prepaid = Money.ofFen(random.nextLong(1, balance.toFen()));
                PrepaymentOption option = PrepaymentOption.values()[random.nextInt(2)];
                revised = ScheduleRevision.prepay(current, on, prepaid, option);
                expectedPrincipal = balance.minus(prepaid);
                checkPrepayment(current, revised, option, context);
            } else if (op == 1) {
                revised = ScheduleRevision.reprice(current, on, Rate.bp(random.nextInt(0, 2_400)));
                assertThat(revised.terms().maturityDate()).as(context).isEqualTo(terms.maturityDate());
            } else {
                int extra = random.nextInt(1, 7);
                int already = Math.max(0, maturityIndex(terms) - maturityIndex(original.terms()));
                if (!ScheduleRevision.extensionAllowed(original.terms(), already, extra, on).isAllowed()) {
                    RepaymentSchedule refused = current;
                    assertThatThrownBy(() -> ScheduleRevision.reschedule(refused, original, on, extra))
                            .isInstanceOf(IllegalArgumentException.class);
                    return;
                }
                revised = ScheduleRevision.reschedule(current, original, on, extra);
                assertThat(maturityIndex(revised.terms())).as(context).isEqualTo(maturityIndex(terms) + extra);
            }

            checkInvariants(original, current, revised, on, expectedPrincipal, context);
            current = revised;
        }
    }

    private static void checkInvariants(RepaymentSchedule original, RepaymentSchedule old, RepaymentSchedule revised, LocalDate on,
                                        Money principal, String context) {
        ScheduleTerms terms = revised.terms();
        assertThat(terms.principal()).as(context).isEqualTo(principal);
        assertThat(revised.totalPrincipal()).as(context).isEqualTo(principal);
        assertThat(revised.last().closingBalance()).as(context).isEqualTo(Money.zero());
        assertThat(revised.instalments()).as(context).allSatisfy(line -> {
            assertThat(line.principal().isNegative()).isFalse();
            assertThat(line.interest().isNegative()).isFalse();
            assertThat(line.closingBalance().isNegative()).isFalse();
        });
        assertThat(terms.startDate()).as(context).isEqualTo(on);
        assertThat(terms.anchorDate()).as(context).isEqualTo(original.terms().anchorDate());
        assertThat(terms.frequency()).isEqualTo(original.terms().frequency());

        // Every due date lies on the original grid, and the last is the maturity.
        LocalDate anchor = original.terms().anchorDate();
        PeriodFrequency frequency = terms.frequency();
        for (int k = 1; k <= terms.periods(); k++) {
            assertThat(terms.dueDate(k)).as(context).isEqualTo(DueDates.dueDate(anchor, frequency, terms.anchorOffset() + k));
        }
        assertThat(revised.last().dueDate()).as(context).isEqualTo(terms.maturityDate());

        // Versions chain: the first due date after the revision is the old grid's next date after `on`.
        int oldGridPeriod = old.terms().anchorOffset();
        while (!DueDates.dueDate(anchor, frequency, oldGridPeriod + 1).isAfter(on)) oldGridPeriod++;
        assertThat(terms.anchorOffset()).as(context).isEqualTo(oldGridPeriod);
        assertThat(terms.dueDate(1)).as(context).isEqualTo(DueDates.dueDate(anchor, frequency, oldGridPeriod + 1));
        if (terms.method() != RepaymentMethod.BULLET) {
            Instalment next = old.instalments().stream().filter(line -> line.dueDate().isAfter(on)).findFirst().orElseThrow();
            assertThat(revised.first().dueDate()).as(context).isEqualTo(next.dueDate());
            assertThat(revised.first().number()).as(context).isEqualTo(next.number());
            for (int i = 0; i < revised.size(); i++) {
                Instalment line = revised.instalments().get(i);
                assertThat(line.number()).isEqualTo(terms.anchorOffset() + i + 1);
                assertThat(line.dueDate()).isEqualTo(DueDates.dueDate(anchor, frequency, line.number()));
            }
        }
    }

    private static void checkPrepayment(RepaymentSchedule old, RepaymentSchedule revised, PrepaymentOption option, String context) {
        LocalDate oldMaturity = old.terms().maturityDate();
        RepaymentMethod method = old.terms().method();
        if (method == RepaymentMethod.CUSTOM) {
            // the plan's parts never grow: SHORTEN_TERM takes the prepayment off the last ones (the plan may end
            // earlier), LOWER_INSTALMENT scales them all (same maturity)
            List<Instalment> oldLines = old.instalments().stream().filter(l -> l.number() >= revised.first().number()).toList();
            for (int i = 0; i < revised.size() - 1; i++) {
                assertThat(revised.instalments().get(i).principal()).as(context).isLessThanOrEqualTo(oldLines.get(i).principal());
            }
            if (option == PrepaymentOption.LOWER_INSTALMENT) assertThat(revised.terms().maturityDate()).as(context).isEqualTo(oldMaturity);
            else assertThat(revised.terms().maturityDate()).as(context).isBeforeOrEqualTo(oldMaturity);
            return;
        }
        boolean keepsInstalment = option == PrepaymentOption.SHORTEN_TERM
                && (method == RepaymentMethod.EQUAL_INSTALMENTS || method == RepaymentMethod.EQUAL_PRINCIPAL);
        if (!keepsInstalment) {
            assertThat(revised.terms().maturityDate()).as(context).isEqualTo(oldMaturity);
            return;
        }
        assertThat(revised.terms().maturityDate()).as(context).isBeforeOrEqualTo(oldMaturity);
        if (revised.size() < 2 || old.size() < 2) return;
        List<Instalment> oldRegular = old.instalments().subList(0, old.size() - 1);
        List<Instalment> newRegular = revised.instalments().subList(0, revised.size() - 1);
        if (method == RepaymentMethod.EQUAL_PRINCIPAL) {
            Money share = oldRegular.stream().map(Instalment::principal).reduce(Money::min).orElseThrow();
            assertThat(newRegular).as(context).extracting(Instalment::principal).containsOnly(share);
            if (revised.terms().maturityDate().isBefore(oldMaturity)) {
                assertThat(revised.last().principal()).as(context).isLessThanOrEqualTo(share);
            }
        } else {
            Money payment = oldRegular.stream().map(Instalment::payment).reduce(Money::min).orElseThrow();
            // Each non-final line pays the kept payment, unless its interest alone exceeds it (extreme rates on long
            // day-count months), when it pays the interest and no principal.
            assertThat(newRegular).as(context).allSatisfy(line -> {
                if (line.interest().isAtLeast(payment)) {
                    assertThat(line.principal()).isEqualTo(Money.zero());
                } else {
                    assertThat(line.payment()).isEqualTo(payment);
                }
            });
            if (revised.terms().maturityDate().isBefore(oldMaturity)) {
                assertThat(revised.last().payment()).as(context).isLessThanOrEqualTo(payment);
            }
        }
    }
}
