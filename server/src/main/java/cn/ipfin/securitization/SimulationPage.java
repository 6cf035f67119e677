package cn.ipfin.securitization;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.MoneyFormat;
import cn.ipfin.core.securitization.montecarlo.CopulaModel;
import cn.ipfin.core.securitization.montecarlo.DefaultTimePool;
import cn.ipfin.core.securitization.montecarlo.LossAccumulator;
import cn.ipfin.core.securitization.montecarlo.MonteCarlo;
import cn.ipfin.core.securitization.pool.Amortization;
import cn.ipfin.core.securitization.pool.LoanProjection;
import cn.ipfin.core.securitization.pool.Performance;
import cn.ipfin.core.securitization.pool.PoolFlows;
import cn.ipfin.core.securitization.pool.PoolLoan;
import cn.ipfin.core.securitization.structure.DealRun;
import cn.ipfin.core.securitization.structure.DealStructure;
import cn.ipfin.core.securitization.structure.PeriodRate;
import cn.ipfin.core.securitization.structure.Tranche;
import cn.ipfin.core.securitization.structure.TrancheFlows;
import cn.ipfin.core.securitization.structure.Waterfall;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Rule;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A pool's tranches under correlated defaults: an illustrative pool of equal monthly-amortising loans (level
 * payment) with the entered PD, the three-tranche structure with fees, reserve, deficiency payment and a 5%
 * cumulative-default trigger; the expected case (PD as a CDR) gives each tranche's WAL and yield, the Monte Carlo its
 * loss distribution, EL, probability of loss and rating. Computation only; nothing is stored.
 */
@Controller
class SimulationPage {

