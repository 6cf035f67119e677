package cn.ipfin.shared.web;

import org.junit.jupiter.api.Test;
import org.postgresql.util.ServerErrorMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** A constraint the database names is reported as the API field a caller sent. */
class ConstraintFieldsTest {

    private static ServerErrorMessage refused(String state, String table, String constraint, String column) {
        return new ServerErrorMessage("SERROR\0C" + state + "\0Mrefused\0t" + table + "\0"
                + (constraint == null ? "" : "n" + constraint + "\0") + (column == null ? "" : "c" + column + "\0"));
    }

    @Test
    void a_check_on_a_column_names_the_field_in_camel_case() {
        assertThat(ConstraintFields.field(refused("23514", "loan", "loan_term_months_check", null)))
                .isEqualTo("termMonths");
    }

    @Test
    void a_field_sent_under_another_name_than_its_column_is_mapped() {
        assertThat(ConstraintFields.field(refused("23514", "lpr_rate", "lpr_rate_one_year_check", null)))
                .isEqualTo("oneYearPercent");
    }

    @Test
    void a_missing_value_names_its_column() {
        assertThat(ConstraintFields.field(refused("23502", "loan", null, "bank_org_id"))).isEqualTo("bankOrgId");
    }
}
