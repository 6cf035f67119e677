package cn.ipfin.core.supervision;

import cn.ipfin.core.words.BilingualName;

import java.time.LocalDate;

/**
 * Where a bank stands with a quarter's report (seed 001: due "每季度后10日内"). The first submission decides whether it
 * was on time; a later correction does not make an on-time report late.
 */
public enum ReportingStatus implements BilingualName {
    /** The quarter has not ended, or its 10 days are still running, and nothing is submitted yet. */
    NOT_YET_DUE("未到报送期", "not yet due"),
    ON_TIME("按时报送", "submitted on time"),
    LATE("逾期报送", "submitted late"),
    /** Past the due date and still nothing. */
    MISSING("逾期未报", "overdue, not submitted");

    private final Names names;

    ReportingStatus(String zh, String en) {
        this.names = new Names(zh, en);
    }

    /** @param firstSubmittedOn the business date of version 1, or null when nothing is submitted */
    public static ReportingStatus of(Quarter quarter, LocalDate firstSubmittedOn, LocalDate today) {
        if (firstSubmittedOn != null) return quarter.isLate(firstSubmittedOn) ? LATE : ON_TIME;
        return quarter.isLate(today) ? MISSING : NOT_YET_DUE;
    }

    /** Late or missing: what the office follows up. */
    public boolean behind() {
        return this == LATE || this == MISSING;
    }

    @Override
    public Names names() {
        return names;
    }
}
