package cn.ipfin.shared.web;

import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Moments for the pages as people in the district read them: date and time in Beijing time, whatever zone the server
 * runs in ({@code ${@time.at(x)}}, {@code ${@time.atSeconds(x)}} where the second matters, as in the ledger).
 * An instant printed as it is ({@code 2026-12-01T19:23:32.266044Z}) is UTC and unreadable to a clerk.
 */
@Component("time")
public class TimeView {

    /** The business time zone (style guide §6). */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public String at(Object moment) {
        return format(moment, MINUTES);
    }

    public String atSeconds(Object moment) {
        return format(moment, SECONDS);
    }

    static String format(Object moment, DateTimeFormatter pattern) {
        ZonedDateTime beijing = inBeijing(moment);
        return beijing == null ? "" : pattern.format(beijing);
    }

    /** Local date-times from the database are taken as Beijing time already (the platform writes them so). */
    static ZonedDateTime inBeijing(Object moment) {
        return switch (moment) {
            case null -> null;
            case Instant i -> i.atZone(BEIJING);
            case OffsetDateTime o -> o.atZoneSameInstant(BEIJING);
            case ZonedDateTime z -> z.withZoneSameInstant(BEIJING);
            case Timestamp t -> t.toInstant().atZone(BEIJING);
            case LocalDateTime l -> l.atZone(BEIJING);
            case TemporalAccessor t -> Instant.from(t).atZone(BEIJING);
            default -> throw new IllegalArgumentException("not a moment: " + moment.getClass().getName());
        };
    }
}
