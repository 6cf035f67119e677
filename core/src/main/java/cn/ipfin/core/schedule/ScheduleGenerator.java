package cn.ipfin.core.schedule;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link RepaymentSchedule} from {@link ScheduleTerms}. Plain arithmetic, no I/O, no clock.
 *
 * <p>The rule shared by every method: each line's principal is at most the opening balance, and the last line's
 * principal is the whole remaining balance (it absorbs every fen of rounding), so the balance ends at exactly zero
 * and no part is ever negative.
 */
final class ScheduleGenerator {

    /** 34 significant digits for (1+r)^n: the payment is rounded to the fen only once, at the end. */
    private static final MathContext ANNUITY_PRECISION = MathContext.DECIMAL128;

    private ScheduleGenerator() {
    }

    static RepaymentSchedule generate(ScheduleTerms terms) {
        List<Instalment> lines = switch (terms.method()) {
            case EQUAL_INSTALMENTS -> equalInstalments(terms);
            case EQUAL_PRINCIPAL -> equalPrincipal(terms);
            case INTEREST_ONLY_THEN_PRINCIPAL -> interestOnly(terms);
            case BULLET -> bullet(terms);
            case CUSTOM -> throw new IllegalArgumentException(
                    "a custom schedule lists its principal line by line: use RepaymentSchedule.ofCustom");
        };
        return new RepaymentSchedule(terms, lines);
    }

    /**
     * 等额本息: payment = P·r·(1+r)^n / ((1+r)^n − 1) with r = annual rate ÷ periods per year, rounded once to the fen
     * by {@code rounding.payment()} (under DAY_COUNT, r varies with each period's days: see {@link #annuityPayment}). Each
     * period's principal is the payment less that period's interest; the last pays off what remains, so its payment
     * differs from the others by the accumulated rounding (a few fen). Under the DAY_COUNT basis a long month's interest
     * can exceed the payment at extreme rates; the principal part is then
     * zero (never negative) and the last line takes the rest. If the rounded payment would repay the loan before the
     * last period (tiny principals over many periods, where a rounded-up fen per period adds up), the payment is
     * rounded down instead, so that the instalments stay equal and the last one absorbs the remainder.
     */
    private static List<Instalment> equalInstalments(ScheduleTerms terms) {
        List<Instalment> lines = amortiseAt(terms, annuityPayment(terms, terms.rounding().payment()));
        if (lines.getLast().openingBalance().isZero() && terms.periods() > 1) {
            lines = amortiseAt(terms, annuityPayment(terms, RoundingMode.DOWN));
        }
        return lines;
    }

    static RepaymentSchedule equalInstalmentsOf(ScheduleTerms terms, Money payment) {
        requireMethod(terms, RepaymentMethod.EQUAL_INSTALMENTS);
        if (!payment.isPositive()) throw new IllegalArgumentException("payment must be positive: " + payment);
        return new RepaymentSchedule(terms, amortiseAt(terms, payment));
    }

    static RepaymentSchedule equalPrincipalOf(ScheduleTerms terms, Money share) {
        requireMethod(terms, RepaymentMethod.EQUAL_PRINCIPAL);
        if (share.isNegative()) throw new IllegalArgumentException("share must not be negative: " + share);
        return new RepaymentSchedule(terms, amortise(terms, (opening, interest) -> share));
    }

    /**
     * 自定义: line k repays {@code parts[k-1]}; the parts must be as many as the periods, none negative, and add up to
     * the principal exactly — a plan that does not is refused rather than corrected, because it is the contract.
     */
    static RepaymentSchedule customOf(ScheduleTerms terms, List<Money> parts) {
        requireMethod(terms, RepaymentMethod.CUSTOM);
        if (parts.size() != terms.periods()) {
            throw new IllegalArgumentException("还款计划期数 " + parts.size() + " 与期限 " + terms.periods() + " 期不符 / "
                    + parts.size() + " principal parts for " + terms.periods() + " periods");
        }
        Money sum = Money.zero();
        for (Money part : parts) {
            if (part.isNegative()) throw new IllegalArgumentException("还款计划中有负数本金 / a principal part is negative: " + part);
            sum = sum.plus(part);
        }
        if (!sum.equals(terms.principal())) {
            throw new IllegalArgumentException("还款计划本金合计 " + sum + " 不等于贷款本金 " + terms.principal()
                    + " / the parts add up to " + sum + ", not the principal " + terms.principal());
        }
        List<Money> fixed = List.copyOf(parts);
        int[] k = {0};
        return new RepaymentSchedule(terms, amortise(terms, (opening, interest) -> fixed.get(k[0]++)));
    }

