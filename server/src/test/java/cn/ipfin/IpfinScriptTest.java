package cn.ipfin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's two commands go through {@code ./ipfin}: on a bare machine (default java 17, no Chromium, no CJK
 * fonts) it must find a JDK 21+ by itself, name the packages it lacks, or stop at once with the line to run.
 * Exercised with {@code ./ipfin check}, which reports its findings without building or installing anything.
 */
class IpfinScriptTest {

    private static final Path SCRIPT = Path.of("..", "ipfin").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void a_java_17_on_the_path_is_passed_over_for_a_newer_jdk_under_the_jvm_directory() throws Exception {
        Path java17 = fakeJdk("java-17-openjdk-amd64", "17.0.15");
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        Path java25 = fakeJdk("jvm/temurin-25-jdk-amd64", "25.0.1");
        fakeJdk("jvm/java-17-openjdk-amd64", "17.0.15");

        Result r = check("test", Map.of("PATH", java17.resolve("bin") + ":/usr/bin:/bin",
                "IPFIN_JVM_DIRS", jvms.toString()));

        assertThat(r.exit).isZero();
        assertThat(r.out).contains("jdk: " + java25);
    }

    @Test
    void a_java_home_of_17_is_not_taken_for_a_build_that_needs_21() throws Exception {
        Path java17 = fakeJdk("old", "17.0.15");
        Path java21 = fakeJdk("jvm/jdk-21", "21.0.5");

        Result r = check("test", Map.of("JAVA_HOME", java17.toString(), "PATH", "/bin",
                "IPFIN_JVM_DIRS", java21.getParent().toString()));

        assertThat(r.out).contains("jdk: " + java21);
    }

    @Test
    void without_any_jdk_21_it_stops_with_what_to_install() throws Exception {
        Path java17 = fakeJdk("old", "17.0.15");

        Result r = check("test", Map.of("JAVA_HOME", java17.toString(), "PATH", "/bin",
                "IPFIN_JVM_DIRS", dir.resolve("none").toString()));

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).contains("no JDK 21 or newer found").contains("JAVA_HOME");
    }

    @Test
    void the_test_command_names_chromium_and_both_font_packages_when_they_are_missing() throws Exception {
        Path java21 = fakeJdk("jvm/jdk-21", "21.0.5");
        Map<String, String> bare = Map.of("JAVA_HOME", java21.toString(), "PATH", "/bin",
                "IPFIN_CHROMIUM", dir.resolve("no-chromium").toString(),
                "IPFIN_NOTO_DIR", dir.resolve("no-noto").toString(),
                "IPFIN_WQY_FONT", dir.resolve("no-wqy.ttc").toString());

        assertThat(check("test", bare).out).contains("missing: chromium fonts-noto-cjk fonts-wqy-microhei");
        // starting needs no browser: only the font the PDF reports embed
        assertThat(check("start", bare).out).contains("missing: fonts-wqy-microhei").doesNotContain("chromium");
    }

    @Test
    void nothing_is_missing_when_everything_is_there() throws Exception {
        Path java21 = fakeJdk("jvm/jdk-21", "21.0.5");
        Path chromium = Files.writeString(dir.resolve("chromium"), "");
        Path noto = Files.createDirectories(dir.resolve("noto"));
        Path wqy = Files.writeString(dir.resolve("wqy.ttc"), "");
        chromium.toFile().setExecutable(true);

        Result r = check("test", Map.of("JAVA_HOME", java21.toString(), "PATH", "/bin",
                "IPFIN_CHROMIUM", chromium.toString(), "IPFIN_NOTO_DIR", noto.toString(),
                "IPFIN_WQY_FONT", wqy.toString()));

        assertThat(r.out).containsPattern("missing: *\\n");
    }

    /** A directory that looks like a JDK: bin/java printing the version line as a real one does, and bin/javac. */
    private Path fakeJdk(String name, String version) throws IOException {
        Path bin = Files.createDirectories(dir.resolve(name).resolve("bin"));
        executable(bin.resolve("java"), "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2025-04-15' >&2\n");
        executable(bin.resolve("javac"), "#!/bin/sh\necho 'javac " + version + "'\n");
        return dir.resolve(name);
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Result(int exit, String out, String err) {
    }

    private Result check(String command, Map<String, String> env) throws Exception {
        var pb = new ProcessBuilder(List.of("bash", SCRIPT.toString(), "check", command));
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the check answers at once").isTrue();
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
