package cn.ipfin.lending;

import cn.ipfin.core.lending.LoanState;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an application stands, as the stepper from 已申请 to 已放款 draws it: the steps behind it done, its own step
 * current, the rest ahead. A disbursed loan (and one past it: overdue, repaid, defaulted) has every step done; a withdrawn or
 * rejected one has none current, since it stopped (the page's badge says why).
 */
public final class ApplicationSteps {

    /** The origination path, in order. */
    static final List<LoanState> PATH = List.of(LoanState.APPLIED, LoanState.VALUATION, LoanState.DUE_DILIGENCE,
            LoanState.PLEDGE_REGISTRATION, LoanState.CREDIT_APPROVAL, LoanState.CONTRACT, LoanState.DISBURSED);

    public enum Status { DONE, CURRENT, AHEAD }

    public record Step(LoanState state, Status status) {
    }

    private ApplicationSteps() {
    }

    static List<Step> of(LoanState state) {
        int at = PATH.indexOf(state);
        boolean past = state.isOutstanding() || state == LoanState.REPAID;
        var steps = new ArrayList<Step>();
        for (int i = 0; i < PATH.size(); i++) {
            Status status;
            if (past) status = Status.DONE;
            else if (at < 0) status = Status.AHEAD;
            else status = i < at ? Status.DONE : i == at ? Status.CURRENT : Status.AHEAD;
            steps.add(new Step(PATH.get(i), status));
        }
        return List.copyOf(steps);
    }
}
