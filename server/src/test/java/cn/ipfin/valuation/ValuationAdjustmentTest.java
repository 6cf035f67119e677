package cn.ipfin.valuation;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.MoneyFormat;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.valuation.IncomeApproach;
import cn.ipfin.core.valuation.IncomeParameters;
import cn.ipfin.core.valuation.IndicatorModel;
import cn.ipfin.core.valuation.IndicatorModelConfig;
import cn.ipfin.core.valuation.PatentIndicators;
import cn.ipfin.core.valuation.ValuationSubject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12: a valuer's adjustment of the pre-valuation's parameters changes the value — through the API and the page
 * alike — by exactly what the core engine gives for the adjusted parameters (computed here independently of the
 * server's {@code ValuationEngine}), and the signed report prints the adjusted parameters, the value and the
 * difference from the pre-valuation.
 */
@IntegrationTest
@Transactional
class ValuationAdjustmentTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    ValuationFixture f;

    @BeforeEach
    void fixture() {
        f = new ValuationFixture(mvc, jdbc, json);
    }

    @Test
    void an_api_adjustment_of_the_split_rate_gives_the_engines_value_for_that_rate() throws Exception {
        JsonNode pre = f.preValued();
        long id = pre.get("id").asLong();
        ValuationInputs inputs = inputs(id);
        BigDecimal expected = expectedValue(inputs, new BigDecimal("0.05"), null);
        assertThat(expected).isNotEqualByComparingTo(pre.get("preValue").decimalValue());

        JsonNode adjusted = f.ok("valuer1", "POST", "/api/v1/valuations/" + id + "/adjustment", """
                {"expectedVersion": %d, "overrides": {"splitRate": 0.05}, "reason": "同类商标许可费率核实为5%%"}"""
                .formatted(pre.get("version").asInt()));

        assertThat(adjusted.get("value").decimalValue()).isEqualByComparingTo(expected);
        assertThat(adjusted.get("preValue").decimalValue()).isEqualByComparingTo(pre.get("preValue").decimalValue());
        assertThat(inputs(id).overrides().splitRate()).isEqualByComparingTo("0.05");
    }

    @Test
    void a_later_adjustment_keeps_what_an_earlier_one_changed() throws Exception {
        JsonNode pre = f.preValued();
        long id = pre.get("id").asLong();
        JsonNode first = f.ok("valuer1", "POST", "/api/v1/valuations/" + id + "/adjustment", """
                {"expectedVersion": %d, "overrides": {"splitRate": 0.05}, "reason": "分成率按许可合同核实"}"""
                .formatted(pre.get("version").asInt()));
        JsonNode second = f.ok("valuer1", "POST", "/api/v1/valuations/" + id + "/adjustment", """
                {"expectedVersion": %d, "overrides": {"economicLifeYears": 6}, "reason": "产品生命周期约六年"}"""
                .formatted(first.get("version").asInt()));

        BigDecimal expected = expectedValue(inputs(id), new BigDecimal("0.05"), BigDecimal.valueOf(6));
        assertThat(second.get("value").decimalValue()).isEqualByComparingTo(expected);
        assertThat(inputs(id).overrides().splitRate()).isEqualByComparingTo("0.05");
    }

    @Test
    void the_page_form_adjusts_the_value_and_shows_the_adjusted_rate_and_the_difference() throws Exception {
        JsonNode pre = f.preValued();
        long id = pre.get("id").asLong();
        BigDecimal expected = expectedValue(inputs(id), new BigDecimal("0.045"), null);
        var session = f.session("valuer1");

        mvc.perform(post("/valuations/" + id + "/adjustment").session(session).with(csrf()).header("HX-Request", "true")
                        .param("version", pre.get("version").asString()).param("splitRatePercent", "4.5")
                        .param("economicLifeYears", "").param("riskPremiumPercent", "").param("revenue", "")
                        .param("advancementGrade", "").param("substitutabilityGrade", "").param("maturityGrade", "")
                        .param("reason", "分成率按同类许可合同核实为4.5%"))
                .andExpect(status().isOk()).andExpect(header().string("HX-Redirect", "/valuations/" + id));

        assertThat(f.ok("valuer1", "GET", "/api/v1/valuations/" + id, null).get("value").decimalValue())
                .isEqualByComparingTo(expected);
        String page = mvc.perform(get("/valuations/" + id).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String parameters = page.substring(page.indexOf("id=\"parameters\""));
        assertThat(parameters).contains("基础分成率").contains("4.5%").contains(MoneyFormat.yuan(Money.of(expected)))
                .contains(differenceText(pre.get("preValue").decimalValue(), expected));
        // the form shows the rate now in force, so a second adjustment starts from it
        assertThat(page).containsPattern("name=\"splitRatePercent\"[^>]*value=\"4.5\"");
    }

    @Test
    void the_report_signed_after_an_adjustment_prints_the_adjusted_rate_the_new_value_and_the_difference() throws Exception {
        JsonNode pre = f.preValued();
        long id = pre.get("id").asLong();
        BigDecimal preValue = pre.get("preValue").decimalValue();
        BigDecimal expected = expectedValue(inputs(id), new BigDecimal("0.045"), null);
        JsonNode adjusted = f.ok("valuer1", "POST", "/api/v1/valuations/" + id + "/adjustment", """
                {"expectedVersion": %d, "overrides": {"splitRate": 0.045}, "reason": "分成率按同类许可合同核实"}"""
                .formatted(pre.get("version").asInt()));
        JsonNode signed = f.ok("valuer1", "POST", "/api/v1/valuations/" + id + "/signature", ValuationFixture.version(adjusted));
        assertThat(signed.get("value").decimalValue()).isEqualByComparingTo(expected);

        byte[] pdf = f.call("bank1", "GET", "/api/v1/valuations/" + id + "/report.pdf", null, null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        assertThat(text).contains("基础分成率", "4.5%",
                ("评估值为人民币" + MoneyFormat.yuan(Money.of(expected))).replaceAll("\\s+", ""),
                ("自动预评估值" + MoneyFormat.yuan(Money.of(preValue))).replaceAll("\\s+", ""),
                ("差异" + differenceText(preValue, expected)).replaceAll("\\s+", ""));
    }

    private ValuationInputs inputs(long id) throws Exception {
        return json.treeToValue(f.ok("ipo", "GET", "/api/v1/valuations/" + id + "/inputs", null), ValuationInputs.class);
    }

    /** The difference as a reader checks it: signed yuan, and its share of the pre-value to 0.01 %. */
    private static String differenceText(BigDecimal preValue, BigDecimal value) {
        BigDecimal difference = value.subtract(preValue);
        BigDecimal percent = difference.multiply(BigDecimal.valueOf(100)).divide(preValue, 2, RoundingMode.HALF_UP);
        String sign = difference.signum() > 0 ? "+" : "";
        return sign + MoneyFormat.yuan(Money.of(difference)) + "（" + sign + percent.toPlainString() + "%）";
    }

    /**
     * The value the core engine gives for the recorded registry facts and revenue with the given base split rate and
     * economic life, built here from {@code core.valuation} directly: the income approach with the kind's built-in
     * parameter set, and for a patent the indicator score CN-PVD-2026.1 with ungraded (3) expert grades.
     */
    private static BigDecimal expectedValue(ValuationInputs in, BigDecimal splitRate, BigDecimal lifeYears) {
        ValuationInputs.AssetFacts a = in.assets().getFirst();
        IncomeParameters parameters = IncomeParameters.defaultsFor(a.kind());
        if (splitRate != null) parameters = parameters.withBaseSplitRate(new Rate(splitRate));
        if (lifeYears != null) parameters = parameters.withEconomicLifeYears(lifeYears);
        var subject = new ValuationSubject(a.kind(), a.status(), a.protectionStart(), in.valuationDate());
        List<Money> forecast = in.revenueForecast().stream().map(Money::of).toList();
        var approach = new IncomeApproach(parameters);
        if (!a.kind().isPatent()) return approach.value(subject, forecast).value().amount();
        var score = new IndicatorModel(IndicatorModelConfig.cnPvd2026()).score(new PatentIndicators(a.kind(),
                a.protectionStart(), a.status(), in.valuationDate(), a.claims(), Math.max(1, a.familySize()), a.citedBy(),
                a.adverseDisputes(), Math.max(1, a.ownerCount()), 3, 3, 3, Money.zero(), a.licenceCount(),
                Money.of(a.ownerAnnualRevenue())));
        return approach.value(subject, forecast, score).value().amount();
    }
}
