package cn.ipfin.core.servicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.servicing.RepaymentAllocation.Allocation;
import cn.ipfin.core.servicing.RepaymentAllocation.InstalmentDue;
import cn.ipfin.core.servicing.RepaymentAllocation.InstalmentPart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Order: penalty → overdue interest → overdue principal → current interest → current principal. */
class RepaymentAllocationTest {

    private static final LocalDate VALUE_DATE = LocalDate.of(2025, 3, 15);
    private static final Money PENALTY = Money.of("45.67");

    /** Two instalments overdue, one due on the value date, one due later. */
    private static final List<InstalmentDue> DUES = List.of(
            new InstalmentDue(4, LocalDate.of(2025, 4, 15), Money.of("8300"), Money.of("150")),
            new InstalmentDue(2, LocalDate.of(2025, 2, 15), Money.of("8100"), Money.of("250")),
            new InstalmentDue(1, LocalDate.of(2025, 1, 15), Money.of("8000"), Money.of("300")),
            new InstalmentDue(3, LocalDate.of(2025, 3, 15), Money.of("8200"), Money.of("200")));

    private static Allocation pay(String amount) {
        return RepaymentAllocation.allocate(DUES, PENALTY, VALUE_DATE, Money.of(amount));
    }

    private static String yuan(Money m) {
        return m.toString();
    }

    @Test
    void total_due_is_penalty_plus_everything_due_by_the_value_date() {
        // 45.67 + (300 + 250 + 200) + (8,000 + 8,100 + 8,200); instalment 4 is not yet due.
        assertThat(RepaymentAllocation.totalDue(DUES, PENALTY, VALUE_DATE)).isEqualTo(Money.of("25095.67"));
    }

    @Test
    void a_small_payment_stops_inside_the_penalty() {
        Allocation a = pay("30.00");
        assertThat(a.penalty()).isEqualTo(Money.of("30.00"));
        assertThat(a.parts()).isEmpty();
        assertThat(a.unallocated()).isEqualTo(Money.zero());
    }

    @Test
    void after_the_penalty_the_oldest_overdue_interest_is_paid_first() {
        Allocation a = pay("445.67");
        assertThat(a.penalty()).isEqualTo(PENALTY);
        assertThat(a.parts()).containsExactly(
                new InstalmentPart(1, Money.of("300"), Money.zero(), true),
                new InstalmentPart(2, Money.of("100"), Money.zero(), true));
        assertThat(a.overdueInterest()).isEqualTo(Money.of("400"));
        assertThat(a.overduePrincipal()).isEqualTo(Money.zero());
    }

    @Test
    void all_overdue_interest_before_any_overdue_principal() {
        Allocation a = pay("4595.67");
        assertThat(a.parts()).containsExactly(
                new InstalmentPart(1, Money.of("300"), Money.of("4000"), true),
                new InstalmentPart(2, Money.of("250"), Money.zero(), true));
        assertThat(yuan(a.overdueInterest())).isEqualTo("550.00");
        assertThat(yuan(a.overduePrincipal())).isEqualTo("4000.00");
    }

    @Test
    void exactly_the_overdue_amount_leaves_the_current_instalment_untouched() {
        Allocation a = pay("16695.67");
        assertThat(yuan(a.overduePrincipal())).isEqualTo("16100.00");
        assertThat(a.currentInterest()).isEqualTo(Money.zero());
        assertThat(a.parts()).extracting(InstalmentPart::number).containsExactly(1, 2);
    }

    @Test
    void current_interest_before_current_principal() {
        Allocation partInterest = pay("16795.67");
        assertThat(yuan(partInterest.currentInterest())).isEqualTo("100.00");
        assertThat(partInterest.currentPrincipal()).isEqualTo(Money.zero());

        Allocation partPrincipal = pay("20000");
        assertThat(yuan(partPrincipal.currentInterest())).isEqualTo("200.00");
        // 20,000 − 45.67 − 550 − 16,100 − 200
        assertThat(yuan(partPrincipal.currentPrincipal())).isEqualTo("3104.33");
        assertThat(partPrincipal.parts().getLast()).isEqualTo(new InstalmentPart(3, Money.of("200"), Money.of("3104.33"), false));
    }

    @Test
    void more_than_is_due_leaves_the_rest_unallocated_and_never_pays_a_later_instalment() {
        Allocation a = pay("30000");
        assertThat(yuan(a.allocated())).isEqualTo("25095.67");
        assertThat(yuan(a.unallocated())).isEqualTo("4904.33");
        assertThat(a.parts()).extracting(InstalmentPart::number).containsExactly(1, 2, 3);
        assertThat(yuan(a.total())).isEqualTo("30000.00");
    }

