package cn.ipfin.datagen;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.asset.PatentTerm;
import cn.ipfin.core.asset.TrademarkTerm;
import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.core.lending.LoanState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district generated on a given day is consistent on that day (issue 12): on 2026-12-01 a district generated as of
 * 2026-11-23 had patents marked in force whose term ended in between, and the registry import refused them. Each
 * generated asset passes the checks the asset import makes on the generation date (asset.IpAssetImport: nothing filed
 * after today, granted after filing, a pending right has no grant, the term recomputed from the filing or registration
 * date, renewals in whole ten-year terms, and nothing in force past its term), and loans agree with the date too.
 */
class GenerationDateTest {

    @ParameterizedTest(name = "generated on {0}")
    @ValueSource(strings = {"2026-11-23", "2026-12-01", "2027-01-31", "2027-02-28", "2028-02-29", "2030-06-30"})
    void every_generated_asset_passes_the_imports_checks_on_its_generation_date(String date) {
        LocalDate asOf = LocalDate.parse(date);
        DistrictGenerator generator = new DistrictGenerator(DistrictSpec.ofSize(3_000), asOf);
        int[] inForce = {0};
        generator.enterprises(e -> e.assets().forEach(a -> {
            assertThat(a.filedOn()).as("%s filed", a.number()).isBeforeOrEqualTo(asOf);
            if (a.status() == LegalStatus.PENDING) {
                assertThat(a.grantedOn()).as("%s pending", a.number()).isNull();
                return;
            }
            assertThat(a.grantedOn()).as("%s granted", a.number()).isAfter(a.filedOn()).isBeforeOrEqualTo(asOf);
            LocalDate termEnd = switch (a.kind()) {
                case INVENTION_PATENT, UTILITY_MODEL, DESIGN_PATENT -> {
                    assertThat(PatentApplicationNumber.parse(a.number()).ipKind()).isEqualTo(a.kind());
                    yield PatentTerm.lastDayInForce(a.kind(), a.filedOn());
                }
                case TRADEMARK -> {
                    assertThat(a.niceClass()).isBetween(1, 45);
                    LocalDate end = TrademarkTerm.lastDayOfFirstTerm(a.grantedOn());
                    while (end.isBefore(a.expiresOn())) end = TrademarkTerm.lastDayAfterRenewal(end);
                    assertThat(end).as("%s renewed in whole terms", a.number()).isEqualTo(a.expiresOn());
                    yield end;
                }
                default -> a.expiresOn();
            };
            assertThat(a.expiresOn()).as("%s term", a.number()).isEqualTo(termEnd);
            if (a.status() == LegalStatus.IN_FORCE) {
                inForce[0]++;
                assertThat(a.expiresOn()).as("%s in force on %s", a.number(), asOf).isAfterOrEqualTo(asOf);
            }
            if (a.status() == LegalStatus.EXPIRED) assertThat(a.expiresOn()).isBefore(asOf);
        }));
        assertThat(inForce[0]).isGreaterThan(1_000);

        generator.loans(loan -> {
            assertThat(loan.appliedOn()).isBeforeOrEqualTo(asOf);
            if (loan.disbursedOn() != null) assertThat(loan.disbursedOn()).isBeforeOrEqualTo(asOf);
            if (loan.state() == LoanState.DISBURSED) assertThat(loan.maturityOn()).isAfter(asOf);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-11-23"})
    void the_default_generation_date_gives_the_same_district_as_before(String date) {
        assertThat(new DistrictGenerator(DistrictSpec.tiny(), LocalDate.parse(date)).enterprise(7))
                .isEqualTo(new DistrictGenerator(DistrictSpec.tiny()).enterprise(7));
    }
}
