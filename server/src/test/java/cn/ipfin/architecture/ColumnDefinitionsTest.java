package cn.ipfin.architecture;

import cn.ipfin.IntegrationTest;
import cn.ipfin.shared.TableColumns;
import cn.ipfin.tabular.UpsertColumns;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each table's columns are written once: the bulk writes ({@link TableColumns}: the close's COPY and its position
 * update) and the imports' upserts ({@link UpsertColumns}) name every column of their table, as written or as left
 * out on purpose. A column a migration adds fails here until its writers say what they do with it, so an insert, an
 * update or an upsert's change check cannot leave it out silently.
 */
@IntegrationTest
class ColumnDefinitionsTest {

    @Autowired JdbcClient jdbc;

    /** A column definition found in the application's classes: where it is, its table, what it accounts for. */
    record Definition(String where, String table, List<String> written, Set<String> accountedFor) {
    }

    @Test
    void every_column_definition_names_exactly_its_tables_columns() {
        List<Definition> definitions = definitions();
        assertThat(definitions).extracting(Definition::table).contains("servicing_posting", "loan_classification",
                "servicing_alert", "loan_servicing", "ip_asset", "ip_legal_event", "enterprise", "enterprise_financials",
                "enterprise_credit_fact");

        for (Definition d : definitions) {
            Set<String> columns = columnsOf(d.table());
            assertThat(columns).as(d.where() + ": table " + d.table()).isNotEmpty();
            assertThat(d.written()).as(d.where() + " writes columns that " + d.table() + " does not have")
                    .isSubsetOf(columns);
            assertThat(new TreeSet<>(d.accountedFor())).as(d.where() + ": every column of " + d.table()
                    + " is written or named as left out").isEqualTo(columns);
        }
    }

    @Test
    void a_column_the_table_has_and_the_definition_does_not_name_is_found() {
        var missingAmount = TableColumns.of("servicing_posting", "business_date", "loan_id", "kind", "debit_account",
                "credit_account", "run_date");

        assertThat(columnsOf("servicing_posting")).isNotEqualTo(new TreeSet<>(missingAmount.accountedFor()))
                .contains("amount");
    }

    private Set<String> columnsOf(String table) {
        return new TreeSet<>(jdbc.sql("""
                        select column_name from information_schema.columns
                        where table_schema = current_schema() and table_name = :t""")
                .param("t", table).query(String.class).list());
    }

    /** Every static TableColumns and UpsertColumns constant of the application's classes. */
    private static List<Definition> definitions() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.ipfin");
        List<Definition> found = new ArrayList<>();
        for (var javaClass : classes) {
            for (JavaField field : javaClass.getFields()) {
                boolean table = field.getRawType().isEquivalentTo(TableColumns.class);
                boolean upsert = field.getRawType().isEquivalentTo(UpsertColumns.class);
                if ((table || upsert) && field.getModifiers().contains(JavaModifier.STATIC)) {
                    Object value = read(javaClass.getName(), field.getName());
                    String where = javaClass.getSimpleName() + "." + field.getName();
                    if (value instanceof TableColumns t) {
                        found.add(new Definition(where, t.table(), t.written(), t.accountedFor()));
                    } else if (value instanceof UpsertColumns u) {
                        List<String> written = new ArrayList<>(u.keys());
                        written.addAll(u.insertedOnly());
                        written.addAll(u.columns());
                        found.add(new Definition(where, u.table(), written, u.accountedFor()));
                    }
                }
            }
        }
        return found;
    }

    private static Object read(String className, String fieldName) {
        try {
            Field field = Class.forName(className).getDeclaredField(fieldName);
            field.setAccessible(true);
            return field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + "." + fieldName, e);
        }
    }
}
