package cn.ipfin.bench;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.valuation.AutomatedPreValuation;
import cn.ipfin.core.valuation.PatentIndicators;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the automated pre-valuation of one patent (indicator score + income approach with the default
 * policy), over 1,024 varied patents and 5-year forecasts so the JIT cannot specialise on one input. Issue 5 target:
 * at least 100,000 patents per second per core, i.e. ≥ 100 ops/ms with {@code -t 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValuationBench {

    private static final int N = 1024;

    private final AutomatedPreValuation engine = AutomatedPreValuation.defaults();
    private PatentIndicators[] patents;
    private List<List<Money>> forecasts;
    private int i;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(2026);
        patents = new PatentIndicators[N];
        forecasts = new ArrayList<>(N);
        LocalDate valuedOn = LocalDate.of(2026, 1, 1);
        for (int k = 0; k < N; k++) {
            boolean invention = random.nextInt(4) != 0;
            IpKind kind = invention ? IpKind.INVENTION_PATENT : IpKind.UTILITY_MODEL;
            LocalDate filedOn = valuedOn.minusDays(random.nextInt(30, (invention ? 20 : 10) * 365 - 30));
            LegalStatus status = random.nextInt(50) == 0 ? LegalStatus.LAPSED : LegalStatus.IN_FORCE;
            patents[k] = new PatentIndicators(kind, filedOn, status, valuedOn, random.nextInt(1, 30), random.nextInt(1, 8),
                    random.nextInt(0, 60), random.nextInt(0, 3), random.nextInt(1, 4), random.nextInt(1, 6), random.nextInt(1, 6),
                    random.nextInt(1, 6), Money.ofYuan(random.nextLong(1_000_000L, 10_000_000_000L)), random.nextInt(0, 5),
                    Money.ofYuan(random.nextLong(100_000L, 500_000_000L)));
            List<Money> forecast = new ArrayList<>(5);
            long revenue = random.nextLong(1_000_000L, 500_000_000L);
            for (int y = 0; y < 5; y++) forecast.add(Money.ofYuan(revenue + revenue * y / 10));
            forecasts.add(List.copyOf(forecast));
        }
    }

    @Benchmark
    public Money preValuation() {
        int k = i++ & (N - 1);
        return engine.value(patents[k], forecasts.get(k)).value();
    }
}
