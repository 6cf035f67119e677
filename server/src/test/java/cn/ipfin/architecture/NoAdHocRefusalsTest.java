package cn.ipfin.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Services refuse through the rule catalogue, never with a message written where they throw (issue 14): only
 * {@code shared.Rule} makes a {@code RuleViolation} (the constructor is package-private, this test says why a
 * refactoring must not widen it), and no server code builds a core {@code Decision} of its own — a refusal decided in
 * the server is a {@code Rule.check()} of catalogued rules.
 */
class NoAdHocRefusalsTest {

    private static final Path MAIN = Files.isDirectory(Path.of("src/main/java")) ? Path.of("src/main/java")
            : Path.of("server/src/main/java");
    private static final Pattern AD_HOC = Pattern.compile(
            "new\\s+RuleViolation\\s*\\(|new\\s+RuleViolation\\.Reason\\s*\\(|Decision\\s*\\.\\s*(check|refused)\\s*\\(");

    @Test
    void no_refusal_is_written_outside_the_rule_catalogue() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(MAIN)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = MAIN.relativize(file).toString().replace('\\', '/');
                if (name.equals("cn/ipfin/shared/Rule.java") || name.equals("cn/ipfin/shared/RuleViolation.java")) continue;
                String[] lines = Files.readString(file).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (AD_HOC.matcher(lines[i]).find()) found.add(name + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertThat(found).as("refusals written in place instead of through a catalogued Rule").isEmpty();
    }

    @Test
    void the_scan_would_find_an_ad_hoc_refusal() {
        assertThat(AD_HOC.matcher("throw new RuleViolation(\"请填写\", \"fill in\");").find()).isTrue();
        assertThat(AD_HOC.matcher("Transitions.require(Decision.check().refuseIf(x, \"a.b\", zh, en).build());").find()).isTrue();
        assertThat(AD_HOC.matcher("throw LendingRules.FOUR_EYES.violation(officer);").find()).isFalse();
    }
}
