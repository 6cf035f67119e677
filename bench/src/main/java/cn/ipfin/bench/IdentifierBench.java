package cn.ipfin.bench;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.core.identifier.UnifiedSocialCreditCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** Validation throughput of the identifiers every import and every form checks: credit codes and patent numbers. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IdentifierBench {

    private final String[] creditCodes = {"914403001922038216", "9144030071526726XG", "91440300MA5H0HLK5U", "914403001922038217"};
    private final String[] patentNumbers = {"201510958772.0", "ZL 2018 1 1564288.X", "99113861.9", "202322865413.3"};
    private int i;

    @Benchmark
    public boolean creditCodeIsValid() {
        return UnifiedSocialCreditCode.isValid(creditCodes[i++ & 3]);
    }

    @Benchmark
    public Object creditCodeParse() {
        return UnifiedSocialCreditCode.parse(creditCodes[i++ % 3]);
    }

    @Benchmark
    public boolean patentNumberIsValid() {
        return PatentApplicationNumber.isValid(patentNumbers[i++ & 3]);
    }

    @Benchmark
    public Object patentNumberParse() {
        return PatentApplicationNumber.parse(patentNumbers[i++ & 3]);
    }
}
