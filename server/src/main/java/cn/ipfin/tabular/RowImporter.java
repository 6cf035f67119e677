package cn.ipfin.tabular;

import java.util.List;

/**
 * What one kind of import knows: its template, how to read and check one row, how to check the rows together
 * (duplicates in the file, references to records that do not exist), and how to write them all.
 *
 * @param <T> a parsed, valid row
 */
public interface RowImporter<T> {

    /** e.g. "ENTERPRISES"; recorded with each batch. */
    String kind();

    Template template();

    /** Reads one row; reports each problem to {@code cells} and returns null when there was any. */
    T parse(RowCells cells);

    /** Checks that need all rows or the database; reports to {@code errors}. Nothing is written yet. */
    void checkAll(List<T> rows, ImportErrors errors);

    /** Writes every row (insert or update by natural key), inside the import's transaction. */
    ImportCounts apply(List<T> rows);
}
