package cn.ipfin.lending;

import cn.ipfin.core.lending.LoanState;
import cn.ipfin.lending.ApplicationSteps.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationStepsTest {

    @Test
    void an_application_in_due_diligence_has_two_steps_behind_it_and_four_ahead() {
        assertThat(ApplicationSteps.of(LoanState.DUE_DILIGENCE)).extracting(ApplicationSteps.Step::status)
                .containsExactly(Status.DONE, Status.DONE, Status.CURRENT, Status.AHEAD, Status.AHEAD, Status.AHEAD,
                        Status.AHEAD);
    }

    @Test
    void a_disbursed_loan_has_walked_the_whole_path() {
        for (LoanState state : new LoanState[]{LoanState.DISBURSED, LoanState.OVERDUE, LoanState.REPAID,
                LoanState.DEFAULTED}) {
            assertThat(ApplicationSteps.of(state)).extracting(ApplicationSteps.Step::status).containsOnly(Status.DONE);
        }
    }

    @Test
    void a_withdrawn_application_has_no_current_step() {
        assertThat(ApplicationSteps.of(LoanState.WITHDRAWN)).extracting(ApplicationSteps.Step::status)
                .doesNotContain(Status.CURRENT);
    }
}
