package cn.ipfin.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One business clock for every "today" (the developers' guide, "Time is explicit"; BusinessClock): no code asks the
 * JVM or the database for the date. A test run on a fixed clock otherwise passes or fails with the calendar, as a
 * test did when run after 16:00 UTC, when the database's current_date was already the next day in Beijing.
 */
class BusinessTimeTest {

    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"));

    /** The JVM's or the database's own idea of now, in Java or in SQL text. */
    static final Pattern WALL_CLOCK = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|LocalTime|Instant|OffsetDateTime|ZonedDateTime|YearMonth|Year)\\.now\\(\\)"
                    + "|System\\.currentTimeMillis\\(\\)|new java\\.util\\.Date\\(\\)|new Date\\(\\)"
                    + "|(?i:\\bcurrent_date\\b|\\bcurrent_timestamp\\b|\\blocaltimestamp\\b|\\bnow\\(\\))");

    /** Where the wall clock is the point: a backup's manifest records when the copy was really taken. */
    private static final Map<String, String> ALLOWED = Map.of("DatabaseBackup.java", "Instant.now()");

    @Test
    void no_main_code_reads_the_date_from_the_jvm_or_the_database() throws IOException {
        List<String> found;
        try (Stream<Path> files = SOURCES.stream().flatMap(BusinessTimeTest::javaFiles)) {
            found = files.flatMap(BusinessTimeTest::uses).toList();
        }
        assertThat(found).as("use the injected Clock (BusinessClock) and pass :today to SQL").isEmpty();
    }

    @Test
    void the_scan_finds_the_wall_clock_in_java_and_in_sql() {
        assertThat(WALL_CLOCK.matcher("LocalDate today = LocalDate.now();").find()).isTrue();
        assertThat(WALL_CLOCK.matcher("\"select count(*) from loan where due_on < current_date\"").find()).isTrue();
        assertThat(WALL_CLOCK.matcher("\"update close_run set ended_at = NOW() where id = ?\"").find()).isTrue();
        assertThat(WALL_CLOCK.matcher("LocalDate today = LocalDate.now(clock);").find()).isFalse();
        assertThat(WALL_CLOCK.matcher("String currentDateLabel = \"as of\";").find()).isFalse();
    }

    private static Stream<Path> javaFiles(Path root) {
        try {
            return Files.walk(root).filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<String> uses(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            String allowed = ALLOWED.get(file.getFileName().toString());
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> !lines.get(i).strip().startsWith("//") && !lines.get(i).strip().startsWith("*"))
                    .filter(i -> WALL_CLOCK.matcher(lines.get(i)).find())
                    .filter(i -> allowed == null || !lines.get(i).contains(allowed))
                    .mapToObj(i -> file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
