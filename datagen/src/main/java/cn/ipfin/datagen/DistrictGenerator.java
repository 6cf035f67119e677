package cn.ipfin.datagen;

import cn.ipfin.core.lending.LoanState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Generates a realistic district from a {@link DistrictSpec}. Deterministic: the same spec yields the same data.
 * Streams enterprises and loans so that a million enterprises never sit in memory at once.
 *
 * <p>Enterprise N depends only on (seed, N), never on how many are generated. Loans are drawn in a second pass
 * that regenerates each enterprise (cheaper than keeping them): about one per four enterprises, only for those with an
 * in-force patent or trademark, and at least one in every {@link LoanState} even in the 40-enterprise fixture.
 * Dates are relative to the generation date ({@link #asOf()}: the business date the caller passes, {@link #AS_OF} by
 * default), never to the wall clock, so that what is generated is consistent on that day: an asset marked in force has
 * not reached its last day, a loan marked disbursed has not matured.
 */
public final class DistrictGenerator {

    /** The business date a district describes unless the caller gives one (the figures of DistrictGeneratorTest). */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    /** GB/T 2260 code of 济源市 (Jiyuan, a province-administered city, home of the Jiyuan demonstration zone). */
    public static final String DIVISION_CODE = "419001";

    private static final long LOAN_STREAM = 0x4C4F414EL;
    /** A cautious estimate of the share of enterprises that can pledge (founded before the loan window, with an in-force patent or mark): erring low front-loads loans a little but lets small districts reach every state. */
    private static final double ELIGIBLE_SHARE = 0.35;

    private final DistrictSpec spec;
    private final EnterpriseFactory enterprises;
    private final LocalDate asOf;

    public DistrictGenerator(DistrictSpec spec) {
        this(spec, AS_OF);
    }

    /** A district as it stands on {@code asOf}, the day it is generated (the demo loader passes the clock's date). */
    public DistrictGenerator(DistrictSpec spec, LocalDate asOf) {
        this.spec = spec;
        this.asOf = asOf;
        this.enterprises = new EnterpriseFactory(spec.seed(), spec.districtName(), DIVISION_CODE, asOf);
    }

    public DistrictSpec spec() { return spec; }

    /** The business date the district describes. */
    public LocalDate asOf() { return asOf; }

    /** IP office, banks and their branches, guarantors, insurers, valuation firms, operator, expert pool. */
    public List<GeneratedOrganisation> institutions() {
        return Institutions.of(spec.districtName(), new CreditCodes(DIVISION_CODE, spec.seed()));
    }

    /** Every enterprise, in seq order. */
    public void enterprises(Consumer<GeneratedEnterprise> sink) {
        for (int seq = 1; seq <= spec.enterprises(); seq++) sink.accept(enterprises.enterprise(seq));
    }

    /** Enterprise seq alone, as {@link #enterprises} would produce it. */
    public GeneratedEnterprise enterprise(int seq) {
        if (seq < 1 || seq > spec.enterprises()) throw new IllegalArgumentException("no enterprise " + seq);
        return enterprises.enterprise(seq);
    }

    /** The number of loans the district aims at: a quarter of the enterprises, and never fewer than the states. */
    public int targetLoanCount() {
        return Math.max(LoanState.values().length, Math.round(spec.enterprises() / 4f));
    }

    /** Loans in every state; each references an enterprise seq, a bank key and assets that enterprise owns. */
    public void loans(Consumer<GeneratedLoan> sink) {
        LoanFactory factory = new LoanFactory(asOf);
        List<LoanState> firstStates = shuffledStates();
        int target = targetLoanCount();
        int issued = 0;
        for (int seq = 1; seq <= spec.enterprises() && issued < target; seq++) {
            GeneratedEnterprise enterprise = enterprises.enterprise(seq);
            List<String> pledgeable = LoanFactory.pledgeable(enterprise);
            if (pledgeable.isEmpty()) continue;
            RandomGenerator random = EnterpriseFactory.streamOf(spec.seed(), seq, LOAN_STREAM);
            // Spread the remaining quota over the remaining enterprises, so the count lands on the target.
            double chance = (target - issued) / ((spec.enterprises() - seq + 1) * ELIGIBLE_SHARE);
            // Behind the quota near the end, an enterprise takes up to three loans (e.g. one repaid, one running).
            int count = chance > 1 ? Math.min(target - issued, Math.min(3, (int) Math.ceil(chance))) : random.nextDouble() < chance ? 1 : 0;
            for (int i = 0; i < count; i++) {
                LoanState state = issued < firstStates.size() ? firstStates.get(issued) : LoanFactory.typicalState(random);
                issued++;
                sink.accept(factory.loan(issued, enterprise, pledgeable, state, random));
            }
        }
    }

    /** Every state once, in a seeded order, for the first loans: the tiny fixture must show them all. */
    private List<LoanState> shuffledStates() {
        List<LoanState> states = new ArrayList<>(List.of(LoanState.values()));
        SplittableRandom random = new SplittableRandom(spec.seed());
        for (int i = states.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            states.set(j, states.set(i, states.get(j)));
        }
        return states;
    }
}
