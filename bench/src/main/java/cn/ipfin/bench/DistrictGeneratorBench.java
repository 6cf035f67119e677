package cn.ipfin.bench;

import cn.ipfin.datagen.DistrictGenerator;
import cn.ipfin.datagen.DistrictSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/** Enterprises (with their assets, financials and credit facts) generated per second, and loans per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DistrictGeneratorBench {

    private static final int BATCH = 10_000;

    private final DistrictGenerator generator = new DistrictGenerator(DistrictSpec.ofSize(BATCH));

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void enterprises(Blackhole sink) {
        generator.enterprises(sink::consume);
    }

    /** Per enterprise of the district: the loan pass regenerates every enterprise it looks at. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void loans(Blackhole sink) {
        generator.loans(sink::consume);
    }
}
