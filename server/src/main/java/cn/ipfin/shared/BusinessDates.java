package cn.ipfin.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The dates a caller may name. A business date (a daily close, a repayment day) lies between the platform's first
 * business date and today: nothing happened on the platform before the first one, and a close of tomorrow would post
 * interest not yet accrued. The first date defaults to 2019-08-20, the first LPR quote of the reformed LPR (PBoC
 * announcement [2019] No. 15) that the platform prices from; an installation that started later may set
 * {@code ipfin.first-business-date}.
 */
@Component
public class BusinessDates {

    /** An LPR quote is announced ahead of its effective date at most about a month. */
    private static final int QUOTE_DAYS_AHEAD = 31;

    private final LocalDate first;
    private final Clock clock;

    public BusinessDates(@Value("${ipfin.first-business-date:2019-08-20}") LocalDate first, Clock clock) {
        this.first = first;
        this.clock = clock;
    }

    public LocalDate first() {
        return first;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Refuses a business date before the first or after today. */
    public void check(String field, LocalDate date) {
        between(field, date, today());
    }

    /** Refuses an LPR effective date before the first business date or more than a month ahead. */
    public void checkQuoteDate(String field, LocalDate date) {
        between(field, date, today().plusDays(QUOTE_DAYS_AHEAD));
    }

    private void between(String field, LocalDate date, LocalDate last) {
        if (date == null || date.isBefore(first) || date.isAfter(last)) {
            throw new InvalidField(field, "日期应在 " + first + " 至 " + last + " 之间：" + date,
                    "a date between " + first + " and " + last + " is expected: " + date);
        }
    }
}
