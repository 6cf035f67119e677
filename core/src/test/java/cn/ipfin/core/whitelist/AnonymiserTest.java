package cn.ipfin.core.whitelist;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seed 004 (十三) "可用不可见": what a bank receives before it selects anyone. */
class AnonymiserTest {

    private static final byte[] SECRET = "platform-secret-for-tests-only-0123456789".getBytes(StandardCharsets.UTF_8);
    private final PseudonymousTokens tokens = new PseudonymousTokens(SECRET);
    private final Anonymiser anonymiser = Anonymiser.standard(tokens);

    @Test
    void every_release_is_five_anonymous_whatever_the_population() {
        for (int size : new int[] {0, 1, 4, 5, 6, 23, 200, 3000}) {
            for (long seed = 1; seed <= 4; seed++) {
                List<CandidateProfile> population = Candidates.population(size, seed);
                AnonymisedRelease release = anonymiser.release("bank-1", "2026Q4", population).forBank();
                assertThat(release.candidates().size() + release.suppressed()).isEqualTo(size);
                if (!release.candidates().isEmpty()) {
                    assertThat(AnonymisedRelease.smallestEquivalenceClass(release.candidates()))
                            .as("size %d seed %d", size, seed).isGreaterThanOrEqualTo(5);
                }
                if (size >= 5) {
                    assertThat(release.candidates()).as("size %d seed %d", size, seed).isNotEmpty();
                }
                if (size >= 200) {
                    assertThat(release.suppressed()).isLessThanOrEqualTo(size / 20);
                }
            }
        }
    }

    @Test
    void fewer_than_five_candidates_release_nothing_at_all() {
        AnonymisedRelease release = anonymiser.release("bank-1", "2026Q4", Candidates.population(4, 9)).forBank();
        assertThat(release.candidates()).isEmpty();
        assertThat(release.suppressed()).isEqualTo(4);
    }

    @Test
    void a_release_that_is_not_k_anonymous_cannot_even_be_constructed() {
        List<ReleasedCandidate> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(new ReleasedCandidate("T" + i, Map.of(QuasiIdentifier.INDUSTRY, "C39")));
        }
        assertThatThrownBy(() -> new AnonymisedRelease("bank-1", "2026Q4", 5, Map.of(), rows, 0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only 4-anonymous");
    }

    @Test
    void tokens_differ_per_bank_and_per_period_and_are_stable_within_one() {
        List<CandidateProfile> population = Candidates.population(300, 3);
        Set<String> bankA = tokenSet("bank-A", "2026Q4", population);
        Set<String> bankB = tokenSet("bank-B", "2026Q4", population);
        Set<String> nextQuarter = tokenSet("bank-A", "2027Q1", population);
        assertThat(bankA).hasSize(300).doesNotContainAnyElementsOf(bankB).doesNotContainAnyElementsOf(nextQuarter);
        assertThat(bankB).doesNotContainAnyElementsOf(nextQuarter);
        assertThat(tokenSet("bank-A", "2026Q4", population)).isEqualTo(bankA);
        // another platform secret (a bank guessing one) yields none of them
        PseudonymousTokens guessed = new PseudonymousTokens("a-bank-guessing-the-secret-0123456789".getBytes(StandardCharsets.UTF_8));
        assertThat(population.stream().map(c -> guessed.tokenFor("bank-A", "2026Q4", c.enterpriseId())).toList())
                .doesNotContainAnyElementsOf(bankA);
        assertThatThrownBy(() -> new PseudonymousTokens(new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_release_cannot_be_joined_back_to_the_register_by_any_field() {
        List<CandidateProfile> register = Candidates.population(2000, 7);
        Anonymiser.Release release = anonymiser.release("bank-1", "2026Q4", register);
        AnonymisedRelease sent = release.forBank();
        assertThat(sent.candidates()).hasSizeGreaterThan(1900);

        // 1. no identifying value of any enterprise appears in any released value, whole or in part
        Set<String> identifying = new HashSet<>();
        for (CandidateProfile c : register) {
            identifying.addAll(List.of(c.enterpriseId(), c.name(), c.creditCode(), c.address(),
                    Long.toString(c.revenueFen()), Long.toString(c.revenueFen() / 100)));
            identifying.addAll(c.assetNumbers());
        }
        Set<String> releasedValues = new HashSet<>();
        for (ReleasedCandidate row : sent.candidates()) {
            assertThat(identifying).doesNotContain(row.token()); // a hex digest; substrings of it are chance
            releasedValues.addAll(row.features().values());
        }
        for (String value : releasedValues) { // a few dozen distinct ranges and codes
            assertThat(identifying).doesNotContain(value);
            for (String id : identifying) {
                if (id.length() >= 6) {
                    assertThat(value).doesNotContain(id);
                }
            }
        }

        // 2. joining on every released attribute at once, the way a bank holding the register would, never
        //    narrows a row to fewer than five enterprises; joining on any single attribute narrows it even less
        Map<String, List<CandidateProfile>> registerByReleasedKey = register.stream().collect(Collectors.groupingBy(
                c -> new ReleasedCandidate("", featuresAt(sent.levels(), c)).equivalenceKey()));
        Map<QuasiIdentifier, Map<String, Long>> registerByValue = new java.util.EnumMap<>(QuasiIdentifier.class);
        for (QuasiIdentifier qi : QuasiIdentifier.values()) {
            registerByValue.put(qi, register.stream().collect(Collectors.groupingBy(
                    c -> qi.generalise(c, sent.levels().get(qi)), Collectors.counting())));
        }
        for (ReleasedCandidate row : sent.candidates()) {
            List<CandidateProfile> matches = registerByReleasedKey.getOrDefault(row.equivalenceKey(), List.of());
            assertThat(matches.size()).as(row.toString()).isGreaterThanOrEqualTo(5);
            for (QuasiIdentifier qi : QuasiIdentifier.values()) {
                assertThat(registerByValue.get(qi).get(row.feature(qi))).isGreaterThanOrEqualTo(matches.size());
            }
        }

        // 3. the token is no join key either: the platform alone maps it back
        assertThat(release.enterpriseByToken()).hasSameSizeAs(sent.candidates());
        for (ReleasedCandidate row : sent.candidates()) {
            assertThat(row.token()).matches("T[0-9A-F]{32}");
        }
    }

    @Test
    void exact_amounts_never_leave_the_platform_only_ranges_do() {
        AnonymisedRelease sent = anonymiser.release("bank-1", "2026Q4", Candidates.population(500, 11)).forBank();
        for (ReleasedCandidate row : sent.candidates()) {
            assertThat(row.feature(QuasiIdentifier.REVENUE)).matches("\\*|\\d+(-\\d+|\\+)");
            assertThat(row.feature(QuasiIdentifier.PATENTS)).matches("\\*|\\d+(-\\d+|\\+)?");
            assertThat(row.feature(QuasiIdentifier.SCORE)).matches("\\*|\\d+-\\d+");
            assertThat(row.feature(QuasiIdentifier.YEARS_ESTABLISHED)).matches("\\*|\\d+-\\d+");
        }
    }

    private Set<String> tokenSet(String bank, String period, List<CandidateProfile> population) {
        return population.stream().map(c -> tokens.tokenFor(bank, period, c.enterpriseId())).collect(Collectors.toSet());
    }

    private static Map<QuasiIdentifier, String> featuresAt(Map<QuasiIdentifier, Integer> levels, CandidateProfile c) {
        Map<QuasiIdentifier, String> features = new java.util.EnumMap<>(QuasiIdentifier.class);
        levels.forEach((qi, level) -> features.put(qi, qi.generalise(c, level)));
        return features;
    }
}
