package cn.ipfin.core;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engines are plain Java (style.md §2): callable from a service, a batch job or a benchmark alike, with no
 * framework, database or I/O underneath. And no engine reads the wall clock: time is passed in.
 */
class CoreIsFrameworkFreeTest {

    // imported once for both rules: the import is most of the time this test takes
    private static final com.tngtech.archunit.core.domain.JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.ipfin.core");

    @Test
    void core_depends_on_no_framework_database_or_io() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.sql..", "java.sql..", "org.postgresql..",
                        "java.net..", "java.nio.file..", "com.fasterxml..", "tools.jackson..", "org.apache.poi..")
                .check(core);
    }

    @Test
    void core_never_reads_the_wall_clock() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(core);
    }
}
