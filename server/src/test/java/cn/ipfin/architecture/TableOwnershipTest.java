package cn.ipfin.architecture;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module owns its tables (ARCHITECTURE.md, module map): its SQL names only its own tables or the read views
 * (…_view) that other modules publish; writes to another module's table go through the owner's Java port.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/cn/ipfin");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    /** The demo loader writes every module's tables in bulk, as a fixture loader (ARCHITECTURE.md, Data). */
    private static final Set<String> EXEMPT = Set.of("demo");

    private final TableOwnership ownership = TableOwnership.fromArchitecture(Path.of("../ARCHITECTURE.md"));

    @Test
    void every_table_the_migrations_create_has_an_owner_in_the_module_map() {
        assertThat(ownership.unowned(MIGRATIONS)).as("tables without an owner in ARCHITECTURE.md").isEmpty();
    }

    @Test
    void no_module_names_another_modules_table() {
        assertThat(ownership.crossings(SOURCES, EXEMPT)).extracting(Object::toString)
                .as("SQL naming another module's table: read the owner's view or call its port").isEmpty();
    }

    @Test
    void a_module_source_that_reads_another_modules_table_fails_the_check() {
        var withView = new TableOwnership(java.util.Map.of("loan", "lending", "loan_collateral_view", "lending"));

        assertThat(withView.crossings(Path.of("src/test/resources/architecture/fixture-modules"), Set.of()))
                .extracting(Object::toString)
                .containsExactly("valuation LoanBookReader.java -> loan (lending)");
        assertThat(ownership.crossings(Path.of("src/test/resources/architecture/fixture-modules"), Set.of()))
                .extracting(Object::toString)
                .contains("valuation LoanBookReader.java -> loan (lending)");
    }

    @Test
    void a_statement_naming_another_modules_table_is_found() {
        String source = """
                class Fixture {
                    // a comment that reads from enterprise is not SQL
                    String sql = \"""
                            select l.loan_no, e.name from loan l join enterprise e on e.id = l.enterprise_id\""";
                    String update = "update organisation set name = ? where id = ?";
                }
                """;

        List<TableOwnership.Crossing> crossings = ownership.crossings("lending", "Fixture.java", source);

        assertThat(crossings).extracting(TableOwnership.Crossing::table).containsExactlyInAnyOrder("enterprise", "organisation");
        assertThat(crossings).allSatisfy(c -> assertThat(c.owner()).isEqualTo("party"));
    }

    @Test
    void reading_a_published_view_is_allowed_but_writing_through_it_is_not() {
        var withView = new TableOwnership(java.util.Map.of("enterprise_view", "party"));

        assertThat(withView.crossings("lending", "F.java", "String s = \"select * from enterprise_view\";")).isEmpty();
        assertThat(withView.crossings("lending", "F.java", "String s = \"update enterprise_view set x = 1\";")).hasSize(1);
    }

    @Test
    void the_module_map_is_read_from_architecture_md() {
        assertThat(ownership.ownerOf("loan")).isEqualTo("lending");
        assertThat(ownership.ownerOf("ledger_entry")).isEqualTo("ledger");
        assertThat(ownership.ownerOf("enterprise")).isEqualTo("party");
    }

}
