package cn.ipfin.core.supervision;

import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hand-computed fixture: bank 1 has five loans, bank 2 one, and the quarter is 2026Q3 (1 July – 30 September).
 * Every expected figure below is worked out in the comment beside it.
 */
class QuarterlyIndicatorsTest {

    static final Quarter Q3 = new Quarter(2026, 3);
    static final String HIGH_TECH = "高新区";
    static final String INDUSTRIAL = "产业园";

    static LoanFact loan(long id, long bank, long enterprise, String disbursed, String principal, String balance,
                         boolean npl, String value, String kind, String park, String size) {
        return new LoanFact(id, bank, enterprise, LocalDate.parse(disbursed), Money.of(principal), Money.of(balance), npl,
                value == null ? null : Money.of(value), kind, park, size);
    }

    static final List<LoanFact> BOOK = List.of(
            // new in Q3, performing, pledge 1,000,000 / 2,500,000
            loan(1, 1, 11, "2026-07-15", "1000000.00", "900000.00", false, "2500000.00", "PATENT", HIGH_TECH, "SMALL"),
            // new on the quarter's last day, collateral never appraised: not in the pledge rate
            loan(2, 1, 12, "2026-09-30", "500000.00", "500000.00", false, null, "TRADEMARK", null, "MICRO"),
            // an old loan of enterprise 11, now substandard: balance and NPL only
            loan(3, 1, 11, "2025-03-01", "2000000.00", "300000.00", true, "3000000.00", "PATENT", HIGH_TECH, "SMALL"),
            // disbursed the day before the quarter and repaid: in nothing
            loan(4, 1, 13, "2026-06-30", "800000.00", "0.00", false, "1000000.00", LoanFact.MIXED_COLLATERAL, INDUSTRIAL, "MEDIUM"),
            // new in Q3 and already non-performing; pledge 300,000 / 1,200,000
            loan(5, 1, 14, "2026-08-01", "300000.00", "300000.00", true, "1200000.00", "PATENT", INDUSTRIAL, "SMALL"),
            // bank 2: new on the quarter's first day, pledge 200,000 / 400,000
            loan(6, 2, 15, "2026-07-01", "200000.00", "200000.00", false, "400000.00", "PATENT", HIGH_TECH, "SMALL"));

    static List<LoanFact> bank1() {
        return BOOK.stream().filter(l -> l.bankId() == 1).toList();
    }

    @Test
    void a_banks_quarter_from_its_loans() {
        Indicators bank1 = QuarterlyIndicators.of(Q3, bank1());
        assertThat(bank1.newLoans()).isEqualTo(3);                                     // loans 1, 2, 5
        assertThat(bank1.newAmount()).isEqualTo(Money.of("1800000.00"));               // 1,000,000 + 500,000 + 300,000
        assertThat(bank1.balance()).isEqualTo(Money.of("2000000.00"));                 // 900,000 + 500,000 + 300,000 + 300,000
        assertThat(bank1.customers()).isEqualTo(3);                                    // 11 (twice), 12, 14; 13 repaid
        assertThat(bank1.averagePledgeRate()).isEqualTo(new BigDecimal("0.351351"));   // 1,300,000 / 3,700,000 = 0.3513513…
        assertThat(bank1.nplBalance()).isEqualTo(Money.of("600000.00"));               // loans 3 and 5
        assertThat(bank1.nplRate()).isEqualTo(new BigDecimal("0.300000"));             // 600,000 / 2,000,000
    }

    @Test
    void split_by_collateral_kind() {
        var byKind = QuarterlyIndicators.by(Q3, bank1(), LoanFact::collateralKind);
        assertThat(byKind).containsOnlyKeys("MIXED", "PATENT", "TRADEMARK");
        assertThat(byKind.get("PATENT")).isEqualTo(new Indicators(2, Money.of("1300000.00"), Money.of("1500000.00"), 2,
                new BigDecimal("0.351351"), Money.of("600000.00"), new BigDecimal("0.400000")));
        assertThat(byKind.get("TRADEMARK")).isEqualTo(new Indicators(1, Money.of("500000.00"), Money.of("500000.00"), 1,
                null, Money.zero(), new BigDecimal("0.000000")));
        // a repaid loan leaves an empty row: no balance, so no rate
        assertThat(byKind.get("MIXED")).isEqualTo(new Indicators(0, Money.zero(), Money.zero(), 0, null, Money.zero(), null));
    }

    @Test
    void split_by_park_with_loans_outside_any_park_together() {
        var byPark = QuarterlyIndicators.by(Q3, bank1(), LoanFact::park);
        assertThat(byPark).containsOnlyKeys("—", INDUSTRIAL, HIGH_TECH);
        assertThat(byPark.get(HIGH_TECH).balance()).isEqualTo(Money.of("1200000.00"));   // 900,000 + 300,000
        assertThat(byPark.get(HIGH_TECH).customers()).isEqualTo(1);                      // enterprise 11's two loans
        assertThat(byPark.get(HIGH_TECH).averagePledgeRate()).isEqualTo(new BigDecimal("0.400000")); // 1,000,000 / 2,500,000
        assertThat(byPark.get(INDUSTRIAL).nplRate()).isEqualTo(new BigDecimal("1.000000")); // 300,000 / 300,000
        assertThat(byPark.get("—").newAmount()).isEqualTo(Money.of("500000.00"));
    }

    @Test
    void split_by_enterprise_size() {
        var bySize = QuarterlyIndicators.by(Q3, bank1(), LoanFact::enterpriseSize);
        assertThat(bySize.get("SMALL").newLoans()).isEqualTo(2);                        // loans 1 and 5
        assertThat(bySize.get("SMALL").nplRate()).isEqualTo(new BigDecimal("0.400000")); // 600,000 / 1,500,000
        assertThat(bySize.get("MICRO").customers()).isEqualTo(1);
        assertThat(bySize.get("MEDIUM").newLoans()).isZero();
    }

    @Test
    void each_bank_on_its_own() {
        var byBank = QuarterlyIndicators.byBank(Q3, BOOK);
        assertThat(byBank).containsOnlyKeys(1L, 2L);
        assertThat(byBank.get(2L)).isEqualTo(new Indicators(1, Money.of("200000.00"), Money.of("200000.00"), 1,
                new BigDecimal("0.500000"), Money.zero(), new BigDecimal("0.000000")));
    }

    @Test
    void a_pledge_rate_rounds_half_up_at_six_decimals() {
        // 1 / 8 = 0.125 exactly; 1 / 3 = 0.3333333… → 0.333333; 2 / 3 = 0.6666666… → 0.666667
        assertThat(QuarterlyIndicators.ratio(Money.of("2.00"), Money.of("3.00"))).isEqualTo(new BigDecimal("0.666667"));
        assertThat(QuarterlyIndicators.ratio(Money.of("1.00"), Money.of("8.00"))).isEqualTo(new BigDecimal("0.125000"));
    }

    @Test
    void no_loans_no_figures() {
        assertThat(QuarterlyIndicators.of(Q3, List.of())).isEqualTo(
                new Indicators(0, Money.zero(), Money.zero(), 0, null, Money.zero(), null));
    }
}
