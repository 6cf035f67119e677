package cn.ipfin.tabular;

import cn.ipfin.shared.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A {@link RowImporter} that writes its rows into its module's tables (COPY into a temporary table, then an upsert
 * by natural key): its kind, its template, and the database and business clock every such import uses, said once.
 */
public abstract class TableImport<T> implements RowImporter<T> {

    protected final JdbcClient jdbc;
    protected final BulkCopy bulk;
    protected final Clock clock;
    private final String kind;
    private final Template template;

    protected TableImport(String kind, Template template, JdbcClient jdbc, BulkCopy bulk, Clock clock) {
        this.kind = kind;
        this.template = template;
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.clock = clock;
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final Template template() {
        return template;
    }

    /** The business date (the injected clock's), against which dates in the file are checked. */
    protected LocalDate today() {
        return LocalDate.now(clock);
    }
}
