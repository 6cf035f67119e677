package cn.ipfin.core.securitization.structure;

import java.util.List;

/** One run of the waterfall over a pool projection: each tranche's flows and the deal's own accounts. */
public record DealRun(List<TrancheFlows> tranches, long[] feesPaid, long[] reserveBalance, long[] guaranteeDraws,
                      long[] unallocated, int triggerPeriod) {

    public TrancheFlows tranche(String name) {
        return tranches.stream().filter(t -> t.tranche().name().equals(name)).findFirst().orElseThrow();
    }

    public long guaranteeUsed() {
        long s = 0;
        for (long v : guaranteeDraws) s += v;
        return s;
    }

    /** Whether cumulative defaults switched the deal to sequential principal, and from which period (0-based). */
    public boolean triggered() {
        return triggerPeriod >= 0;
    }
}
