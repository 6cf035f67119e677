package cn.ipfin.core.servicing;

import cn.ipfin.core.lending.Decision;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.LprTable;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.schedule.DueDates;
import cn.ipfin.core.schedule.Instalment;
import cn.ipfin.core.schedule.RepaymentSchedule;
import cn.ipfin.core.schedule.ScheduleTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The next version of a loan's schedule after a partial prepayment (提前还款), a repricing of a floating rate (利率重定价)
 * or an extension (展期). Each revision starts on the day it takes effect with the principal then outstanding, and is
 * anchored on the original due-date grid, so that its first due date is the old schedule's next one and its lines
 * continue the old numbering. The caller stores the versions; nothing here keeps state.
 *
 * <p>Periods run from one due date (inclusive) to the next (exclusive), 算头不算尾. On a due date the instalment due that
 * day is taken as paid: the revision applies to the balance after it. If a revision takes effect inside a period, the interest accrued from the period's start to that day on the old balance
 * ({@link #interestAccruedTo}) is not part of the new schedule: the caller collects it with the prepayment, or adds it to
 * the next instalment when repricing or extending.
 */
public final class ScheduleRevision {

    /** 《贷款通则》(中国人民银行 1996): 第九条 sorts loans by term, 第十二条 limits their extension. */
    public static final String EXTENSION_RULE = "《贷款通则》第十二条";
    /** The refusals' rule ids (the server's rule catalogue names each, citing {@link #EXTENSION_RULE}). */
    public static final String EXTENSION_BEFORE_MATURITY = "extension.before-maturity";
    public static final String EXTENSION_SHORT_TERM = "extension.short-term";
    public static final String EXTENSION_MEDIUM_TERM = "extension.medium-term";
    public static final String EXTENSION_LONG_TERM = "extension.long-term";

    private static final int SHORT_TERM_MONTHS = 12;
    private static final int MEDIUM_TERM_MONTHS = 60;
    private static final int LONG_TERM_MAX_EXTENSION_MONTHS = 36;

    private ScheduleRevision() {
    }

    /**
     * Interest earned from the start of the period containing {@code on} to {@code on} (exclusive) on that period's
     * opening balance, rounded once by the terms' interest rounding; zero if {@code on} starts a period. On the
     * PERIODIC_RATE basis part of a period earns r ÷ 12 pro rata to its days.
     */
    public static Money interestAccruedTo(RepaymentSchedule current, LocalDate on) {
        Period period = periodContaining(current, on);
        if (on.equals(period.start())) return Money.zero();
        ScheduleTerms terms = current.terms();
        Money opening = period.line().openingBalance();
        return switch (terms.interestBasis()) {
            case DAY_COUNT -> terms.dayCount().dailyInterest(opening, terms.annualRate(), period.start(), on, terms.rounding().interest());
            case PERIODIC_RATE -> {
                // whole grid periods at r ÷ 12 (only a bullet line spans several), the part of one pro rata by days
                BigDecimal yearly = opening.amount().multiply(terms.annualRate().annualFraction())
                        .multiply(gridPeriodsBetween(terms, period.start(), on));
                yield Money.of(yearly.divide(BigDecimal.valueOf(terms.frequency().periodsPerYear()), 2, terms.rounding().interest()));
            }
        };
    }

    /** The scheduled principal outstanding on {@code on}: the opening balance of the period containing it. */
    public static Money balanceOn(RepaymentSchedule current, LocalDate on) {
        return periodContaining(current, on).line().openingBalance();
    }

    /**
     * What settles the loan on {@code on} (提前结清): the balance plus the interest accrued to that day. No schedule
     * follows a settlement; {@link #prepay} refuses to make one.
     */
    public static Money payoffAmount(RepaymentSchedule current, LocalDate on) {
        return balanceOn(current, on).plus(interestAccruedTo(current, on));
    }

    /**
     * Partial prepayment of {@code principalRepaid} on {@code on} (strictly after the start, strictly before maturity).
     * The new schedule starts on {@code on} with the balance less the prepayment, same rate, method, day count and
     * rounding. Repaying the whole balance is refused: that is a settlement (balanceOn + interestAccruedTo), after
     * which there is no schedule.
     *
     * <p>SHORTEN_TERM keeps the instalment: 等额本息 keeps the payment, 等额本金 the principal share; fewer periods, the
     * last absorbing the remainder. 先息后本 and bullet have no principal instalment to keep, so both options keep the
     * maturity and only the interest falls. LOWER_INSTALMENT keeps the maturity and recomputes the instalment.
     */
    public static RepaymentSchedule prepay(RepaymentSchedule current, LocalDate on, Money principalRepaid, PrepaymentOption option) {
        Objects.requireNonNull(option, "option");
        ScheduleTerms terms = current.terms();
        if (!on.isAfter(terms.startDate()) || !on.isBefore(terms.maturityDate())) {
            throw new IllegalArgumentException("a prepayment falls after the start " + terms.startDate() + " and before maturity "
                    + terms.maturityDate() + ": " + on);
        }
        if (!principalRepaid.isPositive()) throw new IllegalArgumentException("prepaid principal must be positive: " + principalRepaid);
        Money balance = balanceOn(current, on);
        Money principal = balance.minus(principalRepaid);
        if (!principal.isPositive()) {
            throw new IllegalArgumentException("prepaying " + principalRepaid + " of a balance of " + balance
                    + " settles the loan: collect the balance and the accrued interest instead of revising the schedule");
        }
        int remaining = remainingPeriods(terms, on);
        ScheduleTerms revised = revisedTerms(terms, on, principal, terms.annualRate(), remaining);
        if (terms.method() == RepaymentMethod.CUSTOM) return prepayCustom(current, on, revised, principalRepaid, option);
        if (option == PrepaymentOption.LOWER_INSTALMENT || remaining == 1) return RepaymentSchedule.of(revised);
        return switch (terms.method()) {
            case EQUAL_INSTALMENTS -> keepPayment(revised, regular(current, Instalment::payment));
            case EQUAL_PRINCIPAL -> keepShare(revised, regular(current, Instalment::principal));
            case INTEREST_ONLY_THEN_PRINCIPAL, BULLET -> RepaymentSchedule.of(revised);
            case CUSTOM -> throw new IllegalStateException("handled above");
        };
    }

    /**
     * Floating rate: from {@code on} (normally a due date) the balance is re-amortised at {@code newRate} over the
     * remaining periods to the same maturity.
     */
    public static RepaymentSchedule reprice(RepaymentSchedule current, LocalDate on, Rate newRate) {
        Objects.requireNonNull(newRate, "newRate");
        ScheduleTerms terms = current.terms();
        ScheduleTerms revised = revisedTerms(terms, on, balanceOn(current, on), newRate, remainingPeriods(terms, on));
        // a custom plan keeps its principal parts; only the interest follows the new rate
        return terms.method() == RepaymentMethod.CUSTOM ? RepaymentSchedule.ofCustom(revised, remainingParts(current, on))
                : RepaymentSchedule.of(revised);
    }

    /**
     * 展期: from {@code on} (before maturity) the balance is re-amortised with the same method and rate to a maturity
     * {@code extraPeriods} periods later. {@code original} is the loan's first schedule: it fixes the term that limits
     * the extension and, with {@code current}'s maturity, how much has been extended already (a term shortened by a
     * prepayment does not give extension credit back: only periods past the original maturity count, and all of
     * {@code extraPeriods} count against the limit). Throws if {@link #extensionAllowed} refuses.
     */
    public static RepaymentSchedule reschedule(RepaymentSchedule current, RepaymentSchedule original, LocalDate on, int extraPeriods) {
        ScheduleTerms terms = current.terms();
        ScheduleTerms first = original.terms();
        if (!terms.anchorDate().equals(first.anchorDate()) || terms.frequency() != first.frequency()) {
            throw new IllegalArgumentException("the current schedule is not on the original's due-date grid");
        }
        int alreadyExtended = Math.max(0, maturityIndex(terms) - maturityIndex(first));
        Decision allowed = extensionAllowed(first, alreadyExtended, extraPeriods, on);
        if (!allowed.isAllowed()) throw new IllegalArgumentException(allowed.zh() + " / " + allowed.en());
        int periods = remainingPeriods(terms, on) + extraPeriods;
        ScheduleTerms revised = revisedTerms(terms, on, balanceOn(current, on), terms.annualRate(), periods);
        if (terms.method() != RepaymentMethod.CUSTOM) return RepaymentSchedule.of(revised);
        // a custom plan keeps its parts up to the last, whose principal is spread evenly over it and the extension
        List<Money> parts = new ArrayList<>(remainingParts(current, on));
        Money last = parts.removeLast();
        parts.addAll(evenly(last, extraPeriods + 1));
        return RepaymentSchedule.ofCustom(revised, parts);
    }

    /**
     * 《贷款通则》第十二条: an extension is requested before maturity, and the cumulative extension of a short-term loan
     * (term up to one year, 第九条) is at most the original term, of a medium-term loan (over one and up to five years)
     * at most half of it, of a long-term loan (over five years) at most three years.
     *
     * @param original               the loan's first schedule terms (its term and grid)
     * @param alreadyExtendedPeriods periods already added by earlier extensions (0 or more)
     * @param extraPeriods           periods to add now (1 or more)
     * @param on                     the date of the request
     */
    public static Decision extensionAllowed(ScheduleTerms original, int alreadyExtendedPeriods, int extraPeriods, LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (extraPeriods < 1) throw new IllegalArgumentException("an extension adds at least one period: " + extraPeriods);
        if (alreadyExtendedPeriods < 0) throw new IllegalArgumentException("already extended periods cannot be negative: " + alreadyExtendedPeriods);
        int months = original.frequency().months();
        int termMonths = original.periods() * months;
        int extendedMonths = (alreadyExtendedPeriods + extraPeriods) * months;
        LocalDate maturity = DueDates.dueDate(original.anchorDate(), original.frequency(),
                maturityIndex(original) + alreadyExtendedPeriods);

        Decision.Builder check = Decision.check().refuseIf(!on.isBefore(maturity), EXTENSION_BEFORE_MATURITY,
                "展期须在贷款到期日（" + maturity + "）之前申请，申请日 " + on,
                "an extension must be requested before the maturity date " + maturity + "; requested on " + on);
        if (termMonths <= SHORT_TERM_MONTHS) {
            check.refuseIf(extendedMonths > termMonths, EXTENSION_SHORT_TERM,
                    "短期贷款展期期限累计不得超过原贷款期限（原期限 " + termMonths + " 个月，累计展期 " + extendedMonths + " 个月）",
                    "the cumulative extension of a short-term loan may not exceed its original term (" + termMonths
                            + " months; extension " + extendedMonths + " months)");
        } else if (termMonths <= MEDIUM_TERM_MONTHS) {
            check.refuseIf(2 * extendedMonths > termMonths, EXTENSION_MEDIUM_TERM,
                    "中期贷款展期期限累计不得超过原贷款期限的一半（原期限 " + termMonths + " 个月，累计展期 " + extendedMonths + " 个月）",
                    "the cumulative extension of a medium-term loan may not exceed half its original term (" + termMonths
                            + " months; extension " + extendedMonths + " months)");
        } else {
            check.refuseIf(extendedMonths > LONG_TERM_MAX_EXTENSION_MONTHS, EXTENSION_LONG_TERM,
                    "长期贷款展期期限累计不得超过3年（累计展期 " + extendedMonths + " 个月）",
                    "the cumulative extension of a long-term loan may not exceed 3 years (extension " + extendedMonths + " months)");
        }
        return check.build();
    }

    /** A floating rate: the 1-year LPR in force on the repricing date plus the contract's spread in basis points. */
    public static Rate floatingRate(LprTable lpr, LocalDate repricingDate, int spreadBp) {
        Rate rate = lpr.oneYearOn(repricingDate).plusBp(spreadBp);
        if (rate.isNegative()) throw new IllegalArgumentException("LPR " + lpr.oneYearOn(repricingDate) + " + " + spreadBp + "bp is negative");
        return rate;
    }

    /**
     * The first anniversary (对应日) of the disbursement strictly after {@code after}: contracts reprice yearly on the
     * anniversary of the first disbursement. Month-end aware like due dates (disbursed Feb 29 → Feb 28 in common years).
     */
    public static LocalDate nextRepricingDate(LocalDate disbursedOn, LocalDate after) {
        int years = Math.max(1, after.getYear() - disbursedOn.getYear() - 1);
        while (!DueDates.anniversary(disbursedOn, years).isAfter(after)) years++;
        return DueDates.anniversary(disbursedOn, years);
    }

    /** The line whose period [start, due) contains {@code on}, and that period's start. */
    private record Period(Instalment line, LocalDate start) {
    }

    private static Period periodContaining(RepaymentSchedule schedule, LocalDate on) {
        Objects.requireNonNull(on, "on");
        ScheduleTerms terms = schedule.terms();
        if (on.isBefore(terms.startDate()) || !on.isBefore(terms.maturityDate())) {
            throw new IllegalArgumentException(on + " is outside the schedule [" + terms.startDate() + ", " + terms.maturityDate() + ")");
        }
        LocalDate start = terms.startDate();
        for (Instalment line : schedule.instalments()) {
            if (on.isBefore(line.dueDate())) return new Period(line, start);
            start = line.dueDate();
        }
        throw new IllegalStateException("maturity " + terms.maturityDate() + " is not the last due date");
    }

    /** The grid index j of the grid period [date j, date j + 1) containing {@code on}, within the schedule. */
    private static int gridPeriodOf(ScheduleTerms terms, LocalDate on) {
        for (int k = 1; k <= terms.periods(); k++) {
            if (on.isBefore(terms.dueDate(k))) return terms.anchorOffset() + k - 1;
        }
        throw new IllegalArgumentException(on + " is on or after maturity " + terms.maturityDate());
    }

    /**
     * How many grid periods [from, to) covers: 1 for each whole one, and for a part of one its days ÷ the grid period's
     * days (exact for whole periods; 34 digits for parts).
     */
    private static BigDecimal gridPeriodsBetween(ScheduleTerms terms, LocalDate from, LocalDate to) {
        BigDecimal periods = BigDecimal.ZERO;
        LocalDate cursor = from;
        while (cursor.isBefore(to)) {
            int j = gridPeriodOf(terms, cursor);
            LocalDate start = DueDates.dueDate(terms.anchorDate(), terms.frequency(), j);
            LocalDate end = DueDates.dueDate(terms.anchorDate(), terms.frequency(), j + 1);
            LocalDate until = end.isAfter(to) ? to : end;
            periods = periods.add(BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(cursor, until))
                    .divide(BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(start, end)), java.math.MathContext.DECIMAL128));
            cursor = until;
        }
        return periods;
    }

    private static int maturityIndex(ScheduleTerms terms) {
        return terms.anchorOffset() + terms.periods();
    }

    private static int remainingPeriods(ScheduleTerms terms, LocalDate on) {
        if (on.isBefore(terms.startDate())) throw new IllegalArgumentException(on + " is before the start " + terms.startDate());
        return maturityIndex(terms) - gridPeriodOf(terms, on);
    }

    private static ScheduleTerms revisedTerms(ScheduleTerms terms, LocalDate on, Money principal, Rate rate, int periods) {
        return new ScheduleTerms(principal, rate, on, periods, terms.frequency(), terms.method(), terms.dayCount(),
                terms.interestBasis(), terms.rounding(), terms.anchorDate(), gridPeriodOf(terms, on));
    }

    /** The principal parts of the lines from the period containing {@code on} to maturity (they add up to balanceOn). */
    private static List<Money> remainingParts(RepaymentSchedule current, LocalDate on) {
        int first = periodContaining(current, on).line().number();
        return current.instalments().stream().filter(line -> line.number() >= first).map(Instalment::principal).toList();
    }

    /** {@code amount} in {@code n} equal parts rounded down to the fen, the last taking the remainder. */
    private static List<Money> evenly(Money amount, int n) {
        Money share = amount.dividedBy(n, RoundingMode.DOWN);
        List<Money> parts = new ArrayList<>(java.util.Collections.nCopies(n - 1, share));
        parts.add(amount.minus(share.times(n - 1L)));
        return parts;
    }

    /**
     * 自定义, prepaid: LOWER_INSTALMENT scales every remaining part by the same factor (rounded down, the last taking
     * the remainder); SHORTEN_TERM takes the prepayment off the last parts first, so the plan ends earlier.
     */
    private static RepaymentSchedule prepayCustom(RepaymentSchedule current, LocalDate on, ScheduleTerms revised,
                                                  Money prepaid, PrepaymentOption option) {
        List<Money> parts = new ArrayList<>(remainingParts(current, on));
        Money balance = parts.stream().reduce(Money.zero(), Money::plus);
        if (option == PrepaymentOption.LOWER_INSTALMENT) {
            BigDecimal factor = revised.principal().amount().divide(balance.amount(), java.math.MathContext.DECIMAL128);
            Money sum = Money.zero();
            for (int i = 0; i < parts.size() - 1; i++) {
                parts.set(i, parts.get(i).times(factor, RoundingMode.DOWN));
                sum = sum.plus(parts.get(i));
            }
            parts.set(parts.size() - 1, revised.principal().minus(sum));
            return RepaymentSchedule.ofCustom(revised, parts);
        }
        Money left = prepaid;
        for (int i = parts.size() - 1; i >= 0 && left.isPositive(); i--) {
            Money take = parts.get(i).min(left);
            parts.set(i, parts.get(i).minus(take));
            left = left.minus(take);
        }
        while (parts.size() > 1 && parts.getLast().isZero()) parts.removeLast();
        return RepaymentSchedule.ofCustom(withPeriods(revised, parts.size()), parts);
    }

    /** The regular amount of a schedule: the smallest over all lines but the last (the last absorbs rounding). */
    private static Money regular(RepaymentSchedule schedule, Function<Instalment, Money> amount) {
        return schedule.instalments().subList(0, schedule.size() - 1).stream().map(amount).reduce(Money::min)
                .orElseThrow(() -> new IllegalStateException("a one-line schedule has no regular instalment"));
    }

    /**
     * 等额本息, 缩短期限: pay the same amount each period until the balance is gone. Amortising at that payment over
     * every remaining period shows where the balance reaches zero; the schedule is cut there, so the last line pays
     * what remains, never more than the payment (unless even the remaining periods are not enough).
     */
    private static RepaymentSchedule keepPayment(ScheduleTerms terms, Money payment) {
        RepaymentSchedule full = RepaymentSchedule.ofEqualInstalments(terms, payment);
        for (int k = 1; k < terms.periods(); k++) {
            if (full.instalments().get(k - 1).closingBalance().isZero()) {
                return RepaymentSchedule.ofEqualInstalments(withPeriods(terms, k), payment);
            }
        }
        return full;
    }

    /** 等额本金, 缩短期限: the same share each period; ⌈principal ÷ share⌉ periods, the last repays the remainder. */
    private static RepaymentSchedule keepShare(ScheduleTerms terms, Money share) {
        if (!share.isPositive()) return RepaymentSchedule.ofEqualPrincipal(terms, share);
        long periods = Math.ceilDiv(terms.principal().toFen(), share.toFen());
        return RepaymentSchedule.ofEqualPrincipal(withPeriods(terms, (int) Math.min(periods, terms.periods())), share);
    }

    private static ScheduleTerms withPeriods(ScheduleTerms terms, int periods) {
        return new ScheduleTerms(terms.principal(), terms.annualRate(), terms.startDate(), periods, terms.frequency(), terms.method(),
                terms.dayCount(), terms.interestBasis(), terms.rounding(), terms.anchorDate(), terms.anchorOffset());
    }
}
