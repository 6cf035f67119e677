package cn.ipfin.servicing;

import cn.ipfin.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.LocalDate;

/**
 * When the daily close runs by itself: every evening for that day ({@code ipfin.close.cron}, 23:30 by default), and
 * at start-up for yesterday if loans are behind (the server was down at close time, or the demo data is from an
 * earlier day) — the close catches every loan up day by day. Off with {@code ipfin.close.scheduled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Profile("!cli") // the command line tools (ledger verify, db backup/restore) change nothing
@ConditionalOnProperty(name = "ipfin.close.scheduled", havingValue = "true", matchIfMissing = true)
class ScheduledClose {

    private static final Logger log = LoggerFactory.getLogger(ScheduledClose.class);

    private final DailyClose close;
    private final JdbcClient jdbc;
    private final Clock clock;

    ScheduledClose(DailyClose close, JdbcClient jdbc, Clock clock) {
        this.close = close;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${ipfin.close.cron:0 30 23 * * *}")
    void tonight() {
        LocalDate today = LocalDate.now(clock);
        long started = System.nanoTime();
        CloseRun run = close.run(Actor.system(), today);
        log.info("daily close of {}: {} loans, {} postings, {} ms", today, run.loansDone(), run.postings(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        boolean behind = jdbc.sql("select exists (select 1 from loan_servicing where state = 'ACTIVE' and closed_through < :d)")
                .param("d", yesterday).query(Boolean.class).single();
        if (behind) {
            log.info("loans are behind: closing {} in the background", yesterday);
            close.startInBackground(Actor.system(), yesterday);
        }
    }
}
