package cn.ipfin.tabular;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows that created a record, and rows that changed an existing one (unchanged rows count in neither). */
public record ImportCounts(int inserted, int updated) {

    /**
     * Runs an {@code insert … on conflict … do update … where (…) is distinct from (…)} that ends in
     * {@code returning (xmax = 0) as inserted}, and counts what it did: a fresh row has no xmax, an updated one has.
     * Rows the where clause left alone return nothing, so a re-imported file counts 0 and 0.
     */
    public static ImportCounts ofUpsert(JdbcClient jdbc, String upsertReturningInserted) {
        return jdbc.sql("with up as (" + upsertReturningInserted + ")"
                        + " select count(*) filter (where inserted), count(*) filter (where not inserted) from up")
                .query((rs, i) -> new ImportCounts(rs.getInt(1), rs.getInt(2)))
                .single();
    }
}
