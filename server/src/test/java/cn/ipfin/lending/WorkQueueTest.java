package cn.ipfin.lending;

import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.party.OrgType;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WorkQueueTest {

    @Test
    void an_officer_waits_on_every_step_but_the_credit_decision() {
        assertThat(WorkQueue.statesFor(actor(Role.BANK_OFFICER))).containsExactly(LoanState.APPLIED,
                LoanState.VALUATION, LoanState.DUE_DILIGENCE, LoanState.PLEDGE_REGISTRATION, LoanState.CONTRACT);
    }

    @Test
    void an_approver_waits_on_the_credit_decision_only() {
        assertThat(WorkQueue.statesFor(actor(Role.BANK_APPROVER))).containsExactly(LoanState.CREDIT_APPROVAL);
    }

    private static Actor actor(Role role) {
        return new Actor(1L, "someone", 1L, OrgType.BANK, Set.of(role), Set.of(1L));
    }
}
