package cn.ipfin.reference;

import cn.ipfin.core.money.LprTable;
import cn.ipfin.core.money.Rate;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.BusinessDates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
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
    private final BusinessDates businessDates;

    LprApi(LprRates lpr, BusinessDates businessDates) {
        this.lpr = lpr;
        this.businessDates = businessDates;
    }

    /** A quote in percent with at most 4 decimals (the table keeps fractions to 6), above 0 and below 20. */
    record LprQuote(@NotNull LocalDate effectiveOn,
                    @NotNull @DecimalMin("0.0001") @DecimalMax(value = "20", inclusive = false) @Digits(integer = 2, fraction = 4) BigDecimal oneYearPercent,
                    @NotNull @DecimalMin("0.0001") @DecimalMax(value = "20", inclusive = false) @Digits(integer = 2, fraction = 4) BigDecimal overFiveYearsPercent) {
    }

    @GetMapping("/servicing/lpr")
    @Operation(summary = "The LPR table kept in the platform")
    List<LprTable.Row> lprRows() {
        return lpr.rows();
    }

    @PostMapping("/servicing/lpr")
    @ResponseStatus(HttpStatus.NO_CONTENT)   // documented as the 204 it answers
    @Operation(summary = "Add an LPR quote (IP office); approval pricing and repricing use it from its effective date")
    ResponseEntity<Void> addLpr(Actor actor, @Valid @RequestBody LprQuote body) {
        businessDates.checkQuoteDate("effectiveOn", body.effectiveOn());
        lpr.add(actor, body.effectiveOn(), Rate.percent(body.oneYearPercent()), Rate.percent(body.overFiveYearsPercent()));
        return ResponseEntity.noContent().build();
    }
}