    static final String PATH = "/securitization/simulation";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] COLOURS = {"#3d5a80", "#e07a5f", "#b4232a"};

    private final MessageSource messages;

    SimulationPage(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(Actor actor, Locale locale, Model model,
                @RequestParam(defaultValue = "200") int loans, @RequestParam(defaultValue = "500") BigDecimal loanWan,
                @RequestParam(defaultValue = "36") int months, @RequestParam(defaultValue = "5") BigDecimal loanRate,
                @RequestParam(defaultValue = "3") BigDecimal pd, @RequestParam(defaultValue = "0.2") double correlation,
                @RequestParam(defaultValue = "30") BigDecimal recovery, @RequestParam(defaultValue = "3") int lag,
                @RequestParam(defaultValue = "80") int seniorShare, @RequestParam(defaultValue = "10") int mezzanineShare,
                @RequestParam(defaultValue = "5000") int scenarios, @RequestParam(defaultValue = "2026") long seed) {
        CostEstimatePage.requireOffice(actor);
        Rule.check()
                .refuseIf(loans < 1 || loans > 2_000, SecuritizationRules.SIMULATION_OUT_OF_RANGE, "贷款笔数 1–2000 / loans 1–2000")
                .refuseIf(loanWan.signum() <= 0 || loanWan.compareTo(BigDecimal.valueOf(100_000)) > 0 || loanWan.scale() > 2,
                        SecuritizationRules.SIMULATION_OUT_OF_RANGE, "单笔金额 / loan size")
                .refuseIf(months < 1 || months > 120, SecuritizationRules.SIMULATION_OUT_OF_RANGE, "期限 1–120 月 / term 1–120 months")
                .refuseIf(loanRate.signum() < 0 || loanRate.compareTo(BigDecimal.valueOf(24)) > 0, SecuritizationRules.SIMULATION_OUT_OF_RANGE, "贷款利率 / loan rate")
                .refuseIf(pd.signum() < 0 || pd.compareTo(BigDecimal.valueOf(100)) >= 0, SecuritizationRules.SIMULATION_OUT_OF_RANGE, "违约概率 / PD")
                .refuseIf(!(correlation >= 0 && correlation <= 1), SecuritizationRules.SIMULATION_OUT_OF_RANGE, "资产相关性 0–1 / correlation 0–1")
                .refuseIf(recovery.signum() < 0 || recovery.compareTo(BigDecimal.valueOf(100)) > 0, SecuritizationRules.SIMULATION_OUT_OF_RANGE, "回收率 / recovery")
                .refuseIf(lag < 0 || lag > 24, SecuritizationRules.SIMULATION_OUT_OF_RANGE, "回收滞后 0–24 月 / recovery lag 0–24 months")
                .refuseIf(seniorShare < 1 || mezzanineShare < 0 || seniorShare + mezzanineShare > 99,
                        SecuritizationRules.SIMULATION_OUT_OF_RANGE, "档位比例 / tranche shares")
                .refuseIf(scenarios < 100 || scenarios > 20_000, SecuritizationRules.SIMULATION_OUT_OF_RANGE, "场景数 100–20000 / scenarios 100–20000")
                .orRefuse();
        long loanFen = loanWan.movePointRight(6).longValueExact();
        PeriodRate monthly = PeriodRate.of(loanRate.movePointLeft(2).divide(BigDecimal.valueOf(12), 8, RoundingMode.HALF_UP));
        List<PoolLoan> pool = new ArrayList<>();
        for (int i = 0; i < loans; i++) {
            pool.add(new PoolLoan("L" + (i + 1), loanFen, monthly.fraction(), months, Amortization.LEVEL, pd.movePointLeft(2).doubleValue()));
        }
        long total = loanFen * loans;
        long senior = total * seniorShare / 100;
        long mezzanine = total * mezzanineShare / 100;
        List<Tranche> tranches = new ArrayList<>();
        tranches.add(new Tranche(label("securitization.sim.senior", locale), Tranche.Seniority.SENIOR, senior, PeriodRate.monthlyOf("0.028", 8)));
        if (mezzanine > 0) {
            tranches.add(new Tranche(label("securitization.sim.mezzanine", locale), Tranche.Seniority.MEZZANINE, mezzanine, PeriodRate.monthlyOf("0.045", 8)));
        }
        tranches.add(new Tranche(label("securitization.sim.subordinated", locale), Tranche.Seniority.SUBORDINATED, total - senior - mezzanine, PeriodRate.zero()));
        // fees 0.3% a year of the pool, reserve 1% of the pool, deficiency payment up to 4% of the pool, trigger 5%
        DealStructure deal = new DealStructure(tranches, 0, PeriodRate.monthlyOf("0.003", 10), total / 100, total / 100,
                DealStructure.PrincipalMode.PRO_RATA, new BigDecimal("0.05"), total * 4 / 100, RoundingMode.HALF_UP);
        Waterfall waterfall = new Waterfall(deal);
        double[] smm = new double[months];
        Arrays.fill(smm, Performance.periodRate(0.06, 1.0 / 12));
        BigDecimal recoveryRate = recovery.movePointLeft(2);

        PoolFlows expected = PoolFlows.empty(months + lag);
        Performance expectedCase = Performance.monthly(pd.movePointLeft(2).doubleValue(), 0.06, months, recoveryRate, lag);
        LoanProjection projection = new LoanProjection(expectedCase, RoundingMode.HALF_UP);
        // the illustrative pool's loans are all alike: one projection, added once per loan, is each loan's to the fen
        var oneLoan = projection.project(pool.getFirst());
        for (int i = 0; i < loans; i++) expected.add(oneLoan);
        DealRun run = waterfall.run(expected);

        MonteCarlo mc = new MonteCarlo(DefaultTimePool.of(pool, smm, recoveryRate, lag, RoundingMode.HALF_UP), waterfall,
                tranches, new CopulaModel(correlation, seed));
        MonteCarlo.SimulationResult result = mc.run(scenarios, 500, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));

        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < tranches.size(); i++) {
            Tranche t = tranches.get(i);
            TrancheFlows f = run.tranches().get(i);
            MonteCarlo.TrancheRisk r = result.tranches().get(i);
            rows.add(new Row(t.name(), MoneyFormat.figure(Money.ofFen(t.balanceFen())), percent(100.0 * t.balanceFen() / total, 1),
                    String.format(Locale.ROOT, "%.2f", f.weightedAverageLife(12)), percent(100 * f.yield(12), 2),
                    MoneyFormat.figure(Money.ofFen(f.loss())), percent(100 * r.expectedLoss(), 4),
                    percent(100 * r.standardError(), 4), percent(100 * r.probabilityOfLoss(), 2), r.rating()));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("chart", JSON.writeValueAsString(chart(result, locale)));
        model.addAttribute("averageDefaults", String.format(Locale.ROOT, "%.1f", result.averageDefaults()));
        model.addAttribute("scenariosRun", result.scenarios());
        model.addAttribute("params", Map.ofEntries(Map.entry("loans", loans), Map.entry("loanWan", loanWan.toPlainString()),
                Map.entry("months", months), Map.entry("loanRate", loanRate.toPlainString()), Map.entry("pd", pd.toPlainString()),
                Map.entry("correlation", correlation), Map.entry("recovery", recovery.toPlainString()), Map.entry("lag", lag),
                Map.entry("seniorShare", seniorShare), Map.entry("mezzanineShare", mezzanineShare),
                Map.entry("scenarios", scenarios), Map.entry("seed", seed)));
        return "securitization/simulation";
    }

    /** A tranche's results: balance (元) and share, expected-case WAL/yield/loss, Monte Carlo EL ± s.e., PD, rating. */
    record Row(String name, String balance, String share, String wal, String yield, String expectedCaseLoss,
               String expectedLoss, String standardError, String probabilityOfLoss, String rating) {
    }

    private Map<String, Object> chart(MonteCarlo.SimulationResult result, Locale locale) {
        List<String> labels = new ArrayList<>();
        labels.add(label("securitization.sim.noLoss", locale));
        for (int b = 1; b < LossAccumulator.BUCKETS; b++) labels.add((b - 1) * 5 + "–" + b * 5 + "%");
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = 0; i < result.tranches().size(); i++) {
            MonteCarlo.TrancheRisk t = result.tranches().get(i);
            List<Double> values = new ArrayList<>();
            for (long count : t.histogram()) values.add(Math.round(10_000.0 * count / result.scenarios()) / 100.0);
            series.add(Map.of("name", t.name(), "values", values, "color", COLOURS[i % COLOURS.length]));
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("title", label("securitization.sim.chart", locale));
        spec.put("labels", labels);
        spec.put("series", series);
        spec.put("grouped", true);
        return spec;
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String percent(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f%%", value);
    }
}
