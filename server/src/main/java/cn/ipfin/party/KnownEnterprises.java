package cn.ipfin.party;

import cn.ipfin.tabular.Column;
import cn.ipfin.tabular.ImportErrors;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Checks, for a whole import at once, that the credit codes its rows refer to are registered enterprises. */
final class KnownEnterprises {

    private KnownEnterprises() {
    }

    static <T> void check(JdbcClient jdbc, List<T> rows, Function<T, String> code, Function<T, Integer> rowNumber,
                          Column column, ImportErrors errors) {
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> codes.add(code.apply(r)));
        if (codes.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>(jdbc.sql("select credit_code from enterprise where credit_code = any(:codes)")
                .param("codes", codes.toArray(String[]::new)).query(String.class).list());
        for (T row : rows) {
            if (!known.contains(code.apply(row))) {
                errors.add(rowNumber.apply(row), column, code.apply(row), "该信用代码的企业尚未登记，请先导入企业名录",
                        "no enterprise with this credit code is registered; import the enterprise register first");
            }
        }
    }
}
