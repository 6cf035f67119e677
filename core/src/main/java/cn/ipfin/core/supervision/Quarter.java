package cn.ipfin.core.supervision;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, the period of the special statistics on IP pledge loans. Banks report each quarter's figures
 * within 10 days after it ends (seed 001: "各银行机构于每季度后10日内…报送知识产权质押融资专项统计数据").
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    /** Seed 001 §一: "每季度后10日内". */
    public static final int DAYS_TO_REPORT = 10;
    private static final Pattern TEXT = Pattern.compile("(\\d{4})[Qq]([1-4])");

    public Quarter {
        if (number < 1 || number > 4) throw new IllegalArgumentException("季度须为1至4 / a quarter is 1 to 4: " + number);
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** From "2026Q3". */
    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) throw new IllegalArgumentException("季度格式应为 2026Q3 / a quarter reads 2026Q3: " + text);
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /** The last day a report is on time: the 10th day after the quarter ends (Q3 → 10 October). */
    public LocalDate dueOn() {
        return lastDay().plusDays(DAYS_TO_REPORT);
    }

    public boolean isLate(LocalDate submittedOn) {
        return submittedOn.isAfter(dueOn());
    }

    public boolean hasEndedBy(LocalDate day) {
        return day.isAfter(lastDay());
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "Q" + number;
    }
}
