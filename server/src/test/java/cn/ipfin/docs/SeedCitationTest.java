package cn.ipfin.docs;

import cn.ipfin.rules.RuleCatalogue;
import cn.ipfin.shared.Rule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every citation of a seed article in the code (server and core, comments and literals), the message bundles and
 * ARCHITECTURE.md names a city that is a seed and an article that the seed really has (issue 12: a refusal cited
 * "丽城" for Licheng; guarantees were cited as Ezhou §四, district targets as Shenzhen (十五)).
 *
 * <p>The seeds' headings are copied into {@code seeds/headings.txt} (a test resource) rather than read from
 * {@code ../shared/seeds}: the repository's tests must not depend on a folder outside it, and the five documents are
 * fixed texts, so a copy cannot go stale. A citation is a seed (city name in Chinese or English, {@code seed 00N}, or a
 * bare {@code 00N} as in ARCHITECTURE.md's table) followed by an article: {@code 第七条(四)} or {@code art. 7(4)}
 * (Licheng), {@code §三.6} or {@code 三(三)8} (Jiyuan, Longnan), {@code §五} (Ezhou), {@code (十七)} (Shenzhen).
 */
class SeedCitationTest {

    private static final String NUM = "[一二三四五六七八九十]+";
    private static final String PAREN = "[（(]\\s*" + NUM + "\\s*[)）]";
    private static final String ARTICLE = "(?<article>"
            + "第" + NUM + "条(?:\\s*" + PAREN + ")?"
            + "|art\\.\\s*\\d+(?:\\(\\d+\\))?"
            + "|§\\s*" + NUM + "(?:" + PAREN + "\\d*|[.．]\\d+)?"
            + "|" + NUM + "(?:" + PAREN + "\\d*|[.．]\\d+)"
            + "|(?:" + PAREN + "\\s*)+"
            + ")";
    /** A seed named by its city (any two Han characters before 办法第N条 count, so a misspelt city is caught). */
    private static final Pattern CITATION = Pattern.compile(
            "(?<seed>历城|济源|陇南|鄂州|深圳|Licheng|Jiyuan|Longnan|Ezhou|Shenzhen|seed\\s*00[0-4]|(?<![0-9A-Za-z〔-])00[0-4](?![0-9])"
                    + "|\\p{IsHan}{2}(?=办法第))"
                    + "(?:办法|市|区|示范区)?\\s*" + ARTICLE);

    private static final Map<String, String> SEEDS = Map.ofEntries(
            Map.entry("历城", "000"), Map.entry("licheng", "000"), Map.entry("济源", "001"), Map.entry("jiyuan", "001"),
            Map.entry("陇南", "002"), Map.entry("longnan", "002"), Map.entry("鄂州", "003"), Map.entry("ezhou", "003"),
            Map.entry("深圳", "004"), Map.entry("shenzhen", "004"));

    /**
     * Topics whose article is known: a citation of that seed on a line about the topic must be one of these articles.
     * (Existence alone cannot catch "guarantees are Ezhou §四": §四 exists, it is about valuation.)
     */
    private static final List<Topic> TOPICS = List.of(
            new Topic(Pattern.compile("担保|[Gg]uarant"), "003", Set.of("五", "二")),
            new Topic(Pattern.compile("目标|[Tt]arget"), "004", Set.of("(十七)")),
            new Topic(Pattern.compile("评估|[Vv]aluation"), "003", Set.of("四")),
            new Topic(Pattern.compile("线上|无纸化|[Oo]nline|paperless"), "004", Set.of("(十五)")));

    record Topic(Pattern words, String seed, Set<String> articles) {
    }

    /** @param line the text the citation is given for (what follows it on its line) */
    record Citation(String where, String text, String seed, String key, String line) {
    }

    @Test
    void every_seed_citation_names_an_article_that_the_seed_has() throws IOException {
        Set<String> headings = headings();
        List<Citation> citations = citations();
        assertThat(citations).as("the scan finds the citations it should").hasSizeGreaterThan(30);
        List<String> wrong = new ArrayList<>();
        for (Citation c : citations) {
            if (c.seed() == null) {
                wrong.add(c.where() + ": \"" + c.text() + "\" names no seed city");
            } else if (!headings.contains(c.seed() + " " + c.key())) {
                wrong.add(c.where() + ": \"" + c.text() + "\" — seed " + c.seed() + " has no " + c.key());
            }
        }
        assertThat(wrong).as("citations of articles that do not exist").isEmpty();
    }

    /**
     * The rule catalogue's citations (issue 14) are read by the same scan: a rule citing a seed names an article the
     * seed has, and a rule citing a law or "platform" does not look like a seed citation.
     */
    @Test
    void every_catalogued_rule_cites_an_article_its_seed_has() throws IOException {
        Set<String> headings = headings();
        List<String> wrong = new ArrayList<>();
        for (Rule rule : RuleCatalogue.all()) {
            List<Citation> found = scan(rule.code(), rule.citation());
            if (rule.citationKind() != Rule.CitationKind.SEED) {
                if (!found.isEmpty()) wrong.add(rule.code() + ": \"" + rule.citation() + "\" reads as a seed citation");
                continue;
            }
            if (found.isEmpty()) wrong.add(rule.code() + ": \"" + rule.citation() + "\" names no article");
            for (Citation c : found) {
                if (c.seed() == null || !headings.contains(c.seed() + " " + c.key())) {
                    wrong.add(rule.code() + ": \"" + rule.citation() + "\" — seed " + c.seed() + " has no " + c.key());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_citation_on_a_known_topic_cites_that_topic_s_article() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Citation c : citations()) {
            for (Topic t : TOPICS) {
                if (t.seed().equals(c.seed()) && t.words().matcher(c.line()).find() && !t.articles().contains(c.key())) {
                    wrong.add(c.where() + ": \"" + c.text() + "\" on a line about " + t.words().pattern()
                            + " (expected " + t.articles() + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_citation_pattern_reads_each_seed_s_article_forms() {
        assertThat(keys("丽城办法第七条(四)")).containsExactly("null 第七条(四)");
        assertThat(keys("Licheng art. 7(4)")).containsExactly("000 第七条(四)");
        assertThat(keys("seed 001 §三.6, seed 003 §五")).containsExactly("001 三.6", "003 五");
        assertThat(keys("| 001 三(三)8, 004 (十三) |")).containsExactly("001 三(三)8", "004 (十三)");
        assertThat(keys("seed 004 (六)(七)")).containsExactly("004 (六)", "004 (七)");
        assertThat(keys("银发〔2003〕251号 三")).isEmpty();
    }

    private static List<String> keys(String text) {
        List<String> keys = new ArrayList<>();
        for (Citation c : scan("t", text)) keys.add(c.seed() + " " + c.key());
        return keys;
    }

    private static Set<String> headings() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (InputStream in = SeedCitationTest.class.getResourceAsStream("/seeds/headings.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) keys.add(line.split("\t", 2)[0]);
            }
        }
        return keys;
    }

    private static List<Citation> citations() throws IOException {
        Path server = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(server.resolve("src/main/java"))) server = server.resolve("server");
        Path root = server.getParent();
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(server.resolve("src/main/java"), root.resolve("core/src/main/java"))) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        try (Stream<Path> bundles = Files.list(server.resolve("src/main/resources"))) {
            bundles.filter(p -> p.getFileName().toString().matches("messages.*\\.properties")).forEach(files::add);
        }
        files.add(root.resolve("ARCHITECTURE.md"));
        List<Citation> all = new ArrayList<>();
        for (Path file : files) {
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                all.addAll(scan(root.relativize(file) + ":" + (i + 1), lines[i]));
            }
        }
        return all;
    }

    /**
     * The citations in one line, each with the text that follows it (up to 60 characters, and not past the next
     * citation of the same seed): what the citation is given for, for the topic check.
     */
    private static List<Citation> scan(String where, String line) {
        record Hit(int start, int end, String text, String seed, String article) {
        }
        List<Hit> hits = new ArrayList<>();
        Matcher m = CITATION.matcher(line);
        while (m.find()) hits.add(new Hit(m.start(), m.end(), m.group(), seed(m.group("seed")), m.group("article")));
        List<Citation> found = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            int end = Math.min(line.length(), h.end() + 60);
            for (int j = i + 1; j < hits.size(); j++) {
                if (java.util.Objects.equals(hits.get(j).seed(), h.seed())) {
                    end = Math.min(end, hits.get(j).start());
                    break;
                }
            }
            for (String key : keys(h.seed(), h.article())) {
                found.add(new Citation(where, h.text(), h.seed(), key, line.substring(h.end(), end)));
            }
        }
        return found;
    }

    private static String seed(String named) {
        String s = named.toLowerCase().replaceAll("\\s", "");
        if (s.startsWith("seed")) return s.substring(4);
        if (s.matches("00[0-4]")) return s;
        return SEEDS.get(s);
    }

    /** The heading keys an article reference names, in the form of headings.txt. */
    private static List<String> keys(String seed, String article) {
        String a = article.replaceAll("\\s", "").replace('（', '(').replace('）', ')').replace('．', '.');
        if (a.startsWith("art.")) {
            Matcher m = Pattern.compile("art\\.(\\d+)(?:\\((\\d+)\\))?").matcher(a);
            m.matches();
            String key = "第" + chinese(Integer.parseInt(m.group(1))) + "条";
            return List.of(m.group(2) == null ? key : key + "(" + chinese(Integer.parseInt(m.group(2))) + ")");
        }
        if (a.startsWith("§")) a = a.substring(1);
        if ("004".equals(seed) && a.startsWith("(")) {
            List<String> items = new ArrayList<>();
            Matcher m = Pattern.compile("\\(" + NUM + "\\)").matcher(a);
            while (m.find()) items.add(m.group());
            return items;
        }
        return List.of(a);
    }

    private static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) return String.valueOf(digits.charAt(n));
        if (n < 20) return "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
        return digits.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }
}
