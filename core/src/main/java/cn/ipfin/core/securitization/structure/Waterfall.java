package cn.ipfin.core.securitization.structure;

import cn.ipfin.core.securitization.pool.PoolFlows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pays a pool's collections to fees, tranches, reserve and guarantor in the order {@link DealStructure} describes,
 * period by period, exact to the fen. One instance serves any number of runs (the Monte Carlo calls it once per
 * scenario); a run keeps its state in its own arrays, which a {@link LossRun} reuses across a range's scenarios.
 */
public final class Waterfall {

    private final DealStructure deal;
    private final List<Tranche> tranches;
    private final int rated;
    private final RoundingMode rounding;

    public Waterfall(DealStructure deal) {
        this.deal = deal;
        this.tranches = deal.tranches();
        this.rated = tranches.getLast().isResidual() ? tranches.size() - 1 : tranches.size();
        this.rounding = deal.rounding();
    }

    /** The trigger in fen for a pool of this original balance; the last one is kept, since a simulation asks again and again. */
    private long triggerFen(long originalPool) {
        Trigger cached = trigger;
        if (cached == null || cached.originalPool != originalPool) {
            long fen = new BigDecimal(originalPool).multiply(deal.sequentialTrigger()).setScale(0, RoundingMode.FLOOR).longValueExact();
            cached = new Trigger(originalPool, fen);
            trigger = cached;
        }
        return cached.fen;
    }

    private record Trigger(long originalPool, long fen) {
    }

    private volatile Trigger trigger;

    public DealRun run(PoolFlows pool) {
        Run r = new Run(pool);
        for (int t = 0; t < pool.periods(); t++) r.period(t);
        List<TrancheFlows> flows = new ArrayList<>(tranches.size());
        for (int i = 0; i < tranches.size(); i++) {
            flows.add(new TrancheFlows(tranches.get(i), r.interest[i], r.principal[i], r.residual[i], r.endBalance[i],
                    r.arrears[i] + r.arrearsInterest[i]));
        }
        return new DealRun(flows, r.fees, r.reserveBalance, r.guaranteeDraws, r.unallocated, r.triggerPeriod);
    }

    /** Only the tranches' principal losses in fen (a new array), for one scenario. */
    public long[] losses(PoolFlows pool) {
        return new LossRun(pool.periods()).losses(pool).clone();
    }

    /** A run to reuse for every scenario of a range: the Monte Carlo's scenarios then allocate nothing here. */
    public LossRun lossRun(int periods) {
        return new LossRun(periods);
    }

    /** Tranche losses for pools of one horizon, on one thread; the array returned is overwritten by the next call. */
    public final class LossRun {
        private final Run run;
        private final long[] losses = new long[tranches.size()];

        private LossRun(int periods) {
            run = new Run(periods);
        }

        public long[] losses(PoolFlows pool) {
            run.start(pool);
            for (int t = 0; t < pool.periods(); t++) run.period(t);
            System.arraycopy(run.balance, 0, losses, 0, losses.length);
            return losses;
        }
    }

    private final class Run {
        PoolFlows pool;
        final int n;
        final long[] balance;
        final long[] arrears;
        /** Interest charged on unpaid interest and itself still unpaid; paid before {@link #arrears}. */
        final long[] arrearsInterest;
        final long[][] interest, principal, residual, endBalance;
        final long[] fees, reserveBalance, guaranteeDraws, unallocated;
        long triggerFen;
        long reserve;
        long guaranteeLeft;
        long feeArrears;
        long cumulativeDefaults;
        int triggerPeriod;
        long available;

        Run(PoolFlows pool) {
            this(pool.periods());
            start(pool);
        }

        Run(int n) {
            this.n = n;
            int k = tranches.size();
            balance = new long[k];
            arrears = new long[k];
            arrearsInterest = new long[k];
            interest = new long[k][n];
            principal = new long[k][n];
            residual = new long[k][n];
            endBalance = new long[k][n];
            fees = new long[n];
            reserveBalance = new long[n];
            guaranteeDraws = new long[n];
            unallocated = new long[n];
        }

        /** Everything as before the first period of {@code pool}, whose horizon must be this run's. */
        void start(PoolFlows pool) {
            if (pool.periods() != n) throw new IllegalArgumentException("a run of " + n + " periods given " + pool.periods());
            this.pool = pool;
            for (int i = 0; i < balance.length; i++) {
                balance[i] = tranches.get(i).balanceFen();
                arrears[i] = 0;
                arrearsInterest[i] = 0;
                Arrays.fill(interest[i], 0);
                Arrays.fill(principal[i], 0);
                Arrays.fill(residual[i], 0);
                Arrays.fill(endBalance[i], 0);
            }
            Arrays.fill(fees, 0);
            Arrays.fill(reserveBalance, 0);
            Arrays.fill(guaranteeDraws, 0);
            Arrays.fill(unallocated, 0);
            triggerFen = triggerFen(n == 0 ? 0 : pool.beginBalance()[0]);
            reserve = deal.reserveInitialFen();
            guaranteeLeft = deal.guaranteeLimitFen();
            feeArrears = 0;
            cumulativeDefaults = 0;
            triggerPeriod = -1;
            available = 0;
        }

