package cn.ipfin.servicing;

import cn.ipfin.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * At start-up, a daily close that a dead process left half-done (shown as INTERRUPTED) resumes by itself, in the
 * background and in date order: the chunks that committed stay, the rest are closed, nothing is posted twice.
 * Independent of {@code ipfin.close.scheduled}: a run someone started is finished, whoever started it.
 */
@Profile("!cli") // the command line tools (ledger verify, db backup/restore) change nothing
@Component
class CloseResumption {

    private static final Logger log = LoggerFactory.getLogger(CloseResumption.class);

    private final DailyClose close;

    CloseResumption(DailyClose close) {
        this.close = close;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        resume();
    }

    /** Starts every interrupted run again; returns their dates. */
    List<LocalDate> resume() {
        List<LocalDate> dates = close.interrupted();
        for (LocalDate date : dates) {
            log.info("the daily close of {} was interrupted: resuming it in the background", date);
            close.startInBackground(Actor.system(), date);
        }
        return dates;
    }
}
