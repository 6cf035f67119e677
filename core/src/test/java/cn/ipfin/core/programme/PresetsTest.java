package cn.ipfin.core.programme;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.programme.FactModel.CreditEntry;
import cn.ipfin.core.programme.FactModel.Financials;
import cn.ipfin.core.programme.FactModel.Project;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each shipped programme, from its seed's text: the model applicant passes every element, and for each element of
 * each condition one change makes it fail with an explanation that names the element and its article. A preset
 * whose element has no failing case here fails {@link #every_element_of_every_preset_has_a_failing_case}.
 */
class PresetsTest {

    record Preset(String file, LocalDate today, int year, Map<String, Consumer<Applicant>> breakers) {
    }

    private static final LocalDate OCT_2025 = LocalDate.of(2025, 10, 1);

    static List<Preset> presets() {
        Map<String, Consumer<Applicant>> licheng = new LinkedHashMap<>();
        licheng.put("project-completed.issued", a -> a.projects.set(0, new Project("S1", LocalDate.of(2025, 3, 31), true,
                Money.ofYuan(50_000_000), Money.ofYuan(2_000_000))));
        licheng.put("project-completed.funds-received", a -> a.projects.set(0, new Project("S1", LocalDate.of(2025, 9, 1),
                false, Money.ofYuan(50_000_000), Money.ofYuan(2_000_000))));
        licheng.put("clean-record.no-bad-record", a -> a.credit.add(new CreditEntry("BAD_RECORD", "CR-2026-001", LocalDate.of(2026, 1, 5))));
        licheng.put("clean-record.not-abnormal-operation", a -> a.credit.add(new CreditEntry("ABNORMAL_OPERATION", "YC-2026-17", LocalDate.of(2026, 2, 1))));
        licheng.put("clean-record.not-dishonest", a -> a.credit.add(new CreditEntry("DISHONEST", "SX-2026-03", LocalDate.of(2026, 3, 1))));
        licheng.put("legal-person-established-sound.independent-legal-person", a -> {
            a.independentLegalPerson = false;
            a.type = "个体工商户";
        });
        // one day short of a year on 2026-06-01
        licheng.put("legal-person-established-sound.established-one-year", a -> a.established = LocalDate.of(2025, 6, 2));
        licheng.put("legal-person-established-sound.operating-soundly", a -> a.financials.replaceAll(f -> f.year() == 2025
                ? new Financials(2025, f.revenue(), Money.ofYuan(-1)) : f));
        licheng.put("owner-of-first-pledged-invention.owner", a -> a.pledges.add(Applicant.pledge("ZL202110000002.1",
                "INVENTION_PATENT", false, true, true, false, LocalDate.of(2022, 3, 1))));
        licheng.put("owner-of-first-pledged-invention.title-clear-valid", a -> a.pledges.add(Applicant.pledge("ZL202110000003.5",
                "UTILITY_MODEL", true, true, false, true, LocalDate.of(2022, 3, 1))));
        licheng.put("owner-of-first-pledged-invention.first-pledged-invention", a -> a.pledges.set(0, Applicant.pledge(
                "ZL202010000001.X", "INVENTION_PATENT", true, true, true, false, LocalDate.of(2022, 3, 1))));
        licheng.put("registered-before-disbursement.registered-before-disbursement", a -> a.loans.set(0,
                Applicant.loan("L1", Money.of("180000.00"), LocalDate.of(2022, 3, 11), true, true)));
        licheng.put("repaid-as-agreed.repaid-on-terms", a -> a.loans.set(0,
                Applicant.loan("L1", Money.of("180000.00"), LocalDate.of(2022, 3, 1), false, true)));
        licheng.put("repaid-as-agreed.settled", a -> a.loans.set(0,
                Applicant.loan("L1", Money.of("180000.00"), LocalDate.of(2022, 3, 1), true, false)));

        Map<String, Consumer<Applicant>> ezhou = new LinkedHashMap<>();
        ezhou.put("sme.scale", a -> a.scale = "LARGE");
        ezhou.put("pledge-loan.has-pledge-loan", a -> a.loans.clear());
        ezhou.put("pledge-loan.interest-this-year", a -> a.loans.set(0, Applicant.loan("L1", Money.zero(), LocalDate.of(2022, 3, 1), true, true)));

        Map<String, Consumer<Applicant>> jiyuan = new LinkedHashMap<>();
        jiyuan.put("park-sme.in-park", a -> a.park = null);
        jiyuan.put("park-sme.sme", a -> a.scale = "LARGE");
        jiyuan.put("pledge-loan.has-pledge-loan", a -> a.loans.clear());
        jiyuan.put("pledge-loan.paid-on-time", a -> a.loans.set(0, Applicant.loan("L1", Money.of("180000.00"), LocalDate.of(2022, 3, 1), false, true)));

        Map<String, Consumer<Applicant>> longnan = new LinkedHashMap<>();
        longnan.put("admitted.specialised", a -> a.specialised = false);
        longnan.put("admitted.holds-ip", a -> a.pledges.clear());
        longnan.put("admitted.revenue", a -> a.financials.replaceAll(f -> f.year() == 2024
                ? new Financials(2024, Money.of("9999999.99"), f.netProfit()) : f));
        longnan.put("admitted.profit", a -> a.financials.replaceAll(f -> f.year() == 2024
                ? new Financials(2024, f.revenue(), Money.zero()) : f));
        longnan.put("issued.issued", a -> a.projects.set(0, new Project("S1", null, false, Money.zero(), Money.zero())));
        longnan.put("issued.funds-received", a -> a.projects.set(0, new Project("S1", LocalDate.of(2025, 9, 1), false,
                Money.ofYuan(50_000_000), Money.ofYuan(2_000_000))));

        Map<String, Consumer<Applicant>> shenzhen = new LinkedHashMap<>();
        shenzhen.put("pledge-financing.sme", a -> a.scale = "LARGE");
        shenzhen.put("pledge-financing.has-pledge-loan", a -> a.loans.clear());
        shenzhen.put("good-standing.not-dishonest", a -> a.credit.add(new CreditEntry("DISHONEST", "SX-2024-9", LocalDate.of(2024, 1, 2))));

        return List.of(
                new Preset("licheng-2025-securitization-cost.yaml", LocalDate.of(2026, 6, 1), 2026, licheng),
                new Preset("jiyuan-2022-interest-subsidy.yaml", LocalDate.of(2023, 6, 1), 2022, jiyuan),
                new Preset("longnan-2024-securitization-cost-split.yaml", OCT_2025, 2025, longnan),
                new Preset("ezhou-2024-interest-subsidy.yaml", LocalDate.of(2026, 3, 1), 2025, ezhou),
                new Preset("shenzhen-2023-enterprise-subsidy.yaml", LocalDate.of(2024, 6, 1), 2023, shenzhen));
    }

    @Test
    void one_preset_per_seed_is_shipped_and_loads() {
        assertThat(presets()).extracting(Preset::file).containsExactlyElementsOf(Presets.FILES);
        assertThat(Presets.all()).extracting(ProgrammeDefinition::key).doesNotHaveDuplicates().hasSize(5);
    }

    @TestFactory
    List<DynamicTest> the_model_applicant_is_eligible_for_every_preset() {
        return presets().stream().map(p -> DynamicTest.dynamicTest(p.file(), () -> {
            Explanation e = Eligibility.evaluate(Presets.load(p.file()), new Applicant().facts(), p.today(), p.year());
            assertThat(e.failures()).as(p.file()).isEmpty();
            assertThat(e.eligible()).isTrue();
        })).toList();
    }

    @TestFactory
    List<DynamicTest> each_element_fails_alone_and_its_explanation_names_it() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Preset p : presets()) {
            ProgrammeDefinition programme = Presets.load(p.file());
            p.breakers().forEach((element, breaker) -> tests.add(DynamicTest.dynamicTest(p.file() + " " + element, () -> {
                Applicant a = new Applicant();
                breaker.accept(a);
                Explanation e = Eligibility.evaluate(programme, a.facts(), p.today(), p.year());
                assertThat(e.eligible()).isFalse();
                Explanation.ElementResult failed = e.failures().stream()
                        .filter(f -> (f.condition() + "." + f.id()).equals(element)).findFirst()
                        .orElseThrow(() -> new AssertionError(element + " did not fail: " + e.failures()));
                ProgrammeDefinition.Condition condition = programme.conditions().stream()
                        .filter(c -> c.id().equals(failed.condition())).findFirst().orElseThrow();
                assertThat(failed.zh()).contains(condition.article()).contains(failed.label().zh()).contains("不符合");
                assertThat(failed.en()).contains(condition.article()).contains(failed.label().en()).contains("not met");
            })));
        }
        return tests;
    }

    @Test
    void every_element_of_every_preset_has_a_failing_case() {
        for (Preset p : presets()) {
            List<String> elements = Presets.load(p.file()).conditions().stream()
                    .flatMap(c -> c.elements().stream().map(e -> c.id() + "." + e.id())).toList();
            assertThat(p.breakers().keySet()).as(p.file()).containsExactlyInAnyOrderElementsOf(elements);
        }
    }

    @Test
    void licheng_cites_every_article_the_seed_makes_a_condition() {
        ProgrammeDefinition licheng = Presets.load("licheng-2025-securitization-cost.yaml");
        assertThat(licheng.conditions()).extracting(ProgrammeDefinition.Condition::article).containsExactly(
                "Licheng 第三条/第四条", "Licheng 第七条(一)", "Licheng 第七条(二)", "Licheng 第七条(三)",
                "Licheng 第七条(四)", "Licheng 第七条(五)");
        assertThat(licheng.materials()).extracting(ProgrammeDefinition.Material::article).containsExactly(
                "Licheng 第八条(一)", "Licheng 第八条(二)", "Licheng 第八条(三)", "Licheng 第八条(四)", "Licheng 第八条(五)");
        assertThat(licheng.review().article()).isEqualTo("Licheng 第九条");
        assertThat(licheng.budget().feesFromBudget()).isTrue();
        assertThat(licheng.budget().article()).isEqualTo("Licheng 第十条");
        assertThat(licheng.window().from()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(licheng.window().to()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(licheng.window().governsIssuedInside()).isTrue();
    }

    @Test
    void licheng_one_year_includes_the_anniversary_and_the_evidence_names_the_date() {
        ProgrammeDefinition licheng = Presets.load("licheng-2025-securitization-cost.yaml");
        Applicant a = new Applicant();
        a.established = LocalDate.of(2025, 6, 1); // 以上 includes the number itself: exactly one year on 2026-06-01
        Explanation e = Eligibility.evaluate(licheng, a.facts(), LocalDate.of(2026, 6, 1), 2026);
        assertThat(e.failures()).isEmpty();
        Explanation.ElementResult established = e.conditions().get(2).elements().get(1);
        assertThat(established.zh()).contains("成立于 2025-06-01").contains("满 1 年").doesNotContain("established");
        assertThat(established.en()).contains("established 2025-06-01, 1 full years").doesNotContain("成立");
    }

    @Test
    void the_evidence_names_the_credit_entry_the_pledge_and_its_registration_date() {
        ProgrammeDefinition licheng = Presets.load("licheng-2025-securitization-cost.yaml");
        Applicant a = new Applicant();
        a.credit.add(new CreditEntry("ABNORMAL_OPERATION", "YC-2026-17", LocalDate.of(2026, 2, 1)));
        a.loans.set(0, Applicant.loan("L1", Money.of("180000.00"), LocalDate.of(2022, 3, 11), true, true));
        Explanation e = Eligibility.evaluate(licheng, a.facts(), LocalDate.of(2026, 6, 1), 2026);
        String all = e.failures().stream().map(Explanation.ElementResult::zh).collect(Collectors.joining("\n"));
        assertThat(all).contains("Licheng 第七条(一) 未列入经营异常名录：不符合（经营异常名录 YC-2026-17 2026-02-01）");
        assertThat(all).contains("Licheng 第七条(四)").contains("PL-ZL202010000001.X ZL202010000001.X 登记 2022-03-01 → L1")
                .contains("L1 放款 2022-03-10");
    }

    @Test
    void outside_the_window_only_a_project_issued_inside_it_stays_governed() {
        ProgrammeDefinition licheng = Presets.load("licheng-2025-securitization-cost.yaml");
        // the model applicant's project was issued 2025-09-01, inside the window: 第十三条 keeps it governed after
        assertThat(Eligibility.evaluate(licheng, new Applicant().facts(), LocalDate.of(2027, 4, 1), 2027).inWindow()).isTrue();
        Applicant late = new Applicant();
        late.projects.set(0, new Project("S1", LocalDate.of(2025, 3, 1), true, Money.ofYuan(50_000_000), Money.ofYuan(2_000_000)));
        Explanation e = Eligibility.evaluate(licheng, late.facts(), LocalDate.of(2027, 4, 1), 2027);
        assertThat(e.inWindow()).isFalse();
        assertThat(e.eligible()).isFalse();
        assertThat(e.windowArticle()).isEqualTo("Licheng 第十三条");
        // Ezhou's window has no such clause
        assertThat(Eligibility.evaluate(Presets.load("ezhou-2024-interest-subsidy.yaml"), new Applicant().facts(),
                LocalDate.of(2027, 1, 1), 2026).inWindow()).isFalse();
    }

    @Test
    void open_parameters_are_marked_where_the_seed_leaves_them_open() {
        assertThat(Presets.load("jiyuan-2022-interest-subsidy.yaml").openParameters())
                .extracting(ProgrammeDefinition.Parameter::name).containsExactly("enterprise_cap", "subsidy_rate");
        assertThat(Presets.load("shenzhen-2023-enterprise-subsidy.yaml").openParameters()).hasSize(2);
        assertThat(Presets.load("ezhou-2024-interest-subsidy.yaml").openParameters()).isEmpty();
        assertThat(Presets.load("licheng-2025-securitization-cost.yaml").openParameters())
                .extracting(ProgrammeDefinition.Parameter::name).contains("sound_years", "support_rate");
    }
}
