package cn.ipfin.reference;

import cn.ipfin.core.money.LprTable;
import cn.ipfin.core.money.Rate;
import cn.ipfin.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The LPR table kept in the platform (its paths are those it had under servicing, so clients keep working). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reference data", description = "The LPR table that approval pricing and repricing read")
class LprApi {

    private final LprRates lpr;

    LprApi(LprRates lpr) {
        this.lpr = lpr;
    }

    record LprQuote(@NotNull LocalDate effectiveOn, @NotNull @Positive BigDecimal oneYearPercent,
                    @NotNull @Positive BigDecimal overFiveYearsPercent) {
    }

    @GetMapping("/servicing/lpr")
    @Operation(summary = "The LPR table kept in the platform")
    List<LprTable.Row> lprRows() {
        return lpr.rows();
    }

    @PostMapping("/servicing/lpr")
    @Operation(summary = "Add an LPR quote (IP office); approval pricing and repricing use it from its effective date")
    ResponseEntity<Void> addLpr(Actor actor, @Valid @RequestBody LprQuote body) {
        lpr.add(actor, body.effectiveOn(), Rate.percent(body.oneYearPercent()), Rate.percent(body.overFiveYearsPercent()));
        return ResponseEntity.noContent().build();
    }
}