        void period(int t) {
            available = pool.cash(t);
            cumulativeDefaults += pool.defaults()[t];
            if (triggerPeriod < 0 && cumulativeDefaults > triggerFen) triggerPeriod = t;
            payFees(t);
            for (int i = 0; i < rated; i++) payInterest(t, i);
            long released = 0;
            if (ratedRepaid()) {
                released = reserve;
                available += released;
                reserve = 0;
            } else {
                long topUp = Math.min(available, Math.max(0, deal.reserveTargetFen() - reserve));
                reserve += topUp;
                available -= topUp;
            }
            boolean last = t == n - 1;
            long distributable = last || deal.principalFunds() == DealStructure.PrincipalFunds.ALL_AVAILABLE ? available
                    : Math.min(available, pool.beginBalance()[t] - pool.endBalance()[t] + released);
            payPrincipal(t, distributable, last);
            if (last) settle(t);
            if (rated < tranches.size()) {
                residual[rated][t] = available;
            } else {
                unallocated[t] = available;
            }
            available = 0;
            reserveBalance[t] = reserve;
            for (int i = 0; i < balance.length; i++) endBalance[i][t] = balance[i];
        }

        private void payFees(int t) {
            long due = feeArrears + deal.feePerPeriodFen() + deal.feeRateOnPool().applyTo(pool.beginBalance()[t], rounding)
                    + (t == 0 ? deal.oneOffFeeFen() : 0);
            long paid = Math.min(available, due);
            available -= paid;
            long fromReserve = Math.min(reserve, due - paid);
            reserve -= fromReserve;
            paid += fromReserve;
            feeArrears = due - paid;
            fees[t] = paid;
        }

        /** Interest on unpaid interest first, then the interest (arrears and this period's), as Hastructure pays them. */
        private void payInterest(int t, int i) {
            PeriodRate coupon = tranches.get(i).coupon();
            CouponAccrual accrual = deal.accrual();
            arrearsInterest[i] += accrual.accrueOnUnpaid(arrears[i], coupon, t, rounding);
            arrears[i] += accrual.accrue(balance[i], coupon, t, rounding);
            long due = arrearsInterest[i] + arrears[i];
            long paid = Math.min(available, due);
            available -= paid;
            long fromReserve = Math.min(reserve, due - paid);
            reserve -= fromReserve;
            long fromGuarantee = Math.min(guaranteeLeft, due - paid - fromReserve);
            guaranteeLeft -= fromGuarantee;
            guaranteeDraws[t] += fromGuarantee;
            paid += fromReserve + fromGuarantee;
            long onInterest = Math.min(paid, arrearsInterest[i]);
            arrearsInterest[i] -= onInterest;
            arrears[i] -= paid - onInterest;
            interest[i][t] = paid;
        }

        /**
         * Once the rated notes are repaid the reserve has nothing left to protect: it is released and repays principal
         * (the subordinated tranche's), as it would have at the last period.
         */
        private boolean ratedRepaid() {
            for (int i = 0; i < rated; i++) {
                if (balance[i] > 0) return false;
            }
            return true;
        }

        /** The last period settles in order of seniority, whatever the mode: a shortfall is the juniors' loss. */
        private void payPrincipal(int t, long amount, boolean last) {
            DealStructure.PrincipalMode mode = last || triggerPeriod >= 0 ? DealStructure.PrincipalMode.SEQUENTIAL : deal.mode();
            switch (mode) {
                case SEQUENTIAL -> {
                    for (int i = 0; i < balance.length && amount > 0; i++) amount -= pay(t, i, amount);
                }
                case PRO_RATA -> payProRata(t, amount, 0, balance.length);
                case PRO_RATA_WITHIN_SENIORITY -> {
                    for (int from = 0; from < balance.length && amount > 0; ) {
                        int to = from + 1;
                        while (to < balance.length && tranches.get(to).seniority() == tranches.get(from).seniority()) to++;
                        amount -= payProRata(t, amount, from, to);
                        from = to;
                    }
                }
            }
        }

        /**
         * Tranches {@code from} (inclusive) to {@code to} share {@code amount} by balance, rounded down; the rounding's
         * remainder is paid in order. Returns what was paid.
         */
        private long payProRata(int t, long amount, int from, int to) {
            long total = 0;
            for (int i = from; i < to; i++) total += balance[i];
            if (total == 0 || amount <= 0) return 0;
            long paid = 0;
            for (int i = from; i < to; i++) paid += pay(t, i, ProRataShare.floor(amount, balance[i], total));
            for (int i = from; i < to && paid < amount; i++) paid += pay(t, i, amount - paid);
            return paid;
        }

        private long pay(int t, int i, long amount) {
            long paid = Math.min(amount, balance[i]);
            balance[i] -= paid;
            principal[i][t] += paid;
            available -= paid;
            return paid;
        }

        /** Last period: the reserve, then the guarantor, repay the rated tranches; the subordinated takes the rest. */
        private void settle(int t) {
            available += reserve;
            reserve = 0;
            for (int i = 0; i < rated && available > 0; i++) pay(t, i, available);
            for (int i = 0; i < rated && guaranteeLeft > 0; i++) {
                long draw = Math.min(guaranteeLeft, balance[i]);
                guaranteeLeft -= draw;
                guaranteeDraws[t] += draw;
                available += draw;
                pay(t, i, draw);
            }
            if (rated < tranches.size()) pay(t, rated, available);
        }
    }
}