    private static void requireMethod(ScheduleTerms terms, RepaymentMethod method) {
        if (terms.method() != method) throw new IllegalArgumentException("terms are " + terms.method() + ", not " + method);
    }

    private static List<Instalment> amortiseAt(ScheduleTerms terms, Money payment) {
        return amortise(terms, (opening, interest) -> payment.minus(interest).max(Money.zero()));
    }

    /**
     * 等额本金: principal ÷ n each period, rounded by {@code rounding.principalShare()}; interest on the declining
     * balance. If rounding up would make the first n − 1 shares exceed the principal (a principal under n fen a
     * period), the share is rounded down instead, so that the shares stay equal and the last stays positive.
     */
    private static List<Instalment> equalPrincipal(ScheduleTerms terms) {
        Money share = terms.principal().dividedBy(terms.periods(), terms.rounding().principalShare());
        if (share.times(terms.periods() - 1L).isGreaterThan(terms.principal())) {
            share = terms.principal().dividedBy(terms.periods(), RoundingMode.DOWN);
        }
        Money fixedShare = share;
        return amortise(terms, (opening, interest) -> fixedShare);
    }

    /** 先息后本: interest each period, the whole principal with the last. */
    private static List<Instalment> interestOnly(ScheduleTerms terms) {
        return amortise(terms, (opening, interest) -> Money.zero());
    }

    /** 到期一次还本付息: one instalment at maturity, simple interest over the whole term, rounded once. */
    private static List<Instalment> bullet(ScheduleTerms terms) {
        Money principal = terms.principal();
        LocalDate maturity = terms.maturityDate();
        Money interest = switch (terms.interestBasis()) {
            // whole periods at r ÷ 12, a broken first one pro rata
            case PERIODIC_RATE -> Money.of(principal.amount().multiply(terms.annualRate().annualFraction())
                    .multiply(BigDecimal.valueOf(terms.periods() - 1L).add(brokenShare(terms, terms.startDate(), terms.dueDate(1))))
                    .divide(BigDecimal.valueOf(terms.frequency().periodsPerYear()), 2, terms.rounding().interest()));
            case DAY_COUNT -> terms.dayCount().dailyInterest(principal, terms.annualRate(), terms.startDate(), maturity, terms.rounding().interest());
        };
        return List.of(Instalment.of(terms.anchorOffset() + 1, maturity, principal, principal, interest));
    }

    /** The principal a non-final line wants to repay, before it is capped at the opening balance. */
    private interface PrincipalRule {
        Money principal(Money opening, Money interest);
    }

    private static List<Instalment> amortise(ScheduleTerms terms, PrincipalRule rule) {
        List<Instalment> lines = new ArrayList<>(terms.periods());
        Money balance = terms.principal();
        LocalDate from = terms.startDate();
        for (int k = 1; k <= terms.periods(); k++) {
            LocalDate due = terms.dueDate(k);
            Money interest = interest(terms, balance, from, due);
            Money principal = k == terms.periods() ? balance : rule.principal(balance, interest).min(balance);
            Instalment line = Instalment.of(terms.anchorOffset() + k, due, balance, principal, interest);
            lines.add(line);
            balance = line.closingBalance();
            from = due;
        }
        return lines;
    }

    private static Money interest(ScheduleTerms terms, Money balance, LocalDate from, LocalDate to) {
        RoundingMode rounding = terms.rounding().interest();
        return switch (terms.interestBasis()) {
            case PERIODIC_RATE -> terms.startsOnTheGrid() || !from.equals(terms.startDate())
                    ? Money.of(balance.amount().multiply(terms.annualRate().annualFraction())
                            .divide(BigDecimal.valueOf(terms.frequency().periodsPerYear()), 2, rounding))
                    : Money.of(balance.amount().multiply(terms.annualRate().annualFraction()).multiply(brokenShare(terms, from, to))
                            .divide(BigDecimal.valueOf(terms.frequency().periodsPerYear()), 2, rounding));
            case DAY_COUNT -> terms.dayCount().dailyInterest(balance, terms.annualRate(), from, to, rounding);
        };
    }

