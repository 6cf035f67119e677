package cn.ipfin.bench;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.programme.Eligibility;
import cn.ipfin.core.programme.FactModel;
import cn.ipfin.core.programme.FactModel.CreditEntry;
import cn.ipfin.core.programme.FactModel.Enterprise;
import cn.ipfin.core.programme.FactModel.Facts;
import cn.ipfin.core.programme.FactModel.Financials;
import cn.ipfin.core.programme.FactModel.Loan;
import cn.ipfin.core.programme.FactModel.Pledge;
import cn.ipfin.core.programme.FactModel.Project;
import cn.ipfin.core.programme.Presets;
import cn.ipfin.core.programme.ProgrammeDefinition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Issue 16: the eligibility of one programme over 100,000 enterprises with their loans, pledges, credit entries and
 * financials — the explained pre-check of every element, as the office's "who qualifies" list would run it. The facts
 * are generated in memory (seeded), so this measures the engine (CEL evaluation and the explanation), not the reads.
 * {@code main} runs it once without JMH: {@code java -cp … cn.ipfin.bench.ProgrammeEligibilityBench [programme file]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ProgrammeEligibilityBench {

    static final int ENTERPRISES = 100_000;
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Param({"licheng-2025-securitization-cost.yaml", "ezhou-2024-interest-subsidy.yaml"})
    public String programme;

    private ProgrammeDefinition definition;
    private List<Facts> district;

    @Setup
    public void setUp() {
        definition = Presets.load(programme);
        district = district(ENTERPRISES);
    }

    /** Evaluates every enterprise; returns how many are eligible. */
    @Benchmark
    public int eligibilityOfTheDistrict() {
        int eligible = 0;
        for (Facts facts : district) if (Eligibility.evaluate(definition, facts, TODAY, 2026).eligible()) eligible++;
        return eligible;
    }

    static List<Facts> district(int size) {
        SplittableRandom random = new SplittableRandom(2026);
        String[] scales = {"MICRO", "SMALL", "MEDIUM"};
        String[] kinds = {"INVENTION_PATENT", "INVENTION_PATENT", "UTILITY_MODEL", "TRADEMARK"};
        List<Facts> out = new ArrayList<>(size);
        for (int n = 0; n < size; n++) {
            LocalDate established = TODAY.minusDays(random.nextInt(100, 7_000));
            Enterprise e = new Enterprise(n, "企业" + n, "9142070000000" + n, "企业", random.nextInt(50) != 0, established,
                    scales[random.nextInt(3)], random.nextBoolean() ? "高新区" : null, random.nextBoolean(), random.nextInt(5) == 0);
            List<Financials> financials = new ArrayList<>();
            for (int y = 2021; y <= 2025; y++) {
                financials.add(new Financials(y, Money.ofYuan(random.nextLong(1_000_000, 500_000_000)),
                        Money.ofYuan(random.nextLong(-5_000_000, 50_000_000))));
            }
            List<CreditEntry> credit = random.nextInt(20) == 0
                    ? List.of(new CreditEntry("ABNORMAL_OPERATION", "YC-" + n, TODAY.minusDays(30))) : List.of();
            int loanCount = random.nextInt(0, 4);
            List<Loan> loans = new ArrayList<>();
            List<Pledge> pledges = new ArrayList<>();
            for (int l = 0; l < loanCount; l++) {
                LocalDate disbursed = TODAY.minusDays(random.nextInt(30, 1_500));
                LocalDate registered = disbursed.minusDays(random.nextInt(-3, 20));
                String ref = "L" + n + "-" + l;
                pledges.add(new Pledge("P" + ref, "ZL" + n + l, kinds[random.nextInt(4)], random.nextInt(30) != 0, true,
                        random.nextInt(40) != 0, random.nextInt(3) != 0, registered, ref));
                loans.add(new Loan(ref, "银行" + random.nextInt(8), true, disbursed, Money.ofYuan(random.nextLong(500_000, 30_000_000)),
                        registered, random.nextInt(10) != 0, random.nextBoolean(),
                        Money.of(random.nextLong(0, 150_000_00) + ".00").dividedBy(100, java.math.RoundingMode.DOWN), Money.zero()));
            }
            List<Project> projects = random.nextInt(10) == 0
                    ? List.of(new Project("S" + n, TODAY.minusDays(random.nextInt(10, 400)), true,
                    Money.ofYuan(random.nextLong(5_000_000, 100_000_000)), Money.ofYuan(random.nextLong(100_000, 2_000_000))))
                    : List.of();
            out.add(new Facts(e, financials, credit, pledges, loans, projects));
        }
        return out;
    }

    public static void main(String[] args) {
        ProgrammeEligibilityBench bench = new ProgrammeEligibilityBench();
        bench.programme = args.length > 0 ? args[0] : "licheng-2025-securitization-cost.yaml";
        bench.setUp();
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            int eligible = bench.eligibilityOfTheDistrict();
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%s: %,d enterprises in %,d ms (%,d eligible)%n", bench.programme, ENTERPRISES, ms, eligible);
        }
    }
}
