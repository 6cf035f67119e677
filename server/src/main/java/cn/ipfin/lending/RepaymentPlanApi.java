package cn.ipfin.lending;

import cn.ipfin.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Origination")
class RepaymentPlanApi {

    private final RepaymentPlans plans;

    RepaymentPlanApi(RepaymentPlans plans) {
        this.plans = plans;
    }

    record Plan(int expectedVersion, @NotNull @NotEmpty List<@NotNull BigDecimal> principalParts) {
    }

    @PutMapping("/{loanNo}/repayment-plan")
    @Operation(summary = "The custom repayment plan (自定义还款计划): principal per month, adding up to the approved principal")
    LoanFile set(Actor actor, @PathVariable String loanNo, @Valid @RequestBody Plan body) {
        return plans.set(actor, loanNo, body.expectedVersion(), body.principalParts());
    }
}
