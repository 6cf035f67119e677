package cn.ipfin.lending;

import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.schedule.InterestBasis;
import cn.ipfin.core.schedule.PeriodFrequency;
import cn.ipfin.core.schedule.RepaymentSchedule;
import cn.ipfin.core.schedule.ScheduleRounding;
import cn.ipfin.core.schedule.ScheduleTerms;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Rule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The custom repayment plan (自定义还款计划) of a loan whose method is CUSTOM: the bank's officer enters the principal
 * of each month with the contract; it must cover the approved principal exactly over the term. Disbursement is
 * refused without it, and servicing builds the schedule from it.
 */
@Service
public class RepaymentPlans {

    private final Transitions transitions;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    RepaymentPlans(Transitions transitions, JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.transitions = transitions;
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    @Transactional
    public LoanFile set(Actor actor, String loanNo, int expectedVersion, List<BigDecimal> principalParts) {
        LoanFile file = transitions.asBank(actor, loanNo, Role.BANK_OFFICER);
        Transitions.requireVersion(file, expectedVersion);
        Transitions.requireState(file, LoanState.CONTRACT);
        if (!RepaymentMethod.CUSTOM.name().equals(file.repaymentMethod())) {
            throw LendingRules.CUSTOM_PLAN_ONLY.violation();
        }
        List<Money> parts = new ArrayList<>();
        try {
            for (BigDecimal part : principalParts == null ? List.<BigDecimal>of() : principalParts) parts.add(Money.of(part));
            // the same check servicing will make: as many parts as months, none negative, adding up to the principal
            RepaymentSchedule.ofCustom(new ScheduleTerms(Money.of(file.loan().principal()),
                    new Rate(file.loan().annualRate()), LocalDate.now(clock), file.loan().termMonths(), PeriodFrequency.MONTHLY,
                    RepaymentMethod.CUSTOM, DayCount.ACT_360, InterestBasis.DAY_COUNT, ScheduleRounding.HALF_UP_TO_FEN), parts);
        } catch (IllegalArgumentException e) {
            String[] text = String.valueOf(e.getMessage()).split(" / ", 2);
            throw LendingRules.CUSTOM_PLAN_TERMS.violation(new Rule.Words(text[0], text.length > 1 ? text[1] : text[0]));
        }
        jdbc.sql("delete from loan_repayment_plan where loan_id = :id").param("id", file.loan().id()).update();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) rows.add(new Object[]{file.loan().id(), i + 1, parts.get(i).amount()});
        template.batchUpdate("insert into loan_repayment_plan (loan_id, number, principal) values (?, ?, ?)", rows);
        return transitions.touch(actor, file, expectedVersion, "REPAYMENT_PLAN_SET", Map.of(),
                Map.of("principalParts", parts.stream().map(Money::toString).toList()));
    }

    public boolean exists(long loanId) {
        return jdbc.sql("select exists (select 1 from loan_repayment_plan where loan_id = :id)")
                .param("id", loanId).query(Boolean.class).single();
    }

    /** The plan's principal parts in order; empty when none was entered. */
    public List<Money> of(long loanId) {
        return jdbc.sql("select principal from loan_repayment_plan where loan_id = :id order by number")
                .param("id", loanId).query((rs, i) -> Money.of(rs.getBigDecimal(1))).list();
    }
}
