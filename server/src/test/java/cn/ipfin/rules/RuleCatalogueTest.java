package cn.ipfin.rules;

import cn.ipfin.shared.Rule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue holds every rule once, every capability's rules class is in it, every rule a core engine decides is
 * catalogued, and every rule's code appears in a test (issue 14). Rules not yet covered by a test are listed in
 * {@code rules/untested-rules.txt}; the list only shrinks: a listed rule that a test now names fails the test too.
 */
class RuleCatalogueTest {

    private static final Path SERVER = Files.isDirectory(Path.of("src/main/java")) ? Path.of("") : Path.of("server");

    @Test
    void every_rule_has_one_code_and_the_capability_its_class_belongs_to() {
        List<Rule> rules = RuleCatalogue.all();
        assertThat(rules).hasSizeGreaterThan(100);
        assertThat(rules).extracting(Rule::code).doesNotHaveDuplicates();
        for (Class<?> book : RuleCatalogue.BOOKS) {
            String module = book.getPackageName().substring("cn.ipfin.".length());
            for (Rule rule : Rule.declaredIn(book)) {
                assertThat(rule.capability()).as(rule.code()).isEqualTo(module.equals("shared") ? "api" : module);
            }
        }
    }

    @Test
    void every_rules_class_of_the_main_sources_is_in_the_catalogue() throws IOException {
        Set<String> declared = new TreeSet<>();
        for (Path file : sources(SERVER.resolve("src/main/java"))) {
            if (Files.readString(file).contains("public static final Rule ")) {
                String name = SERVER.resolve("src/main/java").relativize(file).toString();
                declared.add(name.substring(0, name.length() - ".java".length()).replace('/', '.'));
            }
        }
        assertThat(declared).containsExactlyInAnyOrderElementsOf(
                RuleCatalogue.BOOKS.stream().map(Class::getName).toList());
    }

    /** A core engine's rule id (the second argument of refuseIf / refused) that no catalogued rule names would be a 500. */
    @Test
    void every_rule_a_core_engine_decides_is_catalogued() throws IOException {
        Pattern literal = Pattern.compile("(?:refuseIf\\([^,]+,|refused\\()\\s*\"([A-Za-z.\\-]+)\"");
        Pattern constant = Pattern.compile("public static final String [A-Z_]+ = \"((?:classification|extension)\\.[a-z\\-]+)\"");
        Set<String> engineRules = new TreeSet<>();
        for (Path file : sources(SERVER.toAbsolutePath().getParent().resolve("core/src/main/java"))) {
            String text = Files.readString(file);
            for (Pattern p : List.of(literal, constant)) {
                Matcher m = p.matcher(text);
                while (m.find()) engineRules.add(m.group(1));
            }
        }
        assertThat(engineRules).as("the scan finds the engines' rules").contains("approval.fourEyes", "pledge.frozen",
                "classification.floor", "extension.long-term");
        Set<String> catalogued = RuleCatalogue.all().stream().map(Rule::decidedBy).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        assertThat(catalogued).containsAll(engineRules);
    }

    @Test
    void every_rule_code_appears_in_a_test() throws IOException {
        StringBuilder tests = new StringBuilder();
        for (Path file : sources(SERVER.resolve("src/test/java"))) {
            if (!file.endsWith("RuleCatalogueTest.java")) tests.append(Files.readString(file, StandardCharsets.UTF_8));
        }
        Set<String> untested = new TreeSet<>();
        for (Rule rule : RuleCatalogue.all()) {
            if (!tests.toString().contains("\"" + rule.code() + "\"")) untested.add(rule.code());
        }
        Set<String> listed = new TreeSet<>(Files.readAllLines(SERVER.resolve("src/test/resources/rules/untested-rules.txt"))
                .stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        Set<String> newlyUntested = new TreeSet<>(untested);
        newlyUntested.removeAll(listed);
        Set<String> nowTested = new TreeSet<>(listed);
        nowTested.removeAll(untested);
        assertThat(newlyUntested).as("rules no test names (add a test that triggers each)").isEmpty();
        assertThat(nowTested).as("rules a test names now: remove them from untested-rules.txt").isEmpty();
    }

    @Test
    void the_catalogue_groups_by_capability_then_by_seed_law_and_platform() {
        var lending = RuleCatalogue.grouped().stream().filter(c -> c.capability().equals("lending")).findFirst().orElseThrow();
        List<String> sources = lending.sources().stream().map(RuleCatalogue.Source::source).toList();
        assertThat(sources).contains("000 Licheng", "004 Shenzhen", "专利法", "platform");
        assertThat(sources.getLast()).isEqualTo("platform");
        assertThat(lending.sources().stream().filter(s -> s.source().equals("000 Licheng")).findFirst().orElseThrow().rules())
                .extracting(Rule::code).contains("lending.registered-before-disbursement");
    }

    @Test
    void a_refusal_fills_the_named_parameters_in_each_language_as_the_tables_show_money() {
        var refusal = cn.ipfin.servicing.ServicingRules.REPAYMENT_EXCEEDS_DUE.violation(
                cn.ipfin.core.money.Money.of(new java.math.BigDecimal("12345.6")), cn.ipfin.core.money.Money.of("100"));
        assertThat(refusal.zh()).isEqualTo("还款金额 12,345.60 元超过当前应还 100.00 元；多余部分请办理提前还款");
        assertThat(refusal.en()).isEqualTo("the amount CNY 12,345.60 exceeds what is due (CNY 100.00); prepay the rest as an early repayment");
        assertThat(refusal.rule().code()).isEqualTo("servicing.repayment-exceeds-due");
    }

    private static List<Path> sources(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

}
