package cn.ipfin.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipfin.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** One business time zone and, in tests, one business date: the clock every "today" is read from. */
@IntegrationTest
class BusinessClockTest {

    @Autowired Clock clock;

    @Test
    void the_suite_runs_on_its_business_date_in_shanghai() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.parse(System.getProperty("ipfin.test.date", IntegrationTest.DEFAULT_DATE)));
    }

    @Test
    void a_start_instant_fixes_the_date_in_the_business_zone() {
        // 23:30 UTC on 2028-02-28 is already 29 February in Shanghai
        Clock started = new BusinessClock(null, OffsetDateTime.parse("2028-02-28T23:30:00Z")).clock();
        assertThat(LocalDate.now(started)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(started.instant()).isAfterOrEqualTo(java.time.Instant.parse("2028-02-28T23:30:00Z"));
        assertThat(new BusinessClock(ZoneId.of("UTC"), OffsetDateTime.parse("2028-02-28T23:30:00Z")).clock().getZone())
                .isEqualTo(ZoneId.of("UTC"));
    }
}
