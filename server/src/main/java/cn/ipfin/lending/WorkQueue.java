package cn.ipfin.lending;

import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.lending.Origination;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * Which open applications wait for this bank user: an officer does every step but the credit decision (taking on,
 * valuation, due diligence, pledge registration, contract and disbursement); an approver makes the decision (four
 * eyes). A user with both roles sees both.
 */
final class WorkQueue {

    private WorkQueue() {
    }

    static List<LoanState> statesFor(Actor actor) {
        var states = new ArrayList<LoanState>();
        for (LoanState s : LoanState.values()) {
            if (!Origination.isOpen(s)) continue;
            boolean approval = s == LoanState.CREDIT_APPROVAL;
            if (approval ? actor.has(Role.BANK_APPROVER) : actor.has(Role.BANK_OFFICER)) states.add(s);
        }
        return List.copyOf(states);
    }
}
