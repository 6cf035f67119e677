package cn.ipfin.servicing;

import java.time.Instant;
import java.time.LocalDate;

/** The progress of the daily close of one business date, as the progress page shows it. */
public record CloseRun(LocalDate businessDate, String state, int chunksTotal, int chunksDone, long loansTotal,
                       long loansDone, long postings, Instant startedAt, Instant finishedAt, String startedBy,
                       int attempts, String lastError) {

    public int percent() {
        return chunksTotal == 0 ? 100 : (int) (100L * chunksDone / chunksTotal);
    }

    public boolean completed() {
        return "COMPLETED".equals(state);
    }
}
