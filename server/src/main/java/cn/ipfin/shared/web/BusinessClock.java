package cn.ipfin.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The platform's one clock. Its zone is the business time zone (Asia/Shanghai unless configured): every "today", report
 * date and close date is the date there, on a server that runs in UTC too (style.md §6).
 *
 * @param zone     the business time zone, {@code ipfin.clock.zone}
 * @param startsAt when set ({@code ipfin.clock.starts-at}, e.g. 2026-12-01T10:00:00+08:00), the clock reads this instant
 *                 when the application starts and runs on from it: tests and demos fix the business date without
 *                 freezing time, so records written one after the other still carry increasing timestamps
 */
@ConfigurationProperties("ipfin.clock")
record BusinessClock(ZoneId zone, OffsetDateTime startsAt) {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    BusinessClock {
        if (zone == null) zone = DEFAULT_ZONE;
    }

    Clock clock() {
        Clock system = Clock.system(zone);
        if (startsAt == null) return system;
        return Clock.offset(system, Duration.between(system.instant(), startsAt.toInstant()));
    }
}