    @Test
    void the_amount_must_be_positive_and_numbers_unique() {
        assertThatThrownBy(() -> pay("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pay("-1")).isInstanceOf(IllegalArgumentException.class);
        List<InstalmentDue> twice = List.of(DUES.get(0), DUES.get(0));
        assertThatThrownBy(() -> RepaymentAllocation.allocate(twice, PENALTY, VALUE_DATE, Money.of("1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final long SEED = 0xA110CL;

    private static Money randomMoney(SplittableRandom random, long maxFen) {
        return random.nextInt(5) == 0 ? Money.zero() : Money.ofFen(random.nextLong(0, maxFen));
    }

    @RepeatedTest(300)
    void money_is_conserved_and_no_bucket_is_paid_before_an_earlier_one_is_settled(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(SEED + repetition.getCurrentRepetition());
        LocalDate valueDate = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(0, 365));
        List<InstalmentDue> dues = new ArrayList<>();
        int count = random.nextInt(0, 9);
        for (int n = 1; n <= count; n++) {
            LocalDate due = valueDate.plusDays(random.nextInt(-200, 60));
            if (random.nextInt(4) == 0) due = valueDate;
            dues.add(new InstalmentDue(n, due, randomMoney(random, 2_000_000), randomMoney(random, 50_000)));
        }
        Money penalty = randomMoney(random, 10_000);
        Money totalDue = RepaymentAllocation.totalDue(dues, penalty, valueDate);
        Money amount = Money.ofFen(random.nextLong(1, Math.max(2, totalDue.toFen() * 5 / 4 + 2)));

        Allocation a = RepaymentAllocation.allocate(dues, penalty, valueDate, amount);

        String context = "dues %s penalty %s date %s amount %s -> %s".formatted(dues, penalty, valueDate, amount, a);
        assertThat(a.total()).as(context).isEqualTo(amount);
        assertThat(a.penalty().plus(a.overdueInterest()).plus(a.overduePrincipal()).plus(a.currentInterest())
                .plus(a.currentPrincipal()).plus(a.unallocated())).as(context).isEqualTo(amount);
        assertThat(a.allocated()).as(context).isEqualTo(amount.min(totalDue));
        assertThat(a.unallocated().isNegative()).isFalse();

        Map<Integer, InstalmentDue> byNumber = dues.stream().collect(Collectors.toMap(InstalmentDue::number, Function.identity()));
        for (InstalmentPart part : a.parts()) {
            InstalmentDue due = byNumber.get(part.number());
            assertThat(due.dueDate()).as(context).isBeforeOrEqualTo(valueDate);
            assertThat(part.overdue()).isEqualTo(due.dueDate().isBefore(valueDate));
            assertThat(part.interest()).isLessThanOrEqualTo(due.interestOutstanding());
            assertThat(part.principal()).isLessThanOrEqualTo(due.principalOutstanding());
            assertThat(part.interest().isNegative() || part.principal().isNegative()).isFalse();
        }

        // Buckets in order, each as (owed, paid) per instalment oldest first: anything paid in a bucket means every
        // earlier bucket, and every older instalment in the same bucket, is settled.
        List<List<Money[]>> buckets = buckets(dues, a, valueDate);
        boolean laterMayReceive = a.penalty().equals(penalty);
        for (List<Money[]> bucket : buckets) {
            for (Money[] owedPaid : bucket) {
                if (!laterMayReceive) assertThat(owedPaid[1]).as(context).isEqualTo(Money.zero());
                if (!owedPaid[1].equals(owedPaid[0])) laterMayReceive = false;
            }
        }
        if (a.unallocated().isPositive()) assertThat(laterMayReceive).as(context).isTrue();
    }

    private static List<List<Money[]>> buckets(List<InstalmentDue> dues, Allocation a, LocalDate valueDate) {
        List<InstalmentDue> sorted = dues.stream().filter(d -> !d.dueDate().isAfter(valueDate))
                .sorted(java.util.Comparator.comparing(InstalmentDue::dueDate).thenComparingInt(InstalmentDue::number)).toList();
        Map<Integer, InstalmentPart> parts = a.parts().stream().collect(Collectors.toMap(InstalmentPart::number, Function.identity()));
        List<List<Money[]>> result = new ArrayList<>();
        for (boolean overdue : new boolean[] {true, false}) {
            for (boolean interest : new boolean[] {true, false}) {
                List<Money[]> bucket = new ArrayList<>();
                for (InstalmentDue d : sorted) {
                    if (d.dueDate().isBefore(valueDate) != overdue) continue;
                    InstalmentPart p = parts.get(d.number());
                    Money paid = p == null ? Money.zero() : interest ? p.interest() : p.principal();
                    bucket.add(new Money[] {interest ? d.interestOutstanding() : d.principalOutstanding(), paid});
                }
                result.add(bucket);
            }
        }
        return result;
    }
}