    /**
     * The annuity payment; at a zero rate, principal ÷ n. On the periodic basis with whole periods this is the bank
     * calculators' closed form. Otherwise each period k has its own rate r_k (days_k ÷ days-in-year under DAY_COUNT; a
     * broken first period's share of r ÷ 12 on the periodic basis), and the payment is the one that amortises the
     * loan exactly under those rates: P·Π(1+r_k) ÷ Σ_j Π_{k>j}(1+r_k). Computing it at r ÷ 12 and then splitting by
     * days would leave the whole difference to the last line (a balloon of several payments on a 30-year loan).
     */
    static Money annuityPayment(ScheduleTerms terms, RoundingMode rounding) {
        BigDecimal principal = terms.principal().amount();
        int n = terms.periods();
        if (terms.annualRate().annualFraction().signum() == 0) {
            return Money.of(principal.divide(BigDecimal.valueOf(n), 2, rounding));
        }
        if (terms.interestBasis() == InterestBasis.PERIODIC_RATE && terms.startsOnTheGrid()) {
            BigDecimal r = periodicRate(terms);
            BigDecimal growth = BigDecimal.ONE.add(r).pow(n, ANNUITY_PRECISION);
            BigDecimal payment = principal.multiply(r).multiply(growth)
                    .divide(growth.subtract(BigDecimal.ONE), ANNUITY_PRECISION);
            return Money.of(payment.setScale(2, rounding));
        }
        // backwards from maturity: growth = Π_{k>j}(1+r_k), annuity = Σ_j of it
        BigDecimal growth = BigDecimal.ONE;
        BigDecimal annuity = BigDecimal.ZERO;
        for (int k = n; k >= 1; k--) {
            annuity = annuity.add(growth);
            LocalDate from = k == 1 ? terms.startDate() : terms.dueDate(k - 1);
            growth = growth.multiply(BigDecimal.ONE.add(rateOfPeriod(terms, from, terms.dueDate(k))), ANNUITY_PRECISION);
        }
        BigDecimal payment = principal.multiply(growth).divide(annuity, ANNUITY_PRECISION);
        return Money.of(payment.setScale(2, rounding));
    }

    /** r ÷ periods per year: the periodic basis' rate of one whole period. */
    private static BigDecimal periodicRate(ScheduleTerms terms) {
        return terms.annualRate().annualFraction()
                .divide(BigDecimal.valueOf(terms.frequency().periodsPerYear()), ANNUITY_PRECISION);
    }

    /** The unrounded interest per yuan of the period [from, to): what {@link #interest} charges before it rounds. */
    private static BigDecimal rateOfPeriod(ScheduleTerms terms, LocalDate from, LocalDate to) {
        return switch (terms.interestBasis()) {
            case PERIODIC_RATE -> periodicRate(terms).multiply(brokenShare(terms, from, to), ANNUITY_PRECISION);
            case DAY_COUNT -> terms.annualRate().annualFraction().multiply(BigDecimal.valueOf(terms.dayCount().days(from, to)))
                    .divide(BigDecimal.valueOf(terms.dayCount().daysInYear()), ANNUITY_PRECISION);
        };
    }

    /**
     * The share of its grid period that [from, to) covers, by actual days: 1 for a whole period; for a revision's
     * broken first period (it starts on the day of a prepayment), days left ÷ days of the grid period, so the periodic
     * basis charges r ÷ 12 pro rata for it, the same way the daily close accrues it.
     */
    private static BigDecimal brokenShare(ScheduleTerms terms, LocalDate from, LocalDate to) {
        LocalDate gridStart = DueDates.dueDate(terms.anchorDate(), terms.frequency(), terms.anchorOffset());
        if (!from.equals(terms.startDate()) || terms.startsOnTheGrid()) return BigDecimal.ONE;
        return BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(from, to))
                .divide(BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(gridStart, to)), ANNUITY_PRECISION);
    }
}
